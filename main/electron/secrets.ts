// The signing key's protection in the desktop app: Electron safeStorage (Keychain, DPAPI,
// libsecret/kwallet). Where it would only obfuscate (Linux without a keyring: "basic_text"), the
// key stays as plain Node keeps it rather than pretend.
import type { SafeStorage } from 'electron';
import type { SecretStore } from '../../src/core/core';

type Storage = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

export const SAFE_STORAGE_SCHEME = 'electron-safeStorage';

export async function safeStorageSecrets(storage: Storage, platform: NodeJS.Platform): Promise<SecretStore | null> {
  if (!(await storage.isAsyncEncryptionAvailable())) return null;
  if (platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    scheme: SAFE_STORAGE_SCHEME,
    seal: async (plain) => (await storage.encryptStringAsync(plain)).toString('base64'),
    open: async (sealed) => (await storage.decryptStringAsync(Buffer.from(sealed, 'base64'))).result,
  };
}
