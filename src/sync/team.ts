// The team side of synchronisation: enrolment, status, bundle export, receipts. Local sync state lives
// in the settings table (it is about this installation, not team data).
import { createWriteStream, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { AppError, SyncError } from '../api/errors';
import { blocks } from '../domain/rodo';
import type { SyncCheck, SyncStatusView } from '../domain/types';
import { checkpoint } from '../db/open';
import type { Db } from '../services/context';
import { requireTeamRow } from '../services/team';
import { APP_VERSION } from '../version';
import { encryptStream, sha256Hex, signJson, verifyBytes, zipStream } from './crypto';
import {
  BUNDLE_FORMAT_VERSION,
  bundleId,
  checkVersion,
  ENROLMENT_FORMAT_VERSION,
  RECORDS_FILE,
  enrolmentSchema,
  RECEIPT_FORMAT_VERSION,
  receiptSchema,
  signedSchema,
  type Enrolment,
  type Manifest,
} from './format';
import { deleteSettings, ensureIdentity, getSetting, installId, putSetting } from './identity';
import { buildPayload, readProtocol, type Payload } from './payload';
import { caseAggregates, taskTeamMeetings } from '../domain/caseFigures';
import { supportByMonth } from '../domain/support';
import type { SecretStore } from './secrets';

interface LastBundle {
  toSeq: number;
  hash: string;
  at: string;
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
    await deleteSettings(db, ['sync.ackSeq', 'sync.acknowledged', 'sync.ackBundleHash']);
  }
  await putSetting(db, 'sync.enrolment', result.data);
  return result.data;
}

/** The names of the hubs this team's data goes to (for an access request). */
export async function recipients(db: Db): Promise<string[]> {
  const enrolment = await getSetting<Enrolment>(db, 'sync.enrolment');
  return enrolment ? [enrolment.hubName] : [];
}

export async function syncStatus(db: Db): Promise<SyncStatusView> {
  const [enrolment, ackSeq, lastBundle] = await Promise.all([
    getSetting<Enrolment>(db, 'sync.enrolment'),
    getSetting<number>(db, 'sync.ackSeq'),
    getSetting<LastBundle>(db, 'sync.lastBundle'),
  ]);
  const ack = ackSeq ?? 0;
  const counts = await db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.max('seq').as('last'), eb.fn.countAll<number>().as('total'), eb.fn.sum<number>(eb.case().when('seq', '>', ack).then(1).else(0).end()).as('unsent')])
    .executeTakeFirstOrThrow();
  return {
    enrolled: enrolment !== null,
    hubName: enrolment?.hubName ?? null,
    lastSeq: Number(counts.last ?? 0),
    ackSeq: ack,
    unsent: Number(counts.unsent ?? 0),
    total: Number(counts.total),
    lastBundle,
  };
}

async function baseSeqOf(db: Db, full: boolean) {
  return full ? 0 : (await syncStatus(db)).ackSeq;
}

/** The RODO check of the exact payload the next bundle (or a full one) would carry. */
export async function checkBundle(db: Db, options: { full?: boolean } = {}): Promise<SyncCheck> {
  const payload = await buildPayload(db, await baseSeqOf(db, options.full ?? false));
  return { findings: payload.findings, digest: payload.digest, records: payload.recordCount, baseSeq: payload.baseSeq, toSeq: payload.toSeq };
}

export interface WrittenBundle {
  fileName: string;
  manifest: Manifest;
  /** What was checked and sent, without the files themselves (let go of as they were archived). */
  payload: Omit<Payload, 'files' | 'records'>;
}

export interface ExportedBundle extends WrittenBundle {
  bytes: Uint8Array;
}

export interface ExportOptions {
  full?: boolean;
  now?: Date;
  secrets?: SecretStore | null;
  /** The digest of a checked payload whose findings the animator chose to send anyway. */
  acceptFindings?: string | null;
  /** The open connection, for the WAL checkpoint after export. */
  sqlite?: BetterSqlite3.Database;
}

/**
 * The current state of every record changed after the acknowledged seq (or of all with `full`), the
 * approved protocol PDFs of the meetings among them, the signed manifest; zipped, then encrypted to
 * the hub. A PESEL or ID-card number in the payload stops it unless the animator accepted exactly
 * this payload's findings.
 */
export async function exportBundle(db: Db, schemaVersion: string, options: ExportOptions = {}): Promise<ExportedBundle> {
  const bundle = await makeBundle(db, schemaVersion, options);
  const bytes = new Uint8Array(await new Response(bundle.ciphertext).arrayBuffer());
  await bundle.remember();
  return { ...bundle.written, bytes };
}

/**
 * The same bundle written to `file` as it is encrypted (a full bundle of a 20-year team is 23 MB: it
 * need not be in memory, twice, on its way to the disk). A failed export leaves no file. `remember`
 * records it as made, once it was saved where it goes.
 */
export async function writeBundle(db: Db, schemaVersion: string, file: string, options: ExportOptions = {}): Promise<WrittenBundle & Pick<MadeBundle, 'remember'>> {
  const bundle = await makeBundle(db, schemaVersion, options);
  try {
    await pipeline(Readable.fromWeb(bundle.ciphertext as NodeReadableStream<Uint8Array>), createWriteStream(file, { flags: 'wx' }));
  } catch (error) {
    // Not a file that was there before ('wx' refused it): only what this export began.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(file, { force: true });
    throw error;
  }
  return { ...bundle.written, remember: bundle.remember };
}

interface MadeBundle {
  written: WrittenBundle;
  /** The encrypted archive, made as it is read. */
  ciphertext: ReadableStream<Uint8Array>;
  /** Once the ciphertext was read to its end: records the bundle as made (the status shows it). */
  remember(): Promise<void>;
}

async function makeBundle(db: Db, schemaVersion: string, options: ExportOptions): Promise<MadeBundle> {
  const enrolment = await getSetting<Enrolment>(db, 'sync.enrolment');
  if (!enrolment) throw new SyncError('NOT_ENROLLED', 'import the enrolment file from the regional centre first');
  const identity = await ensureIdentity(db, options.secrets ?? null);
  const team = await requireTeamRow(db);
  const payload = await buildPayload(db, await baseSeqOf(db, options.full ?? false));
  const blocking = payload.findings.filter(blocks);
  if (blocking.length && options.acceptFindings !== payload.digest) {
    throw new AppError('RODO_FINDINGS', `the bundle was not made: ${blocking.length} PESEL or ID-card number(s) in what it would carry`, {
      findings: payload.findings,
      digest: payload.digest,
    });
  }
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
    baseSeq: payload.baseSeq,
    toSeq: payload.toSeq,
    counts: payload.counts,
    sessions: payload.sessions,
    files: payload.hashes,
    // The chain runs through bundles the hub acknowledged: a bundle made but never delivered leaves no gap.
    previousBundleHash: payload.baseSeq === 0 ? null : await getSetting<string>(db, 'sync.ackBundleHash'),
    aggregates: {
      support: supportByMonth(await db.selectFrom('supportEntry').select(['date', 'kind', 'hours', 'participants']).execute()),
      cases: caseAggregates(await db.selectFrom('case').select(['openedOn', 'closedOn', 'closeReason']).execute()),
      taskTeamMeetings: taskTeamMeetings(
        await db.selectFrom('meeting').select(['id', 'date', 'status']).where('kind', '=', 'zzk').execute(),
        await db
          .selectFrom('attendance')
          .innerJoin('meeting', 'meeting.id', 'attendance.meetingId')
          .leftJoin('member', 'member.id', 'attendance.memberId')
          .select(['attendance.meetingId', 'attendance.status', 'member.institutionId'])
          .where('meeting.kind', '=', 'zzk')
          .execute(),
      ),
    },
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  const { files, records, ...sent } = payload;
  // In the manifest's order; the protocols read as the archive reaches them.
  const archived: Parameters<typeof zipStream>[0] = {};
  for (const path of Object.keys(payload.hashes)) {
    const ref = payload.protocols[path];
    archived[path] = path === RECORDS_FILE ? records : ref ? () => readProtocol(db, path, ref) : files[path]!;
  }
  archived['manifest.json'] = Buffer.from(signJson(manifest, identity.privateKey));
  payload.files = {}; // the archive alone holds them now, and lets each go once written
  return {
    written: { fileName: `${team.teryt}_${payload.baseSeq}-${payload.toSeq}.pzkb`, manifest, payload: sent },
    ciphertext: await encryptStream(enrolment.hubRecipient, zipStream(archived)),
    async remember() {
      await putSetting(db, 'sync.lastBundle', { toSeq: payload.toSeq, hash: bundleId(manifest, sha256Hex), at: manifest.createdAt } satisfies LastBundle);
      if (options.sqlite) checkpoint(options.sqlite);
    },
  };
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
