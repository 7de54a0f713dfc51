// A member's history across meetings: kept apart from roster.ts, which the meeting services use.
import type { ParsedInput } from '../api/contract';
import { ENTITY_FIELDS } from '../domain/entities';
import type { MemberHistory } from '../domain/types';
import type { ServiceContext } from './context';
import { toSummary } from './meetings';
import { getMemberRow } from './roster';

const MEETING_COLUMNS = ENTITY_FIELDS.meeting.map((f) => `m.${f}` as const);

/** What a member took part in: meetings with their attendance, and the action items they own. */
export async function memberHistory(ctx: ServiceContext, input: ParsedInput<'members.history'>): Promise<MemberHistory> {
  await getMemberRow(ctx.rows, input.id);
  const [attended, actionItems, attendedTotal, actionItemsTotal] = await Promise.all([
    ctx.db
      .selectFrom('attendance as a')
      .innerJoin('meeting as m', 'm.id', 'a.meetingId')
      .select([...MEETING_COLUMNS, 'a.status as attendanceStatus'])
      .where('a.memberId', '=', input.id)
      .orderBy('m.date', 'desc')
      .limit(input.limit)
      .execute(),
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
