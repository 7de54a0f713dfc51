// A member's history across meetings: kept apart from roster.ts, which the meeting services use.
import type { ParsedInput } from '../api/contract';
import type { MemberHistory } from '../domain/types';
import { toActionItem } from './actionItems';
import type { ServiceContext } from './context';
import { toSummary } from './meetings';
import { getMemberRow } from './roster';

/** What a member took part in: meetings with their attendance, and the action items they own. */
export async function memberHistory(ctx: ServiceContext, input: ParsedInput<'members.history'>): Promise<MemberHistory> {
  await getMemberRow(ctx.db, input.id);
  const [attended, items] = await Promise.all([
    ctx.db
      .selectFrom('attendance as a')
      .innerJoin('meeting as m', 'm.id', 'a.meetingId')
      .selectAll('m')
      .select('a.status as attendanceStatus')
      .where('a.memberId', '=', input.id)
      .orderBy('m.date', 'desc')
      .execute(),
    ctx.db.selectFrom('actionItem').selectAll().where('ownerMemberId', '=', input.id).orderBy('createdAt', 'desc').execute(),
  ]);
  return {
    attended: attended.map(({ attendanceStatus, ...meeting }) => ({ meeting: toSummary(meeting), status: attendanceStatus })),
    actionItems: items.map(toActionItem),
  };
}
