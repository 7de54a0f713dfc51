// Loading a meeting for a write: the one place that says an approved meeting is locked.
// Kept apart from meetings.ts so that the agenda, attendance, decision and action item services
// can use it without importing each other in a circle.
import { AppError } from '../api/errors';
import type { Rows } from '../db/rows';
import type { MeetingRecord } from '../domain/entities';
import type { MeetingKind } from '../domain/enums';
import { isLocked, isNumbered, meetingNumber, nextSeqInYear } from '../domain/rules';
import { notFound, recordById, type Db } from './context';
import type { Writer } from './write';

export async function getMeetingRow(source: Rows | Db, id: string): Promise<MeetingRecord> {
  const row = await recordById(source, 'meeting', id);
  if (!row) throw notFound('meeting', id);
  return row;
}

/** The next number of a kind's meetings in a year (planned ones have none). */
export async function nextSeq(db: Db, kind: MeetingKind, year: number): Promise<number> {
  const top = await db.selectFrom('meeting').select((eb) => eb.fn.max('seqInYear').as('max')).where('kind', '=', kind).where('year', '=', year).executeTakeFirst();
  return nextSeqInYear(top?.max ? [Number(top.max)] : []);
}

/**
 * Gives the meeting its number, the next of its kind in its year, unless it has one (DECISIONS 12):
 * when it is held (it leaves "planned"), when its first action item is recorded (the item's number
 * holds the meeting's), or when a protocol is adopted at it. Numbers once given never change.
 */
export async function ensureNumbered(w: Writer, row: MeetingRecord): Promise<MeetingRecord & { seqInYear: number }> {
  if (isNumbered(row)) return row;
  const numbered = await w.update('meeting', row.id, { seqInYear: await nextSeq(w.db, row.kind, row.year) });
  return numbered as MeetingRecord & { seqInYear: number };
}

/** "nr 5/2026", or "planned for 2026-03-12" for a meeting not yet numbered: for messages and logs. */
export const meetingLabel = (row: Pick<MeetingRecord, 'seqInYear' | 'year' | 'date'>) => meetingNumber(row) ?? `planned for ${row.date}`;

/** Loads a meeting that may still be edited; an approved (locked) meeting is refused. */
export async function editableMeeting(rows: Rows, id: string): Promise<MeetingRecord> {
  const row = await getMeetingRow(rows, id);
  if (isLocked(row)) {
    throw new AppError('MEETING_LOCKED', `Meeting ${meetingLabel(row)} is approved and locked; it cannot be changed.`, {
      meetingId: id,
      number: meetingNumber(row),
    });
  }
  return row;
}
