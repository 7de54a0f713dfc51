// What a bundle carries, built once and used twice: by the RODO check before sending and by the
// export itself, so that what leaves the machine is exactly what was checked (issue 9.2). It is the
// current state of every record whose latest write came after `baseSeq` (tombstones for deletions,
// the erased row for an anonymisation), the allow-listed fields only, plus the stored protocol PDFs of
// the meetings among them — read in one transaction, so no write slips in between. The PDFs themselves
// are read when the archive takes them, and must still have the SHA-256 they were approved with.
import { sql, type ExpressionBuilder } from 'kysely';
import { AppError, SyncError } from '../api/errors';
import { MAX_FILE_BYTES } from '../api/methods';
import { typeAndSize } from '../domain/attachments';
import { FIELD_WORD, meetingRef, WHERE } from '../domain/documents.pl';
import type { Entity } from '../domain/entities';
import { BUNDLE_ENTITIES, SYNC_FIELDS, type BundleEntity } from '../domain/syncFields';
import { sectionsOf } from '../domain/teamRules';
import { isFreeTextField, scanForPersonalData, type Finding, type TextSource } from '../domain/rodo';
import { meetingNumber } from '../domain/rules';
import { columnOf, TABLE_OF, type Database, type OutboxOp } from '../db/schema';
import type { Db } from '../services/context';
import { sha256Hex } from '../services/files';
import { knownContacts } from '../services/knownContacts';
import { versionFindings } from '../protocol/service';
import { DeflatingFile, type DeflatedFile } from './crypto';
import { attachmentPath, RECORDS_FILE, type RecordLine } from './format';
import type { LedgerPoint } from './ledger';

export interface Payload {
  baseSeq: number;
  toSeq: number;
  /** How many records records.ndjson holds (the records themselves are not kept: a 20-year team's take 100 MB as objects). */
  recordCount: number;
  counts: Record<Entity, number>;
  /** records.ndjson, deflated as its lines were made (never whole as text). */
  records: DeflatedFile;
  /** The attachments, by path. */
  files: Record<string, Uint8Array>;
  /**
   * The approved protocol PDFs, by path: read one by one when the archive reaches them (`readProtocol`),
   * not held beside the rest (a 20-year team's are 24 MB). Each version keeps the SHA-256 it was
   * approved with, which the manifest gives.
   */
  protocols: Record<string, ProtocolRef>;
  /** SHA-256 of each file, by path (the manifest lists them). */
  hashes: Record<string, string>;
  sessions: LedgerPoint[];
  findings: Finding[];
  /** Names this exact content: an acceptance of findings is bound to it. */
  digest: string;
}

/** A protocol version the bundle carries: its row and the SHA-256 and size of its PDF. */
export interface ProtocolRef {
  id: string;
  sha256: string;
  size: number;
}

/**
 * A protocol's PDF as the archive takes it: the bytes the version was approved with, or a refusal (a
 * version changed since the bundle was checked: nothing leaves but what was checked).
 */
export async function readProtocol(db: Db, path: string, ref: ProtocolRef): Promise<Uint8Array> {
  const row = await db.selectFrom('protocolVersion').select('pdf').where('id', '=', ref.id).executeTakeFirst();
  if (!row || sha256Hex(row.pdf) !== ref.sha256) throw new SyncError('HASH_MISMATCH', `${path} changed after the bundle was checked: make the bundle again`);
  return row.pdf;
}

interface OutboxRow {
  recordId: string;
  seq: number;
  op: OutboxOp;
  [field: string]: unknown;
}

// A task team's meeting (ZZK) is about one case: it travels as counts (manifest aggregates), never its rows,
// minutes, attendance, decisions, items, reviews, attachments or protocols (issue 17.5). A deleted record
// (no row left) goes as its id only.
const ZZK = `(SELECT id FROM meeting WHERE kind = 'zzk')`;
const TASK_LEVEL_OFF: Partial<Record<BundleEntity, string>> = {
  meeting: `(t.id IS NULL OR t.kind != 'zzk')`,
  agenda_item: `(t.id IS NULL OR t.meeting_id NOT IN ${ZZK})`,
  attendance: `(t.id IS NULL OR t.meeting_id NOT IN ${ZZK})`,
  decision: `(t.id IS NULL OR t.meeting_id NOT IN ${ZZK})`,
  attachment: `(t.id IS NULL OR t.meeting_id NOT IN ${ZZK})`,
  action_item: `(t.id IS NULL OR t.origin_meeting_id NOT IN ${ZZK})`,
  action_item_review: `(t.id IS NULL OR (t.meeting_id NOT IN ${ZZK} AND t.action_item_id NOT IN (SELECT id FROM action_item WHERE origin_meeting_id IN ${ZZK})))`,
};

const PAGE = 2000;

/**
 * The entity's records as the bundle carries them, a page at a time: a 20-year team's 11,000 reviews read
 * at once took 30 MB of heap (issue 12).
 */
async function* recordsOf(db: Db, entity: BundleEntity, baseSeq: number): AsyncGenerator<OutboxRow[]> {
  const columns = SYNC_FIELDS[entity].map((f) => `t.${columnOf(f)}`).join(', ');
  const table = columnOf(TABLE_OF[entity]);
  // In the order of the outbox's key (entity, id), each page after the last id of the one before: the key's
  // order takes a page without visiting the rest (in the order of seqs, every page joined and sorted all of
  // the entity's records). The hub does not depend on the order: each record comes once, the highest seq wins.
  for (let after = ''; ; ) {
    const { rows } = await sql<OutboxRow>`
      SELECT o.entity_id AS record_id, o.seq AS seq, o.op AS op, ${sql.raw(columns)}
      FROM outbox o LEFT JOIN ${sql.table(table)} t ON t.id = o.entity_id
      WHERE o.entity = ${entity} AND o.entity_id > ${after} AND o.seq > ${baseSeq} AND ${sql.raw(TASK_LEVEL_OFF[entity] ?? '1')}
      ORDER BY o.entity_id LIMIT ${PAGE}`.execute(db);
    if (rows.length) yield rows;
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.recordId;
  }
}

/** A row of the query as its bundle line. A deleted record (no row left) goes as its id only. */
function lineOf(entity: BundleEntity, r: OutboxRow): RecordLine {
  if (r.op === 'delete') return { entity, id: r.recordId, seq: r.seq, op: r.op, row: null };
  const row: Record<string, unknown> = {};
  for (const f of SYNC_FIELDS[entity]) row[f] = r[f];
  return { entity, id: r.recordId, seq: r.seq, op: r.op, row };
}

/** Where a record's text is, in words the animator recognises. */
function labeller(meetings: Map<string, string>, itemNumbers: Map<string, string>) {
  const meeting = (id: unknown) => meetings.get(String(id)) ?? '?';
  return (r: RecordLine): string => {
    const row = r.row ?? {};
    switch (r.entity) {
      case 'team':
        return WHERE.team;
      case 'institution':
        return WHERE.institution(String(row.name));
      case 'member':
        return WHERE.member(String(row.fullName));
      case 'meeting':
        return WHERE.meeting(meeting(r.id));
      case 'agenda_item':
        return WHERE.agendaItem(meeting(row.meetingId), Number(row.position), String(row.title));
      case 'attendance':
        return WHERE.attendance(meeting(row.meetingId));
      case 'decision':
        return WHERE.decision(meeting(row.meetingId), Number(row.position));
      case 'action_item':
        return WHERE.actionItem(String(row.number));
      case 'action_item_review':
        return WHERE.review(itemNumbers.get(String(row.actionItemId)) ?? '?', meeting(row.meetingId));
      case 'attachment':
        return WHERE.attachment(meeting(row.meetingId), String(row.fileName));
      case 'declaration':
        return WHERE.declaration;
      case 'rules_version':
        return WHERE.rules(Number(row.version));
      case 'benefit':
        return WHERE.benefit;
      case 'action_plan':
        return WHERE.actionPlan(String(row.title));
      case 'plan_task':
        return WHERE.planTask(Number(row.position));
      case 'offer':
        return WHERE.offer(String(row.service));
      default:
        return WHERE.unknown(r.entity);
    }
  };
}

function textsOf(records: readonly RecordLine[], where: (r: RecordLine) => string): TextSource[] {
  const out: TextSource[] = [];
  for (const r of records) {
    if (!r.row) continue;
    const label = where(r);
    for (const [field, value] of Object.entries(r.row)) {
      if (typeof value !== 'string' || value === '' || !isFreeTextField(field)) continue;
      // The rules' sections are JSON with the app's own keys (UUIDs, whose digits read as phones): only what was typed is checked.
      const text = field === 'sections' ? sectionsOf({ sections: value }).map((section) => `${section.title}\n${section.text}`).join('\n') : value;
      out.push({ where: `${label} (${FIELD_WORD[field] ?? field})`, text });
    }
  }
  return out;
}

export async function buildPayload(db: Db, baseSeq: number): Promise<Payload> {
  return db.transaction().execute(async (trx) => {
    const top = await trx.selectFrom('outbox').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
    const toSeq = Math.max(baseSeq, Number(top?.max ?? 0));
    const meetingRows = await trx.selectFrom('meeting').select(['id', 'seqInYear', 'year', 'date']).execute();
    const numbers = new Map(meetingRows.map((m) => [m.id, meetingNumber(m)]));
    const meetings = new Map(meetingRows.map((m) => [m.id, meetingRef(meetingNumber(m), m.date)]));
    // Joined through the outbox, not listed as `IN (…)`: a full bundle of a 100-year team names more
    // records than SQLite takes variables in one statement (32,766).
    const inBundle = (entity: Entity) => (eb: ExpressionBuilder<Database, 'outbox'>) =>
      eb.and([eb('outbox.entity', '=', entity), eb('outbox.seq', '>', baseSeq), eb('outbox.op', '!=', 'delete')]);
    const reviewed = await trx
      .selectFrom('outbox')
      .innerJoin('actionItemReview as review', 'review.id', 'outbox.entityId')
      .innerJoin('actionItem as item', 'item.id', 'review.actionItemId')
      .select(['item.id', 'item.number'])
      .where(inBundle('action_item_review'))
      .execute();
    const where = labeller(meetings, new Map(reviewed.map((i) => [i.id, i.number])));
    const roster = await knownContacts(trx);

    // Entity by entity, a page of records at a time: checked and written as lines, deflated, then let
    // go, so that only the deflated file stays in memory (the checker looks at each text alone, so the
    // findings are the same). Pages, not rows: streamed row by row through the query builder, the same
    // rows took twice as long.
    const out = new DeflatingFile();
    const counts = {} as Record<Entity, number>;
    const findings: Finding[] = [];
    let recordCount = 0;
    for (const entity of BUNDLE_ENTITIES) {
      counts[entity] = 0;
      for await (const page of recordsOf(trx, entity, baseSeq)) {
        counts[entity] += page.length;
        const lines = page.map((r) => lineOf(entity, r));
        findings.push(...scanForPersonalData(textsOf(lines, where), roster));
        await out.write(`${recordCount ? '\n' : ''}${lines.map((r) => JSON.stringify(r)).join('\n')}`);
        recordCount += page.length;
      }
    }
    const records = await out.end();
    const files: Record<string, Uint8Array> = {};

    // The approved protocols of the meetings that changed, every version, with what each prints.
    const versions = await trx
      .selectFrom('outbox')
      .innerJoin('protocolVersion as v', 'v.meetingId', 'outbox.entityId')
      .innerJoin('meeting as m', 'm.id', 'v.meetingId')
      .select(['v.id', 'v.meetingId', 'v.version', 'v.sha256', 'v.findings', 'v.reason', 'v.correctedBy', 'v.correctionText', 'v.createdAt'])
      .select(sql<number>`length(v.pdf)`.as('size'))
      .where(inBundle('meeting'))
      .where('m.kind', '!=', 'zzk')
      .orderBy('v.meetingId')
      .orderBy('v.version')
      .execute();
    const protocols: Record<string, ProtocolRef> = {};
    for (const v of versions) {
      protocols[`protocols/${v.meetingId}-v${v.version}.pdf`] = { id: v.id, sha256: v.sha256, size: v.size };
      const label = WHERE.protocol(numbers.get(v.meetingId) ?? '?', v.version);
      for (const f of await versionFindings(trx, v)) findings.push({ ...f, where: `${label}: ${f.where}` });
    }

    // The attachments added or renamed since, with their bytes: they go as files named by the record,
    // which carries their SHA-256 (the hub checks the two agree). Their content is not read here, so
    // each one is a reminder to look at it (a scan may hold anyone's data).
    const attachments = await trx
      .selectFrom('outbox')
      .innerJoin('attachment as a', 'a.id', 'outbox.entityId')
      .innerJoin('attachmentContent as c', 'c.attachmentId', 'a.id')
      .innerJoin('meeting as m', 'm.id', 'a.meetingId')
      .select(['a.id', 'a.meetingId', 'a.fileName', 'a.mediaType', 'a.size', 'c.content'])
      .where(inBundle('attachment'))
      .where('m.kind', '!=', 'zzk')
      .orderBy('outbox.seq')
      .execute();
    for (const a of attachments) {
      files[attachmentPath(a.id, a.mediaType)] = a.content;
      findings.push({ kind: 'attachment', where: WHERE.attachment(meetings.get(a.meetingId) ?? '?', a.fileName), masked: typeAndSize(a) });
    }
    const total = records.size + Object.values(files).reduce((n, f) => n + f.byteLength, 0) + Object.values(protocols).reduce((n, p) => n + p.size, 0);
    if (total > MAX_FILE_BYTES) {
      throw new AppError('BUNDLE_TOO_LARGE', `the bundle would carry ${total} bytes; a bundle takes at most ${MAX_FILE_BYTES}`, { mb: Math.ceil(total / 2 ** 20), maxMb: MAX_FILE_BYTES / 2 ** 20 });
    }

    const sessionRows = await trx.selectFrom('writeSession').select(['id', 'firstSeq']).where('firstSeq', '<=', toSeq).orderBy('firstSeq').execute();
    const all = sessionRows.map((s) => ({ fromSeq: s.firstSeq, session: s.id }));
    const firstInRange = all.findLastIndex((p) => p.fromSeq <= baseSeq + 1);
    const sessions = all.slice(Math.max(0, firstInRange));

    // In the archive's order: the records, the protocols, the attachments.
    const hashes: Record<string, string> = { [RECORDS_FILE]: records.sha256 };
    for (const [name, p] of Object.entries(protocols)) hashes[name] = p.sha256;
    for (const [name, bytes] of Object.entries(files)) hashes[name] = sha256Hex(bytes);
    const digest = sha256Hex(`${baseSeq}:${toSeq}:${Object.entries(hashes).map(([name, hash]) => `${name}=${hash}`).sort().join(',')}`);
    return { baseSeq, toSeq, recordCount, counts, records, files, protocols, hashes, sessions, findings, digest };
  });
}
