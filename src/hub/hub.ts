// The regional centre's hub: keys, enrolment of teams, import of bundles, receipts, a report.
// Import pipeline: decrypt → unzip (safe paths, size limits) → manifest signature and schema →
// format and schema version → team and key (first bundle: the token) → file hashes → seq
// continuity → apply in one transaction → report. A refused bundle changes nothing.
import { randomBytes, randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { MIGRATIONS } from '../../migrations/index';
import { HUB_MIGRATIONS } from '../../migrations/hub/index';
import { openDatabase } from '../db/open';
import { decryptWith, newAgeIdentity, newSigningKeys, sha256Hex, signJson, unzipFiles, verifyBytes } from '../sync/crypto';
import {
  BUNDLE_FORMAT_VERSION,
  bundleId,
  changeSchema,
  checkVersion,
  ENROLMENT_FORMAT_VERSION,
  manifestSchema,
  RECEIPT_FORMAT_VERSION,
  signedSchema,
  SyncError,
  type Change,
  type Enrolment,
  type Manifest,
  type Receipt,
} from '../sync/format';
import type { HubImportReport, HubTeamRow } from '../domain/types';
import type { HubDatabase } from './schema';

/** "PZKH" */
export const HUB_APPLICATION_ID = 0x505a4b48;
const KNOWN_SCHEMAS = MIGRATIONS.map(([name]) => name);

export interface Hub {
  db: Kysely<HubDatabase>;
  /** The same connection, for the bulk apply of an import (prepared statements, no per-row overhead). */
  sqlite: BetterSqlite3.Database;
  close(): Promise<void>;
}

export async function openHub(file: string, options: { mustExist?: boolean } = {}): Promise<Hub> {
  const opened = await openDatabase(file, { migrations: HUB_MIGRATIONS, applicationId: HUB_APPLICATION_ID, mustExist: options.mustExist ?? false, backupDir: null });
  return { db: opened.db as unknown as Kysely<HubDatabase>, sqlite: opened.sqlite, close: () => opened.close() };
}

export async function initHub(hub: Hub, name: string, now = new Date()): Promise<{ recipient: string }> {
  const existing = await hub.db.selectFrom('hub').select('ageRecipient').executeTakeFirst();
  if (existing) return { recipient: existing.ageRecipient };
  const age = await newAgeIdentity();
  const keys = newSigningKeys();
  await hub.db
    .insertInto('hub')
    .values({ singleton: 1, name, ageIdentity: age.identity, ageRecipient: age.recipient, receiptPrivateKey: keys.privateKey, receiptPublicKey: keys.publicKey, createdAt: now.toISOString() })
    .execute();
  return { recipient: age.recipient };
}

async function hubRow(hub: Hub) {
  const row = await hub.db.selectFrom('hub').selectAll().executeTakeFirst();
  if (!row) throw new SyncError('NOT_ENROLLED', 'the hub is not initialised: run pzk hub init first');
  return row;
}

export async function enrolTeam(hub: Hub, team: { name: string; teryt: string }, now = new Date()): Promise<Enrolment> {
  if (!/^\d{7}$/.test(team.teryt)) throw new SyncError('UNKNOWN_TEAM', 'TERYT must be 7 digits');
  const h = await hubRow(hub);
  const id = randomUUID();
  const token = randomBytes(24).toString('base64url');
  await hub.db.insertInto('hubTeam').values({ id, name: team.name, teryt: team.teryt, token, installId: null, pinnedKey: null, ackedSeq: 0, lastBundleHash: null, lastBundleAt: null, createdAt: now.toISOString() }).execute();
  return { format: 'pzk-enrolment', formatVersion: ENROLMENT_FORMAT_VERSION, teamId: id, teryt: team.teryt, hubName: h.name, hubRecipient: h.ageRecipient, hubReceiptKey: h.receiptPublicKey, token };
}

export interface ImportReport extends HubImportReport {
  receipt: string | null;
}

const refused = (error: unknown, manifest?: Manifest): ImportReport => ({
  accepted: false,
  reason: error instanceof Error ? error.message : String(error),
  code: error instanceof SyncError ? error.code : 'INTERNAL',
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

/** Imports one encrypted bundle; never throws: refusals come back as a report. */
export async function importBundle(hub: Hub, bytes: Uint8Array, now = new Date()): Promise<ImportReport> {
  let manifest: Manifest | undefined;
  try {
    const h = await hubRow(hub);
    const files = unzipFiles(await decryptWith(h.ageIdentity, bytes));
    manifest = readManifest(files);
    if (!KNOWN_SCHEMAS.includes(manifest.schemaVersion)) {
      throw new SyncError('SCHEMA_TOO_NEW', `the bundle was made with database schema ${manifest.schemaVersion}, which this hub does not know; update the hub`);
    }
    const team = await hub.db.selectFrom('hubTeam').selectAll().where('id', '=', manifest.teamId).executeTakeFirst();
    if (!team || team.teryt !== manifest.teryt) throw new SyncError('UNKNOWN_TEAM', `no team ${manifest.teamId} with TERYT ${manifest.teryt} is enrolled here`);
    if (team.pinnedKey === null) {
      if (manifest.enrolmentToken !== team.token) throw new SyncError('BAD_TOKEN', 'the first bundle of a team must carry its enrolment token');
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
    const known = await hub.db
      .selectFrom('hubBundle')
      .selectAll()
      .where('teamId', '=', team.id)
      .where('installId', '=', manifest.installId)
      .where('baseSeq', '=', manifest.baseSeq)
      .where('toSeq', '=', manifest.toSeq)
      .executeTakeFirst();
    if (known && known.hash === hash) {
      return { ...(JSON.parse(known.report) as ImportReport), alreadyImported: true, imported: 0, updated: 0, ignored: 0, files: 0, receipt: makeReceipt(h, team.id, manifest.installId, team.ackedSeq, hash, now) };
    }
    if (known) throw new SyncError('CONFLICTING_REPLAY', `a different bundle with changes ${manifest.baseSeq + 1}–${manifest.toSeq} was already imported from this installation`);
    if (manifest.baseSeq > team.ackedSeq) throw new SyncError('GAP', `changes ${team.ackedSeq + 1}–${manifest.baseSeq} are missing: send a bundle from seq ${team.ackedSeq}`);
    if (manifest.toSeq < team.ackedSeq) throw new SyncError('ROLLBACK', `the bundle ends at seq ${manifest.toSeq}, below ${team.ackedSeq} already received (a restored installation?); an operator must accept it`);
    const changes = parseChanges(files['changes.ndjson'] ?? new Uint8Array(), manifest);

    const report: ImportReport = { ...refused(null, manifest), accepted: true, reason: null, code: null };
    await hub.db.transaction().execute(async (trx) => {
      const known = new Map(
        (await trx.selectFrom('hubRecord').select(['entity', 'entityId', 'seq']).where('teamId', '=', team.id).execute()).map((r) => [`${r.entity}/${r.entityId}`, r.seq]),
      );
      const insert = hub.sqlite.prepare('INSERT INTO hub_record (team_id, entity, entity_id, seq, deleted, row) VALUES (?, ?, ?, ?, ?, ?)');
      const update = hub.sqlite.prepare('UPDATE hub_record SET seq = ?, deleted = ?, row = ? WHERE team_id = ? AND entity = ? AND entity_id = ?');
      for (const c of changes) {
        const key = `${c.entity}/${c.entityId}`;
        const current = known.get(key);
        // The row with the highest seq wins, whatever order bundles arrive in.
        if (current !== undefined && current >= c.seq) {
          report.ignored += 1;
          continue;
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
      }
      for (const name of listed.filter((n) => n.startsWith('protocols/'))) {
        const content = Buffer.from(files[name]!);
        await trx
          .insertInto('hubFile')
          .values({ teamId: team.id, path: name, sha256: manifest!.files[name]!, content })
          .onConflict((oc) => oc.columns(['teamId', 'path']).doNothing())
          .execute();
        report.files += 1;
      }
      const ackedSeq = Math.max(team.ackedSeq, manifest!.toSeq);
      await trx
        .updateTable('hubTeam')
        .set({ ackedSeq, installId: manifest!.installId, pinnedKey: manifest!.publicKey, lastBundleHash: hash, lastBundleAt: now.toISOString() })
        .where('id', '=', team.id)
        .execute();
      report.receipt = makeReceipt(h, team.id, manifest!.installId, ackedSeq, hash, now);
      await trx.insertInto('hubBundle').values({ hash, teamId: team.id, installId: manifest!.installId, baseSeq: manifest!.baseSeq, toSeq: manifest!.toSeq, importedAt: now.toISOString(), report: JSON.stringify(report) }).execute();
    });
    return report;
  } catch (error) {
    return refused(error, manifest);
  }
}

function makeReceipt(h: HubDatabase['hub'], teamId: string, installId: string, ackSeq: number, bundleHash: string, now: Date): string {
  const receipt: Receipt = { format: 'pzk-receipt', formatVersion: RECEIPT_FORMAT_VERSION, hubName: h.name, teamId, installId, ackSeq, bundleHash, issuedAt: now.toISOString() };
  return signJson(receipt, h.receiptPrivateKey);
}

export type TeamReportRow = HubTeamRow;

/** Per team: last bundle, acknowledged seq, and counts from the imported records. */
export async function hubReport(hub: Hub): Promise<TeamReportRow[]> {
  const teams = await hub.db.selectFrom('hubTeam').selectAll().orderBy('teryt').execute();
  const out: TeamReportRow[] = [];
  for (const t of teams) {
    const records = await hub.db.selectFrom('hubRecord').select(['entity', 'row']).where('teamId', '=', t.id).where('deleted', '=', 0).execute();
    const rows = (entity: string) => records.filter((r) => r.entity === entity).map((r) => JSON.parse(r.row ?? '{}') as Record<string, unknown>);
    const meetings = rows('meeting');
    const items = rows('action_item');
    out.push({
      teamId: t.id,
      name: t.name,
      teryt: t.teryt,
      ackedSeq: t.ackedSeq,
      lastBundleAt: t.lastBundleAt,
      meetings: meetings.length,
      meetingsHeld: meetings.filter((m) => m.status === 'held' || m.status === 'approved').length,
      members: rows('member').filter((m) => m.leftOn === null).length,
      actionItems: items.length,
      actionItemsOpen: items.filter((i) => i.status === 'new' || i.status === 'in_progress').length,
    });
  }
  return out;
}
