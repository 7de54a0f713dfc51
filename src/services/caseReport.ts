// The task teams' report for the next PZK meeting (issue 17.3): how the cases stand and what the teams did
// since the previous PZK meeting, as counts across cases, ready to go into an agenda item's minutes. The PZK's
// minutes travel to the regional centre; a case's code, plan and reviews stay in the case.
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { caseCounts } from '../domain/cases';
import { pzkCaseReport as reportText } from '../domain/cases.pl';
import type { GoalResultEntry } from '../domain/caseRecords';
import type { PzkCaseReport } from '../domain/caseTypes';
import { HELD_STATUSES } from '../domain/enums';
import { taskLevelOf } from '../domain/teamModel.pl';
import type { ServiceContext } from './context';
import { loadCaseWork } from './cases';
import { getMeetingRow } from './meetingGuard';

export async function pzkCaseReport(ctx: ServiceContext, input: ParsedInput<'cases.pzkReport'>): Promise<PzkCaseReport> {
  const meeting = await getMeetingRow(ctx.db, input.meetingId);
  if (meeting.kind !== 'pzk') throw new AppError('VALIDATION_FAILED', 'The task teams report to a PZK meeting.', { fields: { meetingId: 'not_pzk_meeting' } });
  const [work, previous, team] = await Promise.all([
    loadCaseWork(ctx.db),
    ctx.db
      .selectFrom('meeting')
      .select((eb) => eb.fn.max<string>('date').as('date'))
      .where('kind', '=', 'pzk')
      .where('status', 'in', HELD_STATUSES)
      .where('date', '<', meeting.date)
      .executeTakeFirst(),
    ctx.db.selectFrom('team').select('modelType').executeTakeFirst(),
  ]);
  const from = previous?.date ?? null;
  const facts = work.cases.map((c) => ({
    ...c,
    teamSize: work.team.get(c.id)?.length ?? 0,
    goals: work.goals.get(c.id)?.length ?? 0,
    reviews: (work.reviews.get(c.id) ?? []).map((r) => ({ reviewedOn: r.reviewedOn, results: JSON.parse(r.results) as GoalResultEntry[] })),
    tasks: (work.goals.get(c.id) ?? []).flatMap((g) => work.tasks.get(g.id) ?? []),
  }));
  const meetings = [...work.meetings.values()].flat().map((m) => ({ date: m.date, held: HELD_STATUSES.includes(m.status) }));
  const counts = caseCounts(facts, meetings, from, meeting.date);
  return { from, to: meeting.date, counts, text: reportText(taskLevelOf(team?.modelType), from, meeting.date, counts) };
}
