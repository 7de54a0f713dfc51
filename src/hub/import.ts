// The hub's import pipeline: decrypt → unzip (safe paths, size limits) → manifest signature and
// schema → format and schema version → team and key (first bundle: the token) → file hashes →
// previous-bundle chain → seq continuity → changes already received must be the same (a restored
// installation re-uses seq numbers) → apply in one transaction → report. A refused bundle changes
// nothing but the import journal.
import canonicalize from 'canonicalize';
import { MIGRATIONS } from '../../migrations/index';
import type { HubImportReport } from '../domain/types';
import { decryptWith, sha256Hex, signJson, unzipFiles, verifyBytes } from '../sync/crypto';
import {
  BUNDLE_FORMAT_VERSION,
  bundleId,
  changeSchema,
  checkVersion,
  manifestSchema,
  RECEIPT_FORMAT_VERSION,
  signedSchema,
  SyncError,
  type Change,
  type Manifest,
  type Receipt,
} from '../sync/format';
import { hubRow, type Hub } from './hub';
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
  return parsed.data;
}

function parseChanges(bytes: Uint8Array, manifest: Manifest): Change[] {
  const text = Buffer.from(bytes).toString('utf8');
  const lines = text === '' ? [] : text.split('\n');
  const changes = lines.map((line, i) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SyncError('BAD_CHANGE', `change line ${i + 1} is not JSON`);
    }
    const parsed = changeSchema.safeParse(value);
    if (!parsed.success) throw new SyncError('BAD_CHANGE', `change line ${i + 1} is invalid`);
    return parsed.data;
  });
  changes.forEach((c, i) => {
    const expected = manifest.baseSeq + i + 1;
    if (c.seq !== expected) throw new SyncError('BAD_CHANGE', `change line ${i + 1} has seq ${c.seq}, expected ${expected}`);
  });
  if ((changes.at(-1)?.seq ?? manifest.baseSeq) !== manifest.toSeq) throw new SyncError('BAD_CHANGE', 'the changes do not end at the manifest toSeq');
  return changes;
}

/** What a change is, whatever the JSON key order of the app that wrote it (RFC 8785). */
const changeDigest = (c: Change) => Buffer.from(sha256Hex(canonicalize(c) ?? '').slice(0, 32), 'hex');

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
  return report;
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
    if (manifest.baseSeq !== 0) throw new SyncError('GAP', 'the first bundle after an enrolment must hold every change: send a full bundle (from seq 0)', { from: 0 });
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
      const earlier = JSON.parse(known.report) as ImportReport;
      // (Reports stored before 0002 have no params.)
      return { ...earlier, params: earlier.params ?? null, alreadyImported: true, imported: 0, updated: 0, ignored: 0, files: 0, receipt: makeReceipt(h, team.id, manifest.installId, team.ackedSeq, hash, now) };
    }
    if (known) throw new SyncError('CONFLICTING_REPLAY', `a different bundle with changes ${manifest.baseSeq + 1}–${manifest.toSeq} was already imported from this installation`);
    if (manifest.baseSeq > team.ackedSeq) {
      throw new SyncError('GAP', `changes ${team.ackedSeq + 1}–${manifest.baseSeq} are missing: send a bundle from seq ${team.ackedSeq}`, { from: team.ackedSeq });
    }
    // An incremental bundle follows one this hub acknowledged (a full one stands on its own).
    if (manifest.baseSeq > 0 && manifest.previousBundleHash !== null) {
      const previous = await hub.db.selectFrom('hubBundle').select('hash').where('teamId', '=', team.id).where('hash', '=', manifest.previousBundleHash).executeTakeFirst();
      if (!previous) throw new SyncError('BROKEN_CHAIN', `the bundle follows a bundle this hub never acknowledged (a copied or restored installation?); ${REENROL}`);
    }
  }
  const changes = parseChanges(files['changes.ndjson'] ?? new Uint8Array(), manifest);
  const digests = changes.map(changeDigest);
  if (!fresh) {
    // Changes the hub already has must be the very same: the same seq with other content means the
    // installation was restored from an older copy and has numbered new work again.
    const stored = hub.sqlite.prepare<[string, number, number], { seq: number; digest: Buffer }>('SELECT seq, digest FROM hub_change WHERE team_id = ? AND seq > ? AND seq <= ?');
    const before = new Map(stored.all(team.id, manifest.baseSeq, team.ackedSeq).map((r) => [r.seq, r.digest]));
    changes.forEach((c, i) => {
      const d = before.get(c.seq);
      if (d && !d.equals(digests[i]!)) {
        throw new SyncError('FORK', `change ${c.seq} differs from the change ${c.seq} this hub already received (a restored installation?); ${REENROL}`, { seq: c.seq });
      }
    });
    // A bundle that ends below what the hub has is harmless when every change in it is known (an
    // older bundle arriving late, or a restored installation that did no new work: it learns from
    // the receipt, which acknowledges more than it has). Unverifiable (changes received before the
    // hub kept digests): refused, an operator decides.
    if (manifest.toSeq < team.ackedSeq && changes.some((c) => !before.has(c.seq))) {
      throw new SyncError('ROLLBACK', `the bundle ends at seq ${manifest.toSeq}, below ${team.ackedSeq} already received (a restored installation?); ${REENROL}`, {
        toSeq: manifest.toSeq,
        acked: team.ackedSeq,
      });
    }
  }

  const contained = !fresh && manifest.toSeq < team.ackedSeq;
  const report: ImportReport = { ...refused(null, manifest), accepted: true, reason: null, code: null, params: null, alreadyImported: contained };
  await hub.db.transaction().execute(async (trx) => {
    if (fresh) {
      for (const table of ['hubRecord', 'hubFile', 'hubChange', 'hubBundle'] as const) await trx.deleteFrom(table).where('teamId', '=', team.id).execute();
    }
    const ackedBefore = fresh ? 0 : team.ackedSeq;
    const known = new Map(
      (await trx.selectFrom('hubRecord').select(['entity', 'entityId', 'seq']).where('teamId', '=', team.id).execute()).map((r) => [`${r.entity}/${r.entityId}`, r.seq]),
    );
    const insert = hub.sqlite.prepare('INSERT INTO hub_record (team_id, entity, entity_id, seq, deleted, row) VALUES (?, ?, ?, ?, ?, ?)');
    const update = hub.sqlite.prepare('UPDATE hub_record SET seq = ?, deleted = ?, row = ? WHERE team_id = ? AND entity = ? AND entity_id = ?');
    const remember = hub.sqlite.prepare('INSERT OR IGNORE INTO hub_change (team_id, seq, digest) VALUES (?, ?, ?)');
    changes.forEach((c, i) => {
      if (c.seq > ackedBefore) remember.run(team.id, c.seq, digests[i]);
      const key = `${c.entity}/${c.entityId}`;
      const current = known.get(key);
      // The row with the highest seq wins, whatever order bundles arrive in.
      if (current !== undefined && current >= c.seq) {
        report.ignored += 1;
        return;
      }
      const row = c.row === null ? null : JSON.stringify(c.row);
      const deleted = c.op === 'delete' ? 1 : 0;
      if (current !== undefined) {
        update.run(c.seq, deleted, row, team.id, c.entity, c.entityId);
        report.updated += 1;
      } else {
        insert.run(team.id, c.entity, c.entityId, c.seq, deleted, row);
        report.imported += 1;
      }
      known.set(key, c.seq);
    });
    for (const name of listed.filter((n) => n.startsWith('protocols/'))) {
      const content = Buffer.from(files[name]!);
      await trx
        .insertInto('hubFile')
        .values({ teamId: team.id, path: name, sha256: manifest.files[name]!, content })
        .onConflict((oc) => oc.columns(['teamId', 'path']).doNothing())
        .execute();
      report.files += 1;
    }
    const ackedSeq = Math.max(ackedBefore, manifest.toSeq);
    await trx
      .updateTable('hubTeam')
      .set({ ackedSeq, installId: manifest.installId, pinnedKey: manifest.publicKey, lastBundleHash: hash, lastBundleAt: now.toISOString() })
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
