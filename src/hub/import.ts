// The hub's import pipeline: decrypt → unzip (safe paths, size limits) → manifest signature, format and
// schema → team and key (first bundle: the token) → file hashes → replay / gap / previous-bundle chain →
// records valid, each against its entity's schema → the write sessions and the rows the hub already
// has must agree with the bundle (a restored copy numbers new work again: FORK) → apply in one
// transaction → report and receipt. A refused bundle changes nothing but the import journal.
import { SyncError } from '../api/errors';
import type { Entity } from '../domain/entities';
import { BUNDLE_ENTITIES, type SyncedRecord } from '../domain/syncFields';
import type { HubImportReport } from '../domain/types';
import { MIGRATIONS } from '../../migrations/index';
import { decryptWith, sha256Hex, signJson, unzipFiles, verifyBytes } from '../sync/crypto';
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

function readManifest(files: Record<string, Uint8Array>): Manifest {
  const raw = files['manifest.json'];
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

/**
 * Every line: valid JSON, a known entity with a row valid for it, a seq inside the bundle's range.
 * Read line by line from the bytes, each row kept only as the JSON the hub stores: the records of a
 * 20-year team as objects would take 100 MB.
 */
function parseRecords(bytes: Uint8Array, manifest: Manifest): Incoming[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const seen = new Set<string>();
  const counts = new Map<Entity, number>();
  const records: Incoming[] = [];
  for (let start = 0, i = 0; buf.length > 0; i++) {
    const newline = buf.indexOf(10, start);
    const end = newline === -1 ? buf.length : newline;
    records.push(parseLine(buf.toString('utf8', start, end), i, manifest, seen, counts));
    if (newline === -1) break;
    start = end + 1;
  }
  for (const entity of BUNDLE_ENTITIES) {
    const n = manifest.counts[entity] ?? 0;
    if ((counts.get(entity) ?? 0) !== n) throw new SyncError('BAD_CHANGE', `the manifest counts ${n} ${entity} records, the bundle holds ${counts.get(entity) ?? 0}`);
  }
  if (manifest.formatVersion < 3 && counts.has('attachment')) throw new SyncError('BAD_CHANGE', 'a bundle of format 2 cannot carry attachments');
  for (const entity of ['declaration', 'rules_version', 'benefit', 'action_plan', 'plan_task', 'offer'] as const) {
    if (manifest.formatVersion < 4 && counts.has(entity)) throw new SyncError('BAD_CHANGE', `a bundle of format ${manifest.formatVersion} cannot carry ${entity} records`);
  }
  return records;
}

function parseLine(line: string, i: number, manifest: Manifest, seen: Set<string>, counts: Map<Entity, number>): Incoming {
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
  const key = `${r.entity}/${r.id}`;
  if (seen.has(key)) throw bad(`repeats ${r.entity} ${r.id}`);
  seen.add(key);
  counts.set(r.entity, (counts.get(r.entity) ?? 0) + 1);
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
 * Every attachment the bundle adds or renames comes with its file, and every attachment file with its
 * record: the file's hash (already checked against the signed manifest) must be the one its record
 * gives, and its content must be the type the record says. The paths of the files, to store. Refusals
 * name the record, never its file name (the import journal keeps them; a name may be a person's).
 */
async function checkAttachments(records: readonly Incoming[], files: Record<string, Uint8Array>, listed: readonly string[]): Promise<string[]> {
  const expected = new Set<string>();
  for (const r of records) {
    if (r.entity !== 'attachment' || r.row === null) continue;
    const row = JSON.parse(r.row) as SyncedRecord<'attachment'>;
    const path = attachmentPath(row.id, row.mediaType);
    const file = files[path];
    if (!file) throw new SyncError('HASH_MISMATCH', `attachment ${row.id} came without its file`);
    if (sha256Hex(file) !== row.sha256 || file.byteLength !== row.size) {
      throw new SyncError('HASH_MISMATCH', `the file of attachment ${row.id} does not match the SHA-256 its record gives`);
    }
    if ((await sniffAttachment(file)) !== extensionOf(row.mediaType)) throw new SyncError('BAD_CHANGE', `the file of attachment ${row.id} is not the type its record says`);
    expected.add(path);
  }
  const stray = listed.find((name) => isAttachmentPath(name) && !expected.has(name));
  if (stray) throw new SyncError('BAD_CHANGE', `the bundle holds ${stray}, which no attachment record of it names`);
  return [...expected];
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
  const files = unzipFiles(await decryptWith(h.ageIdentity, bytes));
  const manifest = readManifest(files);
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
  for (const name of Object.keys(files)) {
    if (name !== 'manifest.json' && !listed.includes(name)) throw new SyncError('HASH_MISMATCH', `the bundle holds a file the manifest does not list: ${name}`);
  }
  for (const [name, digest] of Object.entries(manifest.files)) {
    const file = files[name];
    if (!file || sha256Hex(file) !== digest) throw new SyncError('HASH_MISMATCH', `${name} does not match the hash in the signed manifest`);
    if (name.startsWith('protocols/') && Buffer.from(file.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new SyncError('BAD_CHANGE', `${name} is not a PDF`);
  }
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
  const records = parseRecords(files[RECORDS_FILE] ?? new Uint8Array(), manifest);
  delete files[RECORDS_FILE]; // read: its 15 MB (20 years) need not wait for the transaction
  const attachmentFiles = await checkAttachments(records, files, listed);
  const ledger: Ledger = fresh
    ? []
    : (await hub.db.selectFrom('hubSession').select(['fromSeq', 'sessionId']).where('teamId', '=', team.id).orderBy('fromSeq').execute()).map((p) => ({ fromSeq: p.fromSeq, session: p.sessionId }));
  const held = new Map<string, Held>();
  if (!fresh) {
    for (const r of hub.sqlite.prepare<[string], Held & { entity: string; entityId: string }>('SELECT entity, entity_id AS entityId, seq, deleted, row, format FROM hub_record WHERE team_id = ?').iterate(team.id)) {
      held.set(`${r.entity}/${r.entityId}`, r);
    }
    checkContinuity(manifest, records, ledger, held, team);
  }

  const report: ImportReport = { ...refused(null, manifest), accepted: true, reason: null, code: null, params: null, alreadyImported: !fresh && manifest.toSeq < team.ackedSeq };
  await hub.db.transaction().execute(async (trx) => {
    if (fresh) {
      for (const table of ['hubRecord', 'hubFile', 'hubBundle', 'hubSession'] as const) await trx.deleteFrom(table).where('teamId', '=', team.id).execute();
    }
    const insert = hub.sqlite.prepare('INSERT INTO hub_record (team_id, entity, entity_id, seq, deleted, row, format) VALUES (?, ?, ?, ?, ?, ?, 2)');
    const update = hub.sqlite.prepare('UPDATE hub_record SET seq = ?, deleted = ?, row = ?, format = 2 WHERE team_id = ? AND entity = ? AND entity_id = ?');
    for (const r of records) {
      const key = `${r.entity}/${r.id}`;
      const current = held.get(key);
      // The row with the highest seq wins, whatever order bundles arrive in.
      if (current !== undefined && current.seq >= r.seq) {
        report.ignored += 1;
        continue;
      }
      const row = r.row;
      const deleted = r.op === 'delete' ? 1 : 0;
      if (current !== undefined) {
        update.run(r.seq, deleted, row, team.id, r.entity, r.id);
        report.updated += 1;
      } else {
        insert.run(team.id, r.entity, r.id, r.seq, deleted, row);
        report.imported += 1;
      }
      if (r.op === 'delete') report.deleted += 1;
      if (r.op === 'anonymise') report.anonymised += 1;
    }
    const dropFile = hub.sqlite.prepare("DELETE FROM hub_file WHERE team_id = ? AND path LIKE 'attachments/' || ? || '.%'");
    for (const r of records) if (r.entity === 'attachment' && r.op === 'delete') dropFile.run(team.id, r.id);
    // Prepared once, the bytes bound where they lie (a 20-year bundle carries 500 PDFs, 24 MB).
    const bytesOf = (name: string) => Buffer.from(files[name]!.buffer, files[name]!.byteOffset, files[name]!.byteLength);
    const putAttachment = hub.sqlite.prepare(`INSERT INTO hub_file (team_id, path, sha256, content) VALUES (?, ?, ?, ?)
      ON CONFLICT (team_id, path) DO UPDATE SET sha256 = excluded.sha256, content = excluded.content`);
    const putProtocol = hub.sqlite.prepare('INSERT INTO hub_file (team_id, path, sha256, content) VALUES (?, ?, ?, ?) ON CONFLICT (team_id, path) DO NOTHING');
    for (const name of attachmentFiles) {
      putAttachment.run(team.id, name, manifest.files[name]!, bytesOf(name));
      report.files += 1;
    }
    for (const name of listed.filter((n) => n.startsWith('protocols/'))) {
      putProtocol.run(team.id, name, manifest.files[name]!, bytesOf(name));
      report.files += 1;
    }
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
 * What the hub already acknowledged must be what the bundle says of the same seqs: the same write
 * sessions (a restored copy writes under its own), and the same row where the hub holds a record at
 * the very seq the bundle gives it. Where the hub has no ledger (data received in format 1), a record
 * at or below the acknowledged seq must be one the hub holds at that seq or later; otherwise the hub
 * cannot tell an old bundle from a restored copy (ROLLBACK) and an operator decides.
 */
function checkContinuity(manifest: Manifest, records: readonly Incoming[], ledger: Ledger, held: Map<string, Held>, team: HubDatabase['hubTeam']) {
  const covered = team.ledgerFrom ?? Number.POSITIVE_INFINITY;
  const fork = firstDisagreement(ledger, manifest.sessions, Math.max(covered, manifest.baseSeq + 1), Math.min(team.ackedSeq, manifest.toSeq));
  if (fork !== null) {
    throw new SyncError('FORK', `change ${fork} was made by another write session than the change ${fork} this hub already received (a restored installation?); ${REENROL}`, { seq: fork });
  }
  for (const r of records) {
    if (r.seq > team.ackedSeq) continue;
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
}

function makeReceipt(h: HubDatabase['hub'], teamId: string, installId: string, ackSeq: number, bundleHash: string, now: Date): string {
  const receipt: Receipt = { format: 'pzk-receipt', formatVersion: RECEIPT_FORMAT_VERSION, hubName: h.name, teamId, installId, ackSeq, bundleHash, issuedAt: now.toISOString() };
  return signJson(receipt, h.receiptPrivateKey);
}
