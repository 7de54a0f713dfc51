// The team side of synchronisation: identity, enrolment, bundle export, receipts, status.
// Local sync state lives in the settings table (it is about this installation, not team data).
import { randomUUID } from 'node:crypto';
import { APP_VERSION } from '../version';
import type { Db } from '../services/context';
import { requireTeamRow } from '../services/team';
import type BetterSqlite3 from 'better-sqlite3';
import { encryptTo, newSigningKeys, sha256Hex, signJson, verifyBytes, zipFiles, type SigningKeys } from './crypto';
import type { SealedSecret, SecretStore } from './secrets';
import {
  checkVersion,
  CHANGE_ENTITIES,
  ENROLMENT_FORMAT_VERSION,
  enrolmentSchema,
  RECEIPT_FORMAT_VERSION,
  receiptSchema,
  signedSchema,
  SyncError,
  BUNDLE_FORMAT_VERSION,
  bundleId,
  type Enrolment,
  type Manifest,
} from './format';

interface Identity extends SigningKeys {
  installId: string;
}

/** As kept in settings: the private key plain (no OS protection here, or an older version) or sealed. */
interface StoredIdentity {
  installId: string;
  publicKey: string;
  privateKey?: string;
  sealedPrivateKey?: SealedSecret;
}

interface LastBundle {
  toSeq: number;
  hash: string;
  at: string;
}

async function getSetting<T>(db: Db, key: string): Promise<T | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : null;
}

async function putSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db.insertInto('settings').values({ key, value: json }).onConflict((oc) => oc.column('key').doUpdateSet({ value: json })).execute();
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
async function installId(db: Db): Promise<string | null> {
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

export async function importEnrolment(db: Db, text: string, secrets: SecretStore | null = null): Promise<Enrolment> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SyncError('NOT_A_SYNC_FILE', 'the enrolment file is not JSON');
  }
  checkVersion(parsed, 'pzk-enrolment', ENROLMENT_FORMAT_VERSION);
  const result = enrolmentSchema.safeParse(parsed);
  if (!result.success) throw new SyncError('NOT_A_SYNC_FILE', 'the enrolment file is incomplete or damaged');
  const team = await requireTeamRow(db);
  if (result.data.teryt !== team.teryt) {
    throw new SyncError('UNKNOWN_TEAM', `the enrolment is for TERYT ${result.data.teryt}, this team is ${team.teryt}`);
  }
  await ensureIdentity(db, secrets);
  const previous = await getSetting<Enrolment>(db, 'sync.enrolment');
  if (previous && (previous.teamId !== result.data.teamId || previous.token !== result.data.token)) {
    // A new enrolment (the centre re-enrolled a restored installation, or another centre): the hub
    // forgot our key and expects everything again, with the new token, from seq 0.
    for (const key of ['sync.ackSeq', 'sync.acknowledged', 'sync.ackBundleHash']) await db.deleteFrom('settings').where('key', '=', key).execute();
  }
  await putSetting(db, 'sync.enrolment', result.data);
  return result.data;
}

export interface SyncStatus {
  enrolled: boolean;
  hubName: string | null;
  lastSeq: number;
  ackSeq: number;
  unsent: number;
  lastBundle: LastBundle | null;
}

async function lastSeq(db: Db): Promise<number> {
  const r = await db.selectFrom('changeLog').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
  return Number(r?.max ?? 0);
}

export async function syncStatus(db: Db): Promise<SyncStatus> {
  const [enrolment, ackSeq, lastBundle, seq] = await Promise.all([
    getSetting<Enrolment>(db, 'sync.enrolment'),
    getSetting<number>(db, 'sync.ackSeq'),
    getSetting<LastBundle>(db, 'sync.lastBundle'),
    lastSeq(db),
  ]);
  const ack = ackSeq ?? 0;
  return { enrolled: enrolment !== null, hubName: enrolment?.hubName ?? null, lastSeq: seq, ackSeq: ack, unsent: seq - ack, lastBundle };
}

export interface ExportedBundle {
  fileName: string;
  bytes: Uint8Array;
  manifest: Manifest;
}

/**
 * Every change after the acknowledged seq (or all of them with `full`), the approved protocol
 * PDFs they refer to, the signed manifest; zipped, then encrypted to the hub.
 */
export async function exportBundle(db: Db, schemaVersion: string, options: { full?: boolean; now?: Date; secrets?: SecretStore | null } = {}): Promise<ExportedBundle> {
  const enrolment = await getSetting<Enrolment>(db, 'sync.enrolment');
  if (!enrolment) throw new SyncError('NOT_ENROLLED', 'import the enrolment file from the regional centre first');
  const identity = await ensureIdentity(db, options.secrets ?? null);
  const team = await requireTeamRow(db);
  const status = await syncStatus(db);
  const baseSeq = options.full ? 0 : status.ackSeq;
  const rows = await db.selectFrom('changeLog').selectAll().where('seq', '>', baseSeq).orderBy('seq').execute();
  const toSeq = rows.at(-1)?.seq ?? baseSeq;
  const ndjson = rows
    .map((r) => JSON.stringify({ seq: r.seq, entity: r.entity, entityId: r.entityId, op: r.op, row: r.row === null ? null : JSON.parse(r.row), at: r.at }))
    .join('\n');
  const files: Record<string, Uint8Array> = { 'changes.ndjson': Buffer.from(ndjson) };
  const meetingIds = [...new Set(rows.filter((r) => r.entity === 'meeting').map((r) => r.entityId))];
  if (meetingIds.length) {
    const versions = await db.selectFrom('protocolVersion').select(['meetingId', 'version', 'pdf']).where('meetingId', 'in', meetingIds).execute();
    for (const v of versions) files[`protocols/${v.meetingId}-v${v.version}.pdf`] = v.pdf;
  }
  const counts = Object.fromEntries(CHANGE_ENTITIES.map((e) => [e, rows.filter((r) => r.entity === e).length]));
  const manifest: Manifest = {
    format: 'pzk-bundle',
    formatVersion: BUNDLE_FORMAT_VERSION,
    schemaVersion,
    appVersion: APP_VERSION,
    teamId: enrolment.teamId,
    teryt: team.teryt,
    installId: identity.installId,
    publicKey: identity.publicKey,
    // The token goes along until the hub has acknowledged a bundle (and so pinned our key).
    enrolmentToken: (await getSetting<boolean>(db, 'sync.acknowledged')) ? null : enrolment.token,
    baseSeq,
    toSeq,
    counts: counts as Manifest['counts'],
    files: Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, sha256Hex(bytes)])),
    // The chain runs through bundles the hub acknowledged: a bundle made but never delivered leaves no gap.
    previousBundleHash: await getSetting<string>(db, 'sync.ackBundleHash'),
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  const archive = zipFiles({ ...files, 'manifest.json': Buffer.from(signJson(manifest, identity.privateKey)) });
  const bytes = await encryptTo(enrolment.hubRecipient, archive);
  await putSetting(db, 'sync.lastBundle', { toSeq, hash: bundleId(manifest, sha256Hex), at: manifest.createdAt } satisfies LastBundle);
  return { fileName: `${team.teryt}_${baseSeq}-${toSeq}.pzkb`, bytes, manifest };
}

/** A hub receipt advances the acknowledged seq; forged, foreign or stale receipts are refused. */
export async function importReceipt(db: Db, text: string): Promise<{ ackSeq: number }> {
  const enrolment = await getSetting<Enrolment>(db, 'sync.enrolment');
  if (!enrolment) throw new SyncError('NOT_ENROLLED', 'this team is not enrolled with a regional centre');
  let signed;
  try {
    signed = signedSchema.parse(JSON.parse(text));
  } catch {
    throw new SyncError('NOT_A_SYNC_FILE', 'not a receipt file');
  }
  const payload = Buffer.from(signed.payload, 'base64');
  if (!verifyBytes(payload, signed.signature, enrolment.hubReceiptKey)) {
    throw new SyncError('BAD_SIGNATURE', 'the receipt is not signed by the regional centre this team is enrolled with');
  }
  const value: unknown = JSON.parse(payload.toString('utf8'));
  checkVersion(value, 'pzk-receipt', RECEIPT_FORMAT_VERSION);
  const receipt = receiptSchema.parse(value);
  if (receipt.teamId !== enrolment.teamId || receipt.installId !== (await installId(db))) {
    throw new SyncError('UNKNOWN_TEAM', 'the receipt is for another team or installation');
  }
  const status = await syncStatus(db);
  if (receipt.ackSeq > status.lastSeq) throw new SyncError('BAD_CHANGE', `the receipt acknowledges seq ${receipt.ackSeq}, beyond this database (${status.lastSeq})`);
  if (receipt.ackSeq < status.ackSeq) throw new SyncError('STALE_RECEIPT', `the receipt acknowledges seq ${receipt.ackSeq}; ${status.ackSeq} is already acknowledged`);
  await putSetting(db, 'sync.ackSeq', receipt.ackSeq);
  await putSetting(db, 'sync.ackBundleHash', receipt.bundleHash);
  await putSetting(db, 'sync.acknowledged', true);
  return { ackSeq: receipt.ackSeq };
}
