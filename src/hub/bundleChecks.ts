// What the hub checks in a bundle, piece by piece (the pipeline that calls them is ./import.ts): the signed
// manifest, each record line, each file against the manifest's hash, and the continuity with what the hub
// already acknowledged from the team.
import { SyncError } from '../api/errors';
import type { Entity } from '../domain/entities';
import { extensionOf } from '../domain/attachments';
import { BUNDLE_ENTITIES, type SyncedRecord } from '../domain/syncFields';
import { sniffAttachment } from '../services/attachments';
import { sha256Hex, verifyBytes, type Archive } from '../sync/crypto';
import { attachmentPath, BUNDLE_FORMAT_VERSION, checkVersion, manifestSchema, recordLineSchema, signedSchema, type Manifest, type RecordLine } from '../sync/format';
import { firstDisagreement, type Ledger } from '../sync/ledger';
import { RECORD_SCHEMAS } from '../sync/records';
import type { HubDatabase } from './schema';

export const REENROL = 'the regional centre must issue a new enrolment file for the team, which then sends all its data again';

export function readManifest(archive: Archive): Manifest {
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
export interface Incoming extends Omit<RecordLine, 'row'> {
  row: string | null;
}

/** The lines of records.ndjson, read one by one from its bytes (never all as strings at once). */
export function* linesOf(bytes: Uint8Array): Generator<string> {
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
export class RecordTally {
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
export async function checkAttachment(r: Incoming, archive: Archive, listed: readonly string[]): Promise<string> {
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
export function checkFile(name: string, file: Uint8Array, manifest: Manifest) {
  if (sha256Hex(file) !== manifest.files[name]) throw new SyncError('HASH_MISMATCH', `${name} does not match the hash in the signed manifest`);
  if (name.startsWith('protocols/') && Buffer.from(file.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new SyncError('BAD_CHANGE', `${name} is not a PDF`);
}

/** Files a few at a time: each batch is one pass over the archive's directory, and ~50 protocols in memory. */
export function batches(names: readonly string[], size = 50): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < names.length; i += size) out.push(names.slice(i, i + size));
  return out;
}

export interface Held {
  seq: number;
  deleted: number;
  row: string | null;
  format: number;
}

/**
 * What the hub already acknowledged must be what the bundle says of the same seqs: first the same write
 * sessions (a restored copy writes under its own) — here — and then, record by record (`checkRecord`),
 * the same row where the hub holds a record at the very seq the bundle gives it.
 */
export function checkSessions(manifest: Manifest, ledger: Ledger, team: HubDatabase['hubTeam']) {
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
export function checkRecord(manifest: Manifest, r: Incoming, held: Map<string, Held>, team: HubDatabase['hubTeam']) {
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
