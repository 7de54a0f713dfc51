// The hub's import pipeline: decrypt → unzip (safe paths, size limits) → manifest signature, format and
// schema → team and key (first bundle: the token) → file hashes → replay / gap / previous-bundle chain →
// the write sessions must agree with what the hub has (a restored copy numbers new work again: FORK) →
// in one transaction, record by record: valid against its entity's schema, agreeing with the row the
// hub already has, written → the counts and files the manifest gives → report and receipt. A refused
// bundle is rolled back and changes nothing but the import journal.
import { SyncError } from '../api/errors';
import type { HubImportReport } from '../domain/types';
import { MIGRATIONS } from '../../migrations/index';
import { decryptWith, openArchive, sha256Hex, signJson } from '../sync/crypto';
import { bundleId, isAttachmentPath, RECEIPT_FORMAT_VERSION, RECORDS_FILE, type Manifest, type Receipt } from '../sync/format';
import { merge, type Ledger } from '../sync/ledger';
import { batches, checkAttachment, checkFile, checkRecord, checkSessions, linesOf, readManifest, RecordTally, REENROL, type Held } from './bundleChecks';
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

function makeReceipt(h: HubDatabase['hub'], teamId: string, installId: string, ackSeq: number, bundleHash: string, now: Date): string {
  const receipt: Receipt = { format: 'pzk-receipt', formatVersion: RECEIPT_FORMAT_VERSION, hubName: h.name, teamId, installId, ackSeq, bundleHash, issuedAt: now.toISOString() };
  return signJson(receipt, h.receiptPrivateKey);
}
