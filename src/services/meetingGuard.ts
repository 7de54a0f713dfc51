// Loading a meeting for a write: the one place that says an approved meeting is locked.
// Kept apart from meetings.ts so that the agenda, attendance, decision and action item services
// can use it without importing each other in a circle.
import { AppError } from '../api/errors';
import { ENTITY_FIELDS, type MeetingRecord } from '../domain/entities';
import { isLocked, meetingNumber } from '../domain/rules';
import { notFound, type Db } from './context';

export async function getMeetingRow(db: Db, id: string): Promise<MeetingRecord> {
  const row = await db.selectFrom('meeting').select(ENTITY_FIELDS.meeting).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('meeting', id);
  return row;
}

/** Loads a meeting that may still be edited; an approved (locked) meeting is refused. */
export async function editableMeeting(db: Db, id: string): Promise<MeetingRecord> {
  const row = await getMeetingRow(db, id);
  if (isLocked(row)) {
    throw new AppError('MEETING_LOCKED', `Meeting ${meetingNumber(row)} is approved and locked; it cannot be changed.`, {
      meetingId: id,
      number: meetingNumber(row),
    });
  }
  return row;
}
