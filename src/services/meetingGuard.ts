// Loading a meeting for a write: the one place that says an approved meeting is locked.
// Kept apart from meetings.ts so that the agenda, attendance, decision and action item services
// can use it without importing each other in a circle.
import { AppError } from '../api/errors';
import type { MeetingRow } from '../db/schema';
import { notFound, type Db } from './context';

export const meetingNumber = (m: Pick<MeetingRow, 'seqInYear' | 'year'>) => `${m.seqInYear}/${m.year}`;

export async function getMeetingRow(trx: Db, id: string): Promise<MeetingRow> {
  const row = await trx.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('meeting', id);
  return row;
}

/** Loads a meeting that may still be edited; an approved (locked) meeting is refused. */
export async function editableMeeting(trx: Db, id: string): Promise<MeetingRow> {
  const row = await getMeetingRow(trx, id);
  if (row.status === 'approved') {
    throw new AppError('MEETING_LOCKED', `Meeting ${meetingNumber(row)} is approved and locked; it cannot be changed.`, {
      meetingId: id,
      number: meetingNumber(row),
    });
  }
  return row;
}
