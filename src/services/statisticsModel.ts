// The pilots' measures over a period (issue 17.4): partner institutions by sector, months of work, attendance
// by sector, cases referred / active / closed by reason with the completed share and the median months, and
// action items done on time by institution. Counts only: no case, no name leaves this function.
import { caseMonths, median } from '../domain/cases';
import { CLOSE_REASONS, SECTORS, type CloseReason, type Sector } from '../domain/enums';
import { isMemberOn } from '../domain/rules';
import type { ModelFigures, TeamStatistics } from '../domain/types';
import type { Db } from './context';

/** The sectors in the vocabulary's order, those without one last. */
const sectorOrder = (s: Sector | null) => (s === null ? SECTORS.length : SECTORS.indexOf(s));

export async function modelFigures(db: Db, from: string, to: string, institutions: TeamStatistics['institutions']): Promise<ModelFigures> {
  const [members, sectorsOf, firstMeeting, cases, due] = await Promise.all([
    db.selectFrom('member').select(['institutionId', 'joinedOn', 'leftOn', 'anonymisedOn']).execute(),
    db.selectFrom('institution').select(['id', 'name', 'sector']).execute(),
    db.selectFrom('meeting').select((eb) => eb.fn.min<string>('date').as('date')).where('kind', '=', 'pzk').where('status', 'in', ['held', 'approved']).executeTakeFirst(),
    db.selectFrom('case').select(['openedOn', 'closedOn', 'closeReason']).execute(),
    db
      .selectFrom('actionItem')
      .leftJoin('member', 'member.id', 'actionItem.ownerMemberId')
      .select(['member.institutionId', 'actionItem.dueOn', 'actionItem.closedOn', 'actionItem.status'])
      .where('actionItem.dueOn', '>=', from)
      .where('actionItem.dueOn', '<=', to)
      .execute(),
  ]);
  const institution = new Map(sectorsOf.map((i) => [i.id, i]));

  // Partners: an institution with a member on the roster on the period's last day.
  const partners = new Set(members.filter((m) => m.institutionId && m.anonymisedOn === null && isMemberOn(m, to)).map((m) => m.institutionId!));
  const bySector = new Map<Sector | null, number>();
  for (const id of partners) {
    const sector = institution.get(id)?.sector ?? null;
    bySector.set(sector, (bySector.get(sector) ?? 0) + 1);
  }

  const sectors = new Map<Sector | null, { expected: number; present: number }>();
  for (const i of institutions) {
    const sum = sectors.get(i.sector) ?? { expected: 0, present: 0 };
    sectors.set(i.sector, { expected: sum.expected + i.expected, present: sum.present + i.present });
  }

  const closedByReason = Object.fromEntries(CLOSE_REASONS.map((r) => [r, 0])) as Record<CloseReason, number>;
  const closedIn = cases.filter((c) => c.closedOn !== null && c.closedOn >= from && c.closedOn <= to);
  for (const c of closedIn) if (c.closeReason) closedByReason[c.closeReason] += 1;
  const lengths = closedIn.filter((c) => c.openedOn).map((c) => caseMonths(c.openedOn!, c.closedOn, c.closedOn!));

  const tasks = new Map<string | null, { due: number; onTime: number }>();
  for (const item of due) {
    const sum = tasks.get(item.institutionId) ?? { due: 0, onTime: 0 };
    const onTime = item.status === 'done' && item.closedOn !== null && item.closedOn <= item.dueOn!;
    tasks.set(item.institutionId, { due: sum.due + 1, onTime: sum.onTime + (onTime ? 1 : 0) });
  }

  const first = firstMeeting?.date ?? null;
  return {
    partnersBySector: [...bySector.entries()].map(([sector, n]) => ({ sector, institutions: n })).sort((a, b) => b.institutions - a.institutions || sectorOrder(a.sector) - sectorOrder(b.sector)),
    monthsActive: first && first <= to ? caseMonths(first, to, to) : null,
    sectors: [...sectors.entries()].map(([sector, sum]) => ({ sector, ...sum })).sort((a, b) => sectorOrder(a.sector) - sectorOrder(b.sector)),
    cases: {
      referred: cases.filter((c) => c.openedOn !== null && c.openedOn >= from && c.openedOn <= to).length,
      activeAtEnd: cases.filter((c) => c.openedOn !== null && c.openedOn <= to && (c.closedOn === null || c.closedOn > to)).length,
      closedByReason,
      closed: closedIn.length,
      completedShare: closedIn.length ? closedByReason.completed / closedIn.length : null,
      medianMonths: median(lengths),
    },
    tasksOnTime: [...tasks.entries()]
      .map(([id, sum]) => ({ institution: id ? (institution.get(id)?.name ?? null) : null, ...sum }))
      .sort((a, b) => (a.institution ?? '\uffff').localeCompare(b.institution ?? '\uffff', 'pl')),
  };
}
