// The team's own figures (issue 13.6; until now only the hub had figures): meetings held over a
// period, attendance per institution and per member at the PZK meetings, action items opened,
// closed and overdue (the yearly report made of them is src/protocol/yearReport.ts).
import type { ParsedInput } from '../api/contract';
import { isOpen } from '../domain/actionItems';
import { countsAsPresent, MEETING_KINDS, PZK_MEETING_TYPES, pzkTypeFor, type MeetingKind, type PzkMeetingType } from '../domain/enums';
import { isMemberOn } from '../domain/rules';
import { supportSums } from '../domain/support';
import type { TeamStatistics } from '../domain/types';
import { localDate, type Db, type ServiceContext } from './context';
import { statisticsCharts } from './statisticsCharts';
import { modelFigures } from './statisticsModel';

/** Meetings that took place. */
export const TOOK_PLACE = ['held', 'approved'] as const;

export async function teamStatistics(db: Db, from: string, to: string, today: string): Promise<TeamStatistics> {
  const meetings = await db.selectFrom('meeting').select(['id', 'kind', 'pzkType', 'date']).where('date', '>=', from).where('date', '<=', to).where('status', 'in', TOOK_PLACE).orderBy('date').execute();
  const byKind = Object.fromEntries(MEETING_KINDS.map((k) => [k, 0])) as Record<MeetingKind, number>;
  const byType = Object.fromEntries(PZK_MEETING_TYPES.map((k) => [k, 0])) as Record<PzkMeetingType, number>;
  for (const m of meetings) {
    byKind[m.kind] += 1;
    const type = pzkTypeFor(m.kind, m.pzkType);
    if (type) byType[type] += 1;
  }
  const pzk = meetings.filter((m) => m.kind === 'pzk');
  const [members, institutions, attendance, items, decisions] = await Promise.all([
    db.selectFrom('member').select(['id', 'fullName', 'institutionId', 'joinedOn', 'leftOn']).execute(),
    db.selectFrom('institution').select(['id', 'name', 'sector']).execute(),
    db.selectFrom('attendance').innerJoin('meeting', 'meeting.id', 'attendance.meetingId').select(['attendance.meetingId', 'attendance.memberId', 'attendance.status']).where('meeting.kind', '=', 'pzk').where('meeting.date', '>=', from).where('meeting.date', '<=', to).where('attendance.memberId', 'is not', null).execute(),
    db.selectFrom('actionItem').innerJoin('meeting', 'meeting.id', 'actionItem.originMeetingId').select(['actionItem.status', 'actionItem.dueOn', 'actionItem.closedOn', 'meeting.date']).where('meeting.date', '<=', to).execute(),
    db.selectFrom('decision').innerJoin('meeting', 'meeting.id', 'decision.meetingId').select((eb) => eb.fn.countAll<number>().as('n')).where('meeting.date', '>=', from).where('meeting.date', '<=', to).where('meeting.status', 'in', TOOK_PLACE).executeTakeFirstOrThrow(),
  ]);
  const present = new Set(attendance.filter((a) => countsAsPresent(a.status)).map((a) => `${a.meetingId}/${a.memberId}`));
  const institutionOf = new Map(institutions.map((i) => [i.id, i]));
  const perMember = members
    .map((m) => {
      const due = pzk.filter((meeting) => isMemberOn(m, meeting.date));
      return { id: m.id, fullName: m.fullName, institution: m.institutionId ? (institutionOf.get(m.institutionId)?.name ?? null) : null, institutionId: m.institutionId, expected: due.length, present: due.filter((meeting) => present.has(`${meeting.id}/${m.id}`)).length };
    })
    .filter((m) => m.expected > 0);
  const perInstitution = new Map<string | null, { expected: number; present: number }>();
  for (const m of perMember) {
    const sum = perInstitution.get(m.institutionId) ?? { expected: 0, present: 0 };
    perInstitution.set(m.institutionId, { expected: sum.expected + m.expected, present: sum.present + m.present });
  }
  // At the period's end (or today, when it has not ended): open, and overdue among them.
  const end = to < today ? to : today;
  const openAt = items.filter((i) => i.date <= end && (i.closedOn === null ? isOpen(i) : i.closedOn > end));
  const figures = {
    from,
    to,
    meetings: byKind,
    pzkTypes: byType,
    institutions: [...perInstitution.entries()]
      .map(([id, sum]) => ({ id, name: id ? (institutionOf.get(id)?.name ?? null) : null, sector: id ? (institutionOf.get(id)?.sector ?? null) : null, ...sum }))
      .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'pl')),
    members: perMember.map(({ institutionId: _i, ...m }) => m).sort((a, b) => a.fullName.localeCompare(b.fullName, 'pl')),
    actionItems: {
      opened: items.filter((i) => i.date >= from).length,
      closed: items.filter((i) => i.closedOn !== null && i.closedOn >= from && i.closedOn <= to).length,
      openAtEnd: openAt.length,
      overdueAtEnd: openAt.filter((i) => i.dueOn !== null && i.dueOn < end).length,
    },
    decisions: Number(decisions.n),
  };
  const [model, team, support] = await Promise.all([
    modelFigures(db, from, to, figures.institutions),
    db.selectFrom('team').select('modelType').executeTakeFirst(),
    db.selectFrom('supportEntry').select(['date', 'kind', 'hours', 'participants']).execute(),
  ]);
  const stats = { ...figures, model };
  return { ...stats, charts: statisticsCharts(stats, supportSums(support, from, to), team?.modelType ?? null) };
}

export const getStatistics = (ctx: ServiceContext, input: ParsedInput<'statistics.get'>) => teamStatistics(ctx.db, input.from, input.to, localDate(ctx.now()));
