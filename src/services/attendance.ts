// Attendance of members (one row per member and meeting) and of guests (rows without a member).
import type { ParsedInput } from '../api/contract';
import type { AttendanceRow } from '../domain/types';
import type { AttendanceRowDb } from '../db/schema';
import { logChange, notFound, timestamp, withoutStamps, write, type ServiceContext } from './context';
import { editableMeeting } from './meetingGuard';
import { getMemberRow } from './roster';

export const toAttendance = (row: AttendanceRowDb): AttendanceRow => withoutStamps(row);

export function setAttendance(ctx: ServiceContext, input: ParsedInput<'attendance.set'>) {
  return write(ctx, async (trx) => {
    await editableMeeting(trx, input.meetingId);
    await getMemberRow(trx, input.memberId);
    const now = timestamp(ctx);
    const existing = await trx
      .selectFrom('attendance')
      .select('id')
      .where('meetingId', '=', input.meetingId)
      .where('memberId', '=', input.memberId)
      .executeTakeFirst();
    const row = existing
      ? await trx
          .updateTable('attendance')
          .set({ status: input.status, substituteName: input.substituteName, updatedAt: now })
          .where('id', '=', existing.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('attendance')
          .values({
            id: ctx.newId(),
            meetingId: input.meetingId,
            memberId: input.memberId,
            guestName: null,
            guestInstitution: null,
            status: input.status,
            substituteName: input.substituteName,
            createdAt: now,
            updatedAt: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'attendance', row.id, existing ? 'update' : 'insert', row);
    return toAttendance(row);
  });
}

export function addGuest(ctx: ServiceContext, input: ParsedInput<'attendance.addGuest'>) {
  return write(ctx, async (trx) => {
    await editableMeeting(trx, input.meetingId);
    const now = timestamp(ctx);
    const row = await trx
      .insertInto('attendance')
      .values({
        id: ctx.newId(),
        meetingId: input.meetingId,
        memberId: null,
        guestName: input.guestName,
        guestInstitution: input.guestInstitution,
        status: input.status,
        substituteName: null,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'attendance', row.id, 'insert', row);
    return toAttendance(row);
  });
}

export function removeAttendance(ctx: ServiceContext, input: ParsedInput<'attendance.remove'>) {
  return write(ctx, async (trx) => {
    const row = await trx.selectFrom('attendance').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!row) throw notFound('attendance row', input.id);
    await editableMeeting(trx, row.meetingId);
    await trx.deleteFrom('attendance').where('id', '=', input.id).execute();
    await logChange(trx, ctx, 'attendance', input.id, 'delete', null);
    return { id: input.id };
  });
}
