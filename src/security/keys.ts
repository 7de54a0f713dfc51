// Where the database's key lives (issue 17.6). The key is 32 random bytes. Beside the database, its key file
// (`pzk.sqlite.keys.json`) holds it twice, never in the clear: sealed by the operating system for this user
// (Electron safeStorage), and wrapped with the recovery passphrase (scrypt + AES-256-GCM), which opens the
// database anywhere: the browser host, the CLI, a reimaged laptop. A development key file holds the key in the
// clear and protects nothing: only the demo, development and tests use it, and its name says so.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../api/errors';
import { KEY_BYTES, type DatabaseKey } from '../db/cipher';
import type { SecretStore } from '../sync/secrets';

export const keysFileOf = (databaseFile: string) => `${databaseFile}.keys.json`;
export const developmentKeyFileOf = (databaseFile: string) => `${databaseFile}.UNPROTECTED-development-key`;

/** A recovery passphrase is a sentence, not a PIN. */
export const MIN_PASSPHRASE = 10;

/** How a host unlocks the database: whichever of these it has. */
export interface Unlock {
  /** The operating system's store (the desktop app). */
  secrets?: SecretStore | null;
  /** The recovery passphrase (PZK_PASSPHRASE, a prompt, the set-up screen). */
  passphrase?: string | null;
  /** The demo, development and tests: the key file in the clear beside the database. */
  developmentKey?: boolean;
}

export type KeySource = 'os' | 'passphrase' | 'development';

export interface OpenedKey {
  key: DatabaseKey;
  source: KeySource;
  /** Whether a recovery passphrase is set (the app asks for one until it is). */
  recoverySet: boolean;
}

const b64 = z.base64();
const WrappedSchema = z.object({ kdf: z.literal('scrypt'), n: z.int(), r: z.int(), p: z.int(), salt: b64, iv: b64, tag: b64, data: b64 });
const KeyFileSchema = z.object({
  format: z.literal(1),
  sealed: z.object({ scheme: z.string(), data: z.string() }).nullable(),
  recovery: WrappedSchema.nullable(),
});
type KeyFile = z.infer<typeof KeyFileSchema>;
type Wrapped = z.infer<typeof WrappedSchema>;

// 2^15 × 8 × 128 B = 32 MiB of memory per guess, ~0.1 s here: slow to guess, quick to open.
const SCRYPT = { n: 2 ** 15, r: 8, p: 1 };

const scrypt = (passphrase: string, salt: Buffer, o: { n: number; r: number; p: number }) =>
  new Promise<Buffer>((resolve, reject) => {
    const options: ScryptOptions = { N: o.n, r: o.r, p: o.p, maxmem: 256 * 1024 * 1024 };
    scryptCb(passphrase.normalize('NFC'), salt, 32, options, (error, derived) => (error ? reject(error) : resolve(derived)));
  });

export function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE) {
    throw new AppError('VALIDATION_FAILED', `The passphrase must have at least ${MIN_PASSPHRASE} characters.`, { fields: { passphrase: 'passphrase_short' } });
  }
}

async function wrap(key: DatabaseKey, passphrase: string): Promise<Wrapped> {
  checkPassphrase(passphrase);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await scrypt(passphrase, salt, SCRYPT), iv);
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

async function unwrap(wrapped: Wrapped, passphrase: string, file: string): Promise<DatabaseKey> {
  const kek = await scrypt(passphrase, Buffer.from(wrapped.salt, 'base64'), wrapped);
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(wrapped.data, 'base64')), decipher.final()]);
  } catch {
    throw new AppError('DB_KEY_WRONG', `The recovery passphrase does not open ${file}.`, { file });
  }
}

function readKeyFile(databaseFile: string): KeyFile | null {
  const path = keysFileOf(databaseFile);
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    parsed = null;
  }
  const result = KeyFileSchema.safeParse(parsed);
  if (!result.success) throw new AppError('DB_KEY_MISSING', `The key file ${path} is damaged; open the database with its recovery passphrase after restoring the key file from a backup.`, { file: databaseFile });
  return result.data;
}

/** Written whole or not at all: a crash leaves the old key file. */
function writeKeyFile(databaseFile: string, keys: KeyFile): void {
  const path = keysFileOf(databaseFile);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

/** The key in the clear of a development key file beside `databaseFile`, or null when there is none. */
export function readDevelopmentKey(databaseFile: string): DatabaseKey | null {
  const path = developmentKeyFileOf(databaseFile);
  if (!existsSync(path)) return null;
  const hex = readFileSync(path, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new AppError('DB_KEY_MISSING', `The development key file ${path} is damaged.`, { file: databaseFile });
  return Buffer.from(hex, 'hex');
}

const sealKey = async (secrets: SecretStore, key: DatabaseKey) => ({ scheme: secrets.scheme, data: await secrets.seal(key.toString('hex')) });

async function openSealed(keys: KeyFile, secrets: SecretStore | null | undefined): Promise<DatabaseKey | null> {
  if (!keys.sealed || !secrets || keys.sealed.scheme !== secrets.scheme) return null;
  try {
    const hex = await secrets.open(keys.sealed.data);
    return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : null;
  } catch {
    // Sealed for another user or computer (a copied data folder): the passphrase opens it.
    return null;
  }
}

/**
 * The key of `databaseFile`, or a new one when there is no database yet (or only a plain one, to be
 * encrypted). Never a new key for an encrypted database: a missing key is an error, not a fresh start.
 */
export async function keyForDatabase(databaseFile: string, unlock: Unlock, encryptedExists: boolean): Promise<OpenedKey> {
  const keys = readKeyFile(databaseFile);
  const development = unlock.developmentKey ? readDevelopmentKey(databaseFile) : null;
  if (development) return { key: development, source: 'development', recoverySet: keys?.recovery != null };
  if (keys) {
    const sealed = await openSealed(keys, unlock.secrets);
    if (sealed) return { key: sealed, source: 'os', recoverySet: keys.recovery !== null };
    if (!keys.recovery) throw new AppError('DB_KEY_NEEDED', `${databaseFile} has no recovery passphrase yet: open it once on the computer where it was made and set one.`, { file: databaseFile, reason: 'no_recovery' });
    if (!unlock.passphrase) throw new AppError('DB_KEY_NEEDED', `${databaseFile} is encrypted: give its recovery passphrase (PZK_PASSPHRASE).`, { file: databaseFile, reason: 'encrypted' });
    const key = await unwrap(keys.recovery, unlock.passphrase, databaseFile);
    // A reimaged laptop: the operating system seals the key again, so the passphrase is not asked for every day.
    if (unlock.secrets) writeKeyFile(databaseFile, { ...keys, sealed: await sealKey(unlock.secrets, key) });
    return { key, source: 'passphrase', recoverySet: true };
  }
  if (encryptedExists) {
    throw new AppError('DB_KEY_MISSING', `${databaseFile} is encrypted and its key file (${keysFileOf(databaseFile)}) is missing; put the key file back beside it.`, { file: databaseFile });
  }
  const key = randomBytes(KEY_BYTES);
  if (unlock.developmentKey) {
    writeFileSync(developmentKeyFileOf(databaseFile), `${key.toString('hex')}\n`, { mode: 0o600 });
    if (unlock.passphrase) writeKeyFile(databaseFile, { format: 1, sealed: null, recovery: await wrap(key, unlock.passphrase) });
    return { key, source: 'development', recoverySet: Boolean(unlock.passphrase) };
  }
  if (!unlock.secrets && !unlock.passphrase) {
    throw new AppError('DB_KEY_NEEDED', `A new database needs a recovery passphrase (PZK_PASSPHRASE): this computer has no key store to seal its key.`, { file: databaseFile, reason: 'new' });
  }
  writeKeyFile(databaseFile, {
    format: 1,
    sealed: unlock.secrets ? await sealKey(unlock.secrets, key) : null,
    recovery: unlock.passphrase ? await wrap(key, unlock.passphrase) : null,
  });
  return { key, source: unlock.secrets ? 'os' : 'passphrase', recoverySet: Boolean(unlock.passphrase) };
}

/** Sets (or changes) the recovery passphrase: the key is wrapped again; the database is not touched. */
export async function setRecoveryPassphrase(databaseFile: string, key: DatabaseKey, passphrase: string): Promise<void> {
  const recovery = await wrap(key, passphrase);
  const keys = readKeyFile(databaseFile) ?? { format: 1 as const, sealed: null, recovery: null };
  writeKeyFile(databaseFile, { ...keys, recovery });
}

export function removeKeyFiles(databaseFile: string): void {
  for (const f of [keysFileOf(databaseFile), developmentKeyFileOf(databaseFile)]) rmSync(f, { force: true });
}

/**
 * The key the window encrypts its unsaved drafts with in local storage (issue 17.6): derived from the
 * database's key, so it opens them again after a restart and is never stored anywhere itself.
 */
export function draftKeyOf(key: DatabaseKey): Buffer {
  return createHmac('sha256', key).update('pzk-animator: drafts in local storage, v1').digest();
}
