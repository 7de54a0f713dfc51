// Loading a meeting for a write: the one place that says an approved meeting is locked.
// Kept apart from meetings.ts so that the agenda, attendance, decision and action item services
// can use it without importing each other in a circle.
import { AppError } from '../api/errors';
import type { Rows } from '../db/rows';
import type { MeetingRecord } from '../domain/entities';
import { isLocked, meetingNumber } from '../domain/rules';
import { notFound, recordById, type Db } from './context';

export async function getMeetingRow(source: Rows | Db, id: string): Promise<MeetingRecord> {
  const row = await recordById(source, 'meeting', id);
  if (!row) throw notFound('meeting', id);
  return row;
}

/** Loads a meeting that may still be edited; an approved (locked) meeting is refused. */
export async function editableMeeting(rows: Rows, id: string): Promise<MeetingRecord> {
  const row = await getMeetingRow(rows, id);
  if (isLocked(row)) {
    throw new AppError('MEETING_LOCKED', `Meeting ${meetingNumber(row)} is approved and locked; it cannot be changed.`, {
      meetingId: id,
      number: meetingNumber(row),
    });
  }
  return row;
}
