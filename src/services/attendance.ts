// Attendance of members (one row per member and meeting) and of guests (rows without a member).
import type { ParsedInput } from '../api/contract';
import { ENTITY_FIELDS } from '../domain/entities';
import { notFound, type ServiceContext } from './context';
import { editableMeeting } from './meetingGuard';
import { getMemberRow } from './roster';
import { write } from './write';

export function setAttendance(ctx: ServiceContext, input: ParsedInput<'attendance.set'>) {
  return write(ctx, async (w) => {
    await editableMeeting(w.rows, input.meetingId);
    await getMemberRow(w.rows, input.memberId);
    const existing = await w.db
      .selectFrom('attendance')
      .select('id')
      .where('meetingId', '=', input.meetingId)
      .where('memberId', '=', input.memberId)
      .executeTakeFirst();
    const change = { status: input.status, substituteName: input.substituteName };
    return existing
      ? w.update('attendance', existing.id, change)
      : w.insert('attendance', { id: ctx.newId(), meetingId: input.meetingId, memberId: input.memberId, guestName: null, guestInstitution: null, ...change });
  });
}

export function addGuest(ctx: ServiceContext, input: ParsedInput<'attendance.addGuest'>) {
  return write(ctx, async (w) => {
    await editableMeeting(w.rows, input.meetingId);
    return w.insert('attendance', {
      id: ctx.newId(),
      meetingId: input.meetingId,
      memberId: null,
      guestName: input.guestName,
      guestInstitution: input.guestInstitution,
      status: input.status,
      substituteName: null,
    });
  });
}

export function removeAttendance(ctx: ServiceContext, input: ParsedInput<'attendance.remove'>) {
  return write(ctx, async (w) => {
    const row = await w.db.selectFrom('attendance').select(ENTITY_FIELDS.attendance).where('id', '=', input.id).executeTakeFirst();
    if (!row) throw notFound('attendance row', input.id);
    await editableMeeting(w.rows, row.meetingId);
    await w.remove('attendance', input.id);
    return { id: input.id };
  });
}
