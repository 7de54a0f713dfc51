// A member's history across meetings: kept apart from roster.ts, which the meeting services use.
import { sql } from 'kysely';
import type { ParsedInput } from '../api/contract';
import { columnOf } from '../db/schema';
import { ENTITY_FIELDS, type MeetingRecord } from '../domain/entities';
import type { AttendanceStatus } from '../domain/enums';
import type { MemberHistory } from '../domain/types';
import type { ServiceContext } from './context';
import { toSummary } from './meetings';
import { getMemberRow } from './roster';

const MEETING_COLUMNS = ENTITY_FIELDS.meeting.map((f) => `m.${columnOf(f)}`).join(', ');

/** What a member took part in: meetings with their attendance, and the action items they own. */
export async function memberHistory(ctx: ServiceContext, input: ParsedInput<'members.history'>): Promise<MemberHistory> {
  await getMemberRow(ctx.db, input.id);
  const [attended, actionItems, attendedTotal, actionItemsTotal] = await Promise.all([
    // Meetings newest first, each looked up in attendance by (meeting, member): the page ends after
    // `limit` found. CROSS JOIN keeps SQLite from starting at the member's attendance, which sorts all
    // of it (2,500 rows at 100 years) to return 50.
    sql<MeetingRecord & { attendanceStatus: AttendanceStatus }>`
      SELECT ${sql.raw(MEETING_COLUMNS)}, a.status AS attendance_status
      FROM meeting m CROSS JOIN attendance a ON a.meeting_id = m.id AND a.member_id = ${input.id}
      ORDER BY m.date DESC LIMIT ${input.limit}`
      .execute(ctx.db)
      .then((r) => r.rows),
    ctx.db.selectFrom('actionItem').select(ENTITY_FIELDS.action_item).where('ownerMemberId', '=', input.id).orderBy('createdAt', 'desc').limit(input.limit).execute(),
    ctx.db.selectFrom('attendance').select((eb) => eb.fn.countAll<number>().as('n')).where('memberId', '=', input.id).executeTakeFirstOrThrow(),
    ctx.db.selectFrom('actionItem').select((eb) => eb.fn.countAll<number>().as('n')).where('ownerMemberId', '=', input.id).executeTakeFirstOrThrow(),
  ]);
  return {
    attended: attended.map(({ attendanceStatus, ...meeting }) => ({ meeting: toSummary(meeting), status: attendanceStatus })),
    actionItems,
    attendedTotal: Number(attendedTotal.n),
    actionItemsTotal: Number(actionItemsTotal.n),
  };
}
