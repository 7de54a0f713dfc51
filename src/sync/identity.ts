// The installation's identity for synchronisation: an install id and an Ed25519 key pair, made on first
// use and kept in the settings table (about this installation, not team data: never in a bundle).
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { SyncError } from '../api/errors';
import type { Db } from '../services/context';
import { newSigningKeys, type SigningKeys } from './crypto';
import type { SealedSecret, SecretStore } from './secrets';

export interface Identity extends SigningKeys {
  installId: string;
}

/** As kept in settings: the private key plain (no OS protection here, or an older version) or sealed. */
interface StoredIdentity {
  installId: string;
  publicKey: string;
  privateKey?: string;
  sealedPrivateKey?: SealedSecret;
}

export async function getSetting<T>(db: Db, key: string): Promise<T | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : null;
}

export async function putSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db.insertInto('settings').values({ key, value: json }).onConflict((oc) => oc.column('key').doUpdateSet({ value: json })).execute();
}

export async function deleteSettings(db: Db, keys: readonly string[]): Promise<void> {
  await db.deleteFrom('settings').where('key', 'in', [...keys]).execute();
}

async function store(identity: Identity, secrets: SecretStore | null): Promise<StoredIdentity> {
  const { privateKey, ...rest } = identity;
  return secrets ? { ...rest, sealedPrivateKey: { scheme: secrets.scheme, data: await secrets.seal(privateKey) } } : identity;
}

async function unseal(stored: StoredIdentity, secrets: SecretStore | null): Promise<string> {
  if (stored.privateKey !== undefined) return stored.privateKey;
  const sealed = stored.sealedPrivateKey;
  if (!sealed || !secrets || secrets.scheme !== sealed.scheme) {
    throw new SyncError('KEY_LOCKED', "this installation's signing key is protected by the desktop app on the computer that made it; send bundles from there, or move the team with a handover copy");
  }
  try {
    return await secrets.open(sealed.data);
  } catch {
    throw new SyncError('KEY_LOCKED', "this installation's signing key cannot be unlocked by this computer's user account; move the team with a handover copy");
  }
}

/**
 * The install id and Ed25519 key pair, made on first use. With a secret store the private key is
 * kept sealed, and a key written plain before is sealed now.
 */
export async function ensureIdentity(db: Db, secrets: SecretStore | null = null): Promise<Identity> {
  const existing = await getSetting<StoredIdentity>(db, 'sync.identity');
  if (!existing) {
    const identity = { installId: randomUUID(), ...newSigningKeys() };
    await putSetting(db, 'sync.identity', await store(identity, secrets));
    return identity;
  }
  const identity = { installId: existing.installId, publicKey: existing.publicKey, privateKey: await unseal(existing, secrets) };
  if (secrets && existing.privateKey !== undefined) await putSetting(db, 'sync.identity', await store(identity, secrets));
  return identity;
}

/** The public part only (receipts need no private key, so they work wherever the database is). */
export async function installId(db: Db): Promise<string | null> {
  return (await getSetting<StoredIdentity>(db, 'sync.identity'))?.installId ?? null;
}

/**
 * Writes the private key plain into a copy of the database (a handover copy, itself encrypted with
 * a passphrase), so that the new computer can sign bundles; it seals the key again on first use.
 */
export async function unsealInCopy(copy: BetterSqlite3.Database, secrets: SecretStore | null): Promise<void> {
  const row = copy.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get('sync.identity');
  if (!row) return;
  const stored = JSON.parse(row.value) as StoredIdentity;
  if (stored.privateKey !== undefined) return;
  const plain: Identity = { installId: stored.installId, publicKey: stored.publicKey, privateKey: await unseal(stored, secrets) };
  copy.prepare('UPDATE settings SET value = ? WHERE key = ?').run(JSON.stringify(plain), 'sync.identity');
}
