// The age-encryption patch (patches/): the payload's ChaCha20-Poly1305 runs in node:crypto where the
// runtime offers it. It must be the very cipher @noble/ciphers computes, and files of the reference
// age (Go, 1.1) must still open.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chacha20poly1305 as noble } from '@noble/ciphers/chacha.js';
import { Decrypter, Encrypter, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
// The patched module by its path: the package exports only its index.
import { chacha20poly1305, nativeChaCha } from '../../node_modules/age-encryption/dist/chacha-node.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'age');
const identity = readFileSync(join(FIXTURES, 'test-only-identity.txt'), 'utf8').match(/AGE-SECRET-KEY-1\S+/)![0];
/** What go-age-150000.age holds (made by `age -r … plain.bin`). */
const fixturePlaintext = () => Uint8Array.from({ length: 150_000 }, (_, i) => (i * 31 + (i >> 8)) & 255);

describe('age payload cipher (patched)', () => {
  it('uses node:crypto in Node, so the bench measures OpenSSL', () => {
    expect(nativeChaCha).toBe(true);
  });

  it('seals and opens exactly as @noble/ciphers does, for every chunk length age uses', () => {
    for (const size of [0, 1, 15, 16, 17, 1000, 65_535, 65_536]) {
      const key = randomBytes(32);
      const nonce = randomBytes(12);
      const plaintext = randomBytes(size);
      const sealed = chacha20poly1305(key, nonce).encrypt(plaintext);
      expect(Buffer.from(sealed).equals(Buffer.from(noble(key, nonce).encrypt(plaintext)))).toBe(true);
      expect(Buffer.from(chacha20poly1305(key, nonce).decrypt(sealed)).equals(plaintext)).toBe(true);
      const tampered = Uint8Array.from(sealed);
      tampered[Math.floor(tampered.length / 2)]! ^= 1;
      expect(() => chacha20poly1305(key, nonce).decrypt(tampered)).toThrow();
      expect(() => chacha20poly1305(key, randomBytes(12)).decrypt(sealed)).toThrow();
    }
    expect(() => chacha20poly1305(randomBytes(32), randomBytes(12)).decrypt(new Uint8Array(15))).toThrow();
  });

  it('opens a file of the reference age and round-trips its own, in several chunks', async () => {
    const d = new Decrypter();
    d.addIdentity(identity);
    const opened = await d.decrypt(readFileSync(join(FIXTURES, 'go-age-150000.age')));
    expect(Buffer.from(opened).equals(fixturePlaintext())).toBe(true);

    const e = new Encrypter();
    e.addRecipient(await identityToRecipient(identity));
    const sealed = await e.encrypt(fixturePlaintext());
    expect(Buffer.from(await d.decrypt(sealed)).equals(fixturePlaintext())).toBe(true);
    const cut = sealed.subarray(0, sealed.length - 1);
    await expect(d.decrypt(cut)).rejects.toThrow();
  });
});
