// safeStorage as the signing key's store, with Electron's object stood in for (no binary here).
import { describe, expect, it } from 'vitest';
import { safeStorageSecrets, SAFE_STORAGE_SCHEME } from './secrets';

function storage(available: boolean, backend: 'basic_text' | 'gnome_libsecret' = 'gnome_libsecret') {
  return {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (plain: string) => Buffer.from(`sealed:${plain}`).reverse(),
    decryptStringAsync: async (data: Buffer) => ({ result: Buffer.from(data).reverse().toString().replace(/^sealed:/, ''), shouldReEncrypt: false }),
  };
}

describe('safeStorage for the signing key', () => {
  it('seals and opens through safeStorage where the OS keeps a key', async () => {
    const store = await safeStorageSecrets(storage(true), 'win32');
    expect(store?.scheme).toBe(SAFE_STORAGE_SCHEME);
    const sealed = await store!.seal('private key');
    expect(Buffer.from(sealed, 'base64').toString()).not.toContain('private key');
    expect(await store!.open(sealed)).toBe('private key');
    expect(await safeStorageSecrets(storage(true, 'gnome_libsecret'), 'linux')).not.toBeNull();
  });

  it('is not used where it would only obfuscate or is unavailable', async () => {
    expect(await safeStorageSecrets(storage(true, 'basic_text'), 'linux')).toBeNull();
    expect(await safeStorageSecrets(storage(false), 'darwin')).toBeNull();
  });
});
