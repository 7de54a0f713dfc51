// The hub's import pipeline: decrypt → unzip (safe paths, size limits) → manifest signature, format and
// schema → team and key (first bundle: the token) → file hashes → replay / gap / previous-bundle chain →
// the write sessions must agree with what the hub has (a restored copy numbers new work again: FORK) →
// in one transaction, record by record: valid against its entity's schema, agreeing with the row the
// hub already has, written → the counts and files the manifest gives → report and receipt. A refused
// bundle is rolled back and changes nothing but the import journal.
import { SyncError } from '../api/errors';
import type { Entity } from '../domain/entities';
import { BUNDLE_ENTITIES, type SyncedRecord } from '../domain/syncFields';
import type { HubImportReport } from '../domain/types';
import { MIGRATIONS } from '../../migrations/index';
import { decryptWith, openArchive, sha256Hex, signJson, verifyBytes, type Archive } from '../sync/crypto';
import {
  attachmentPath,
  BUNDLE_FORMAT_VERSION,
  bundleId,
  isAttachmentPath,
  checkVersion,
  manifestSchema,
  RECEIPT_FORMAT_VERSION,
  RECORDS_FILE,
  recordLineSchema,
  signedSchema,
  type Manifest,
  type Receipt,
  type RecordLine,
} from '../sync/format';
import { firstDisagreement, merge, type Ledger } from '../sync/ledger';
import { sniffAttachment } from '../services/attachments';
import { extensionOf } from '../domain/attachments';
import { RECORD_SCHEMAS } from '../sync/records';
import { hubRow, type Hub } from './hub';
import { publishCaseFigures } from './caseFigures';
import type { HubDatabase } from './schema';

const KNOWN_SCHEMAS = MIGRATIONS.map(([name]) => name);

export interface ImportReport extends HubImportReport {
  receipt: string | null;
}

const refused = (error: unknown, manifest?: Manifest): ImportReport => ({
  accepted: false,
  reason: error instanceof Error ? error.message : String(error),
  code: error instanceof SyncError ? error.code : 'INTERNAL',
  params: error instanceof SyncError && Object.keys(error.params).length ? error.params : null,
  teamId: manifest?.teamId ?? null,
  teryt: manifest?.teryt ?? null,
  baseSeq: manifest?.baseSeq ?? null,
  toSeq: manifest?.toSeq ?? null,
  imported: 0,
  updated: 0,
  ignored: 0,
  deleted: 0,
  anonymised: 0,
  files: 0,
  alreadyImported: false,
  receipt: null,
});

function readManifest(archive: Archive): Manifest {
  const raw = archive.read(['manifest.json'])['manifest.json'];
  if (!raw) throw new SyncError('BAD_MANIFEST', 'the bundle has no manifest');
  let signed;
  try {
    signed = signedSchema.parse(JSON.parse(Buffer.from(raw).toString('utf8')));
  } catch {
    throw new SyncError('BAD_MANIFEST', 'the manifest is not a signed document');
  }
  const payload = Buffer.from(signed.payload, 'base64');
  let value: unknown;
  try {
    value = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new SyncError('BAD_MANIFEST', 'the manifest is not JSON');
  }
  checkVersion(value, 'pzk-bundle', BUNDLE_FORMAT_VERSION);
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) throw new SyncError('BAD_MANIFEST', `the manifest is invalid (${parsed.error.issues[0]?.path.join('.') ?? '?'})`);
  if (!verifyBytes(payload, signed.signature, parsed.data.publicKey)) throw new SyncError('BAD_SIGNATURE', 'the manifest signature does not match its key');
  const m = parsed.data;
  if (m.toSeq < m.baseSeq) throw new SyncError('BAD_MANIFEST', 'the manifest ends before it begins');
  const sorted = m.sessions.every((p, i) => i === 0 || p.fromSeq > m.sessions[i - 1]!.fromSeq);
  const covers = m.toSeq === m.baseSeq || (m.sessions[0] !== undefined && m.sessions[0].fromSeq <= m.baseSeq + 1 && m.sessions.at(-1)!.fromSeq <= m.toSeq);
  if (!sorted || !covers) throw new SyncError('BAD_MANIFEST', 'the write sessions of the manifest do not describe its range');
  return m;
}

/** A record as the hub applies it: its row already checked and written as the JSON the hub stores. */
interface Incoming extends Omit<RecordLine, 'row'> {
  row: string | null;
}

/** The lines of records.ndjson, read one by one from its bytes (never all as strings at once). */
function* linesOf(bytes: Uint8Array): Generator<string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let start = 0; buf.length > 0; ) {
    const newline = buf.indexOf(10, start);
    const end = newline === -1 ? buf.length : newline;
    yield buf.toString('utf8', start, end);
    if (newline === -1) return;
    start = end + 1;
  }
}

const LATER_ENTITIES: Partial<Record<Entity, number>> = { attachment: 3, declaration: 4, rules_version: 4, benefit: 4, action_plan: 4, plan_task: 4, offer: 4 };

/** What the lines read so far add up to; at the end it must be what the manifest counts. */
class RecordTally {
  private readonly seen = new Set<string>();
  private readonly counts = new Map<Entity, number>();
  constructor(private readonly manifest: Manifest) {}

  /** Every line: valid JSON, a known entity with a row valid for it, a seq inside the bundle's range, once. */
  read(line: string, i: number): Incoming {
    const r = parseLine(line, i, this.manifest);
    const key = `${r.entity}/${r.id}`;
    if (this.seen.has(key)) throw new SyncError('BAD_CHANGE', `record line ${i + 1} repeats ${r.entity} ${r.id}`);
    this.seen.add(key);
    this.counts.set(r.entity, (this.counts.get(r.entity) ?? 0) + 1);
    const since = LATER_ENTITIES[r.entity];
    if (since !== undefined && this.manifest.formatVersion < since) {
      throw new SyncError('BAD_CHANGE', r.entity === 'attachment' ? 'a bundle of format 2 cannot carry attachments' : `a bundle of format ${this.manifest.formatVersion} cannot carry ${r.entity} records`);
    }
    return r;
  }

  checkCounts() {
    for (const entity of BUNDLE_ENTITIES) {
      const n = this.manifest.counts[entity] ?? 0;
      const held = this.counts.get(entity) ?? 0;
      if (held !== n) throw new SyncError('BAD_CHANGE', `the manifest counts ${n} ${entity} records, the bundle holds ${held}`);
    }
  }
}

function parseLine(line: string, i: number, manifest: Manifest): Incoming {
  const bad = (why: string) => new SyncError('BAD_CHANGE', `record line ${i + 1} ${why}`);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw bad('is not JSON');
  }
  const parsed = recordLineSchema.safeParse(value);
  if (!parsed.success) throw bad('is invalid');
  const r = parsed.data;
  if (r.seq <= manifest.baseSeq || r.seq > manifest.toSeq) throw bad(`has seq ${r.seq}, outside ${manifest.baseSeq + 1}–${manifest.toSeq}`);
  if (r.op === 'delete') {
    if (r.row !== null) throw bad('deletes a record but carries a row');
    return { ...r, row: null };
  }
  const row = RECORD_SCHEMAS[r.entity].safeParse(r.row);
  if (!row.success) throw bad(`is not a valid ${r.entity} (${row.error.issues[0]?.path.join('.') ?? '?'})`);
  if (row.data.id !== r.id) throw bad('carries a row of another record');
  if (r.entity === 'team' && (row.data as { teryt: string }).teryt !== manifest.teryt) throw bad(`names TERYT ${(row.data as { teryt: string }).teryt}, not the bundle's ${manifest.teryt}`);
  return { ...r, row: JSON.stringify(row.data) };
}

/**
 * An attachment the bundle adds or renames comes with its file: the file's hash (already checked
 * against the signed manifest) must be the one its record gives, and its content must be the type the
 * record says. The path of the file, to store. Refusals name the record, never its file name (the
 * import journal keeps them; a name may be a person's).
 */
async function checkAttachment(r: Incoming, archive: Archive, listed: readonly string[]): Promise<string> {
  const row = JSON.parse(r.row!) as SyncedRecord<'attachment'>;
  const path = attachmentPath(row.id, row.mediaType);
  const file = listed.includes(path) ? archive.read([path])[path] : undefined;
  if (!file) throw new SyncError('HASH_MISMATCH', `attachment ${row.id} came without its file`);
  if (sha256Hex(file) !== row.sha256 || file.byteLength !== row.size) {
    throw new SyncError('HASH_MISMATCH', `the file of attachment ${row.id} does not match the SHA-256 its record gives`);
  }
  if ((await sniffAttachment(file)) !== extensionOf(row.mediaType)) throw new SyncError('BAD_CHANGE', `the file of attachment ${row.id} is not the type its record says`);
  return path;
}

/** A file of the bundle has the hash the signed manifest gives; a protocol is a PDF. */
function checkFile(name: string, file: Uint8Array, manifest: Manifest) {
  if (sha256Hex(file) !== manifest.files[name]) throw new SyncError('HASH_MISMATCH', `${name} does not match the hash in the signed manifest`);
  if (name.startsWith('protocols/') && Buffer.from(file.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new SyncError('BAD_CHANGE', `${name} is not a PDF`);
}

/** Files a few at a time: each batch is one pass over the archive's directory, and ~50 protocols in memory. */
function batches(names: readonly string[], size = 50): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < names.length; i += size) out.push(names.slice(i, i + size));
  return out;
}

const REENROL = 'the regional centre must issue a new enrolment file for the team, which then sends all its data again';

/** Imports one encrypted bundle and journals the outcome; never throws: refusals come back as a report. */
export async function importBundle(hub: Hub, bytes: Uint8Array, now = new Date(), source: string | null = null): Promise<ImportReport> {
  let manifest: Manifest | undefined;
  let report: ImportReport;
  try {
    report = await apply(hub, bytes, now, (m) => (manifest = m));
  } catch (error) {
    report = refused(error, manifest);
  }
  const { receipt: _receipt, ...journalled } = report;
  const known = report.teamId ? await hub.db.selectFrom('hubTeam').select('id').where('id', '=', report.teamId).executeTakeFirst() : undefined;
  await hub.db
    .insertInto('hubImport')
    .values({ at: now.toISOString(), source, teamId: known?.id ?? null, accepted: report.accepted ? 1 : 0, code: report.code, report: JSON.stringify(journalled) })
    .execute();
  // A bundle made after a year's end may complete that year's figures for its type of gmina.
  if (report.accepted) await publishCaseFigures(hub, now);
  return report;
}

/** When the bundle was made, as its signed manifest says, but never after it came in (a team's clock ahead). */
const madeNoLaterThan = (manifest: Manifest, now: Date) => new Date(Math.min(Date.parse(manifest.createdAt), now.getTime())).toISOString();

interface Held {
  seq: number;
  deleted: number;
  row: string | null;
  format: number;
}

async function apply(hub: Hub, bytes: Uint8Array, now: Date, seen: (m: Manifest) => void): Promise<ImportReport> {
  const h = await hubRow(hub);
  const archive = openArchive(await decryptWith(h.ageIdentity, bytes));
  const manifest = readManifest(archive);
  seen(manifest);
  if (!KNOWN_SCHEMAS.includes(manifest.schemaVersion)) {
    throw new SyncError('SCHEMA_TOO_NEW', `the bundle was made with database schema ${manifest.schemaVersion}, which this hub does not know; update the hub`);
  }
  const team = await hub.db.selectFrom('hubTeam').selectAll().where('id', '=', manifest.teamId).executeTakeFirst();
  if (!team || team.teryt !== manifest.teryt) throw new SyncError('UNKNOWN_TEAM', `no team ${manifest.teamId} with TERYT ${manifest.teryt} is enrolled here`);
  // No pinned key: the team's first bundle since its (re-)enrolment. It carries the token, holds
  // everything from seq 0, and replaces whatever the hub held for the team.
  const fresh = team.pinnedKey === null;
  if (fresh) {
    if (manifest.enrolmentToken !== team.token) throw new SyncError('BAD_TOKEN', 'the first bundle of a team must carry the token of its latest enrolment file');
    if (manifest.baseSeq !== 0) throw new SyncError('GAP', 'the first bundle after an enrolment must hold every record: send a full bundle (from seq 0)', { from: 0 });
  } else if (manifest.publicKey !== team.pinnedKey || manifest.installId !== team.installId) {
    throw new SyncError('BAD_SIGNATURE', 'the bundle is signed by another installation than the one enrolled');
  }
  const listed = Object.keys(manifest.files);
  for (const name of archive.names) {
    if (name !== 'manifest.json' && !listed.includes(name)) throw new SyncError('HASH_MISMATCH', `the bundle holds a file the manifest does not list: ${name}`);
  }
  // The records are checked now and kept; the other files as they are stored (`checkFile`), or all now for a replay.
  const missing = listed.find((name) => !archive.names.includes(name));
  if (missing) throw new SyncError('HASH_MISMATCH', `${missing} does not match the hash in the signed manifest`);
  const recordsFile = archive.read([RECORDS_FILE])[RECORDS_FILE];
  if (recordsFile) checkFile(RECORDS_FILE, recordsFile, manifest);
  const hash = bundleId(manifest, sha256Hex);
  if (!fresh) {
    const known = await hub.db
      .selectFrom('hubBundle')
      .selectAll()
      .where('teamId', '=', team.id)
      .where('installId', '=', manifest.installId)
      .where('baseSeq', '=', manifest.baseSeq)
      .where('toSeq', '=', manifest.toSeq)
      .executeTakeFirst();
    if (known && known.hash === hash) {
      for (const batch of batches(listed.filter((name) => name !== RECORDS_FILE))) for (const [name, file] of Object.entries(archive.read(batch))) checkFile(name, file, manifest);
      // The same changes, signed again later: the team had nothing new by then (what completes a year's figures).
      const madeAt = madeNoLaterThan(manifest, now);
      if (team.lastBundleMadeAt === null || team.lastBundleMadeAt < madeAt) {
        await hub.db.updateTable('hubTeam').set({ lastBundleMadeAt: madeAt }).where('id', '=', team.id).execute();
      }
      const earlier = JSON.parse(known.report) as Partial<ImportReport>;
      return { ...refused(null, manifest), ...earlier, params: earlier.params ?? null, alreadyImported: true, imported: 0, updated: 0, ignored: 0, deleted: 0, anonymised: 0, files: 0, receipt: makeReceipt(h, team.id, manifest.installId, team.ackedSeq, hash, now) };
    }
    if (known) throw new SyncError('CONFLICTING_REPLAY', `a different bundle with changes ${manifest.baseSeq + 1}–${manifest.toSeq} was already imported from this installation`);
    if (manifest.baseSeq > team.ackedSeq) {
      throw new SyncError('GAP', `changes ${team.ackedSeq + 1}–${manifest.baseSeq} are missing: send a bundle from seq ${team.ackedSeq}`, { from: team.ackedSeq });
    }
    // An incremental bundle follows one this hub acknowledged (a full one stands on its own).
    if (manifest.baseSeq > 0) {
      const previous = manifest.previousBundleHash
        ? await hub.db.selectFrom('hubBundle').select('hash').where('teamId', '=', team.id).where('hash', '=', manifest.previousBundleHash).executeTakeFirst()
        : undefined;
      if (!previous) throw new SyncError('BROKEN_CHAIN', `the bundle follows a bundle this hub never acknowledged (a copied or restored installation?); ${REENROL}`);
    }
  }
  // Read in the transaction, line by line, each record checked and written before the next is read:
  // no record waits as a string beside the others (a 20-year team's take 40 MB). Any refusal rolls the
  // whole transaction back, so a refused bundle still changes nothing.
  const ledger: Ledger = fresh
    ? []
    : (await hub.db.selectFrom('hubSession').select(['fromSeq', 'sessionId']).where('teamId', '=', team.id).orderBy('fromSeq').execute()).map((p) => ({ fromSeq: p.fromSeq, session: p.sessionId }));
  const held = new Map<string, Held>();
  if (!fresh) {
    for (const r of hub.sqlite.prepare<[string], Held & { entity: string; entityId: string }>('SELECT entity, entity_id AS entityId, seq, deleted, row, format FROM hub_record WHERE team_id = ?').iterate(team.id)) {
      held.set(`${r.entity}/${r.entityId}`, r);
    }
    checkSessions(manifest, ledger, team);
  }

  const report: ImportReport = { ...refused(null, manifest), accepted: true, reason: null, code: null, params: null, alreadyImported: !fresh && manifest.toSeq < team.ackedSeq };
  await hub.db.transaction().execute(async (trx) => {
    if (fresh) {
      for (const table of ['hubRecord', 'hubFile', 'hubBundle', 'hubSession'] as const) await trx.deleteFrom(table).where('teamId', '=', team.id).execute();
    }
    const insert = hub.sqlite.prepare('INSERT INTO hub_record (team_id, entity, entity_id, seq, deleted, row, format) VALUES (?, ?, ?, ?, ?, ?, 2)');
    const update = hub.sqlite.prepare('UPDATE hub_record SET seq = ?, deleted = ?, row = ?, format = 2 WHERE team_id = ? AND entity = ? AND entity_id = ?');
    const tally = new RecordTally(manifest);
    const attachmentFiles = new Set<string>();
    const deletedAttachments: string[] = [];
    let i = 0;
    for (const line of linesOf(recordsFile ?? new Uint8Array())) {
      const r = tally.read(line, i++);
      if (!fresh) checkRecord(manifest, r, held, team);
      if (r.entity === 'attachment' && r.row !== null) attachmentFiles.add(await checkAttachment(r, archive, listed));
      if (r.entity === 'attachment' && r.op === 'delete') deletedAttachments.push(r.id);
      const key = `${r.entity}/${r.id}`;
      const current = held.get(key);
      // The row with the highest seq wins, whatever order bundles arrive in.
      if (current !== undefined && current.seq >= r.seq) {
        report.ignored += 1;
        continue;
      }
      const deleted = r.op === 'delete' ? 1 : 0;
      if (current !== undefined) {
        update.run(r.seq, deleted, r.row, team.id, r.entity, r.id);
        report.updated += 1;
      } else {
        insert.run(team.id, r.entity, r.id, r.seq, deleted, r.row);
        report.imported += 1;
      }
      if (r.op === 'delete') report.deleted += 1;
      if (r.op === 'anonymise') report.anonymised += 1;
    }
    tally.checkCounts();
    const stray = listed.find((name) => isAttachmentPath(name) && !attachmentFiles.has(name));
    if (stray) throw new SyncError('BAD_CHANGE', `the bundle holds ${stray}, which no attachment record of it names`);
    const dropFile = hub.sqlite.prepare("DELETE FROM hub_file WHERE team_id = ? AND path LIKE 'attachments/' || ? || '.%'");
    for (const id of deletedAttachments) dropFile.run(team.id, id);
    // Prepared once, the bytes bound where they lie, a batch of files at a time (a 20-year bundle carries 500 PDFs, 24 MB).
    const putAttachment = hub.sqlite.prepare(`INSERT INTO hub_file (team_id, path, sha256, content) VALUES (?, ?, ?, ?)
      ON CONFLICT (team_id, path) DO UPDATE SET sha256 = excluded.sha256, content = excluded.content`);
    const putProtocol = hub.sqlite.prepare('INSERT INTO hub_file (team_id, path, sha256, content) VALUES (?, ?, ?, ?) ON CONFLICT (team_id, path) DO NOTHING');
    const put = (names: string[], statement: typeof putProtocol) => {
      for (const batch of batches(names)) {
        for (const [name, file] of Object.entries(archive.read(batch))) {
          checkFile(name, file, manifest);
          statement.run(team.id, name, manifest.files[name]!, Buffer.from(file.buffer, file.byteOffset, file.byteLength));
          report.files += 1;
        }
      }
    };
    put([...attachmentFiles], putAttachment);
    put(listed.filter((n) => n.startsWith('protocols/')), putProtocol);
    const lo = manifest.baseSeq + 1;
    const merged = merge(ledger, manifest.sessions, lo, manifest.toSeq);
    await trx.deleteFrom('hubSession').where('teamId', '=', team.id).execute();
    if (merged.length) await trx.insertInto('hubSession').values(merged.map((p) => ({ teamId: team.id, fromSeq: p.fromSeq, sessionId: p.session }))).execute();
    const ackedBefore = fresh ? 0 : team.ackedSeq;
    const ackedSeq = Math.max(ackedBefore, manifest.toSeq);
    const ledgerFrom = fresh ? (manifest.toSeq > 0 ? 1 : null) : (team.ledgerFrom ?? (manifest.toSeq >= lo ? lo : null));
    await trx
      .updateTable('hubTeam')
      .set({
        ackedSeq,
        installId: manifest.installId,
        pinnedKey: manifest.publicKey,
        lastBundleHash: hash,
        lastBundleAt: now.toISOString(),
        lastBundleMadeAt: madeNoLaterThan(manifest, now),
        ledgerFrom,
        // The sums come whole with every bundle; one from an app that sends none leaves the last ones be.
        ...(manifest.aggregates && { support: JSON.stringify(manifest.aggregates.support) }),
        ...(manifest.aggregates?.cases && { cases: JSON.stringify(manifest.aggregates.cases) }),
        ...(manifest.aggregates?.taskTeamMeetings && { taskTeamMeetings: JSON.stringify(manifest.aggregates.taskTeamMeetings) }),
      })
      .where('id', '=', team.id)
      .execute();
    report.receipt = makeReceipt(h, team.id, manifest.installId, ackedSeq, hash, now);
    const { receipt: _receipt, ...stored } = report;
    await trx.insertInto('hubBundle').values({ hash, teamId: team.id, installId: manifest.installId, baseSeq: manifest.baseSeq, toSeq: manifest.toSeq, importedAt: now.toISOString(), report: JSON.stringify(stored) }).execute();
  });
  return report;
}

/**
 * What the hub already acknowledged must be what the bundle says of the same seqs: first the same write
 * sessions (a restored copy writes under its own) — here — and then, record by record (`checkRecord`),
 * the same row where the hub holds a record at the very seq the bundle gives it.
 */
function checkSessions(manifest: Manifest, ledger: Ledger, team: HubDatabase['hubTeam']) {
  const covered = team.ledgerFrom ?? Number.POSITIVE_INFINITY;
  const fork = firstDisagreement(ledger, manifest.sessions, Math.max(covered, manifest.baseSeq + 1), Math.min(team.ackedSeq, manifest.toSeq));
  if (fork !== null) {
    throw new SyncError('FORK', `change ${fork} was made by another write session than the change ${fork} this hub already received (a restored installation?); ${REENROL}`, { seq: fork });
  }
}

/**
 * A record at or below the acknowledged seq agrees with what the hub holds. Where the hub has no ledger
 * (data received in format 1), it must be one the hub holds at that seq or later; otherwise the hub
 * cannot tell an old bundle from a restored copy (ROLLBACK) and an operator decides.
 */
function checkRecord(manifest: Manifest, r: Incoming, held: Map<string, Held>, team: HubDatabase['hubTeam']) {
  if (r.seq > team.ackedSeq) return;
  const covered = team.ledgerFrom ?? Number.POSITIVE_INFINITY;
  const h = held.get(`${r.entity}/${r.id}`);
  if (h && h.seq === r.seq && h.format === 2 && h.row !== r.row) {
    throw new SyncError('FORK', `change ${r.seq} differs from the change ${r.seq} this hub already received (a restored installation?); ${REENROL}`, { seq: r.seq });
  }
  if (r.seq < covered && (!h || h.seq < r.seq)) {
    throw new SyncError('ROLLBACK', `change ${r.seq} is at or below seq ${team.ackedSeq} already received, and this hub cannot verify it (a restored installation?); ${REENROL}`, {
      toSeq: manifest.toSeq,
      acked: team.ackedSeq,
    });
  }
}

function makeReceipt(h: HubDatabase['hub'], teamId: string, installId: string, ackSeq: number, bundleHash: string, now: Date): string {
  const receipt: Receipt = { format: 'pzk-receipt', formatVersion: RECEIPT_FORMAT_VERSION, hubName: h.name, teamId, installId, ackSeq, bundleHash, issuedAt: now.toISOString() };
  return signJson(receipt, h.receiptPrivateKey);
}
