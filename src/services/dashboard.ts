// The animator's dashboard: what is next, what is late, what is due this week.
import { addDays, format, parseISO } from 'date-fns';
import { ENTITY_FIELDS } from '../domain/entities';
import { OPEN_ACTION_ITEM_STATUSES, type PzkMeetingType } from '../domain/enums';
import { modelPathOf } from '../domain/modelPath';
import { declarationOverview } from '../domain/declarations';
import { planProgress } from '../domain/actionPlan';
import { TOOK_PLACE } from './statistics';
import { isDueBetween, isOverdue } from '../domain/actionItems';
import type { Dashboard } from '../domain/types';
import { localDate, type ServiceContext } from './context';
import { toSummary } from './meetings';

export async function getDashboard(ctx: ServiceContext): Promise<Dashboard> {
  const today = localDate(ctx.now());
  const weekEnd = format(addDays(parseISO(today), 7), 'yyyy-MM-dd');
  const [next, unfinished, recent, open, lastHeld, institutions, members, declarations] = await Promise.all([
    ctx.db
      .selectFrom('meeting')
      .select(ENTITY_FIELDS.meeting)
      .where('status', '=', 'planned')
      .where('date', '>=', today)
      .orderBy('date')
      .orderBy('startTime')
      .limit(1)
      .executeTakeFirst(),
    ctx.db.selectFrom('meeting').select(ENTITY_FIELDS.meeting).where('status', 'in', ['in_progress', 'held']).orderBy('date', 'desc').execute(),
    ctx.db.selectFrom('meeting').select(ENTITY_FIELDS.meeting).where('date', '<=', today).orderBy('date', 'desc').orderBy('seqInYear', 'desc').limit(5).execute(),
    ctx.db.selectFrom('actionItem').select(ENTITY_FIELDS.action_item).where('status', 'in', [...OPEN_ACTION_ITEM_STATUSES]).orderBy('dueOn').execute(),
    ctx.db
      .selectFrom('meeting')
      .select((eb) => ['pzkType', eb.fn.max('date').as('date')])
      .where('kind', '=', 'pzk')
      .where('status', 'in', TOOK_PLACE)
      .groupBy('pzkType')
      .execute(),
    ctx.db.selectFrom('institution').select(ENTITY_FIELDS.institution).execute(),
    ctx.db.selectFrom('member').select(ENTITY_FIELDS.member).execute(),
    ctx.db.selectFrom('declaration').select(ENTITY_FIELDS.declaration).execute(),
  ]);
  const plan = await ctx.db.selectFrom('actionPlan').select(ENTITY_FIELDS.action_plan).where('periodFrom', '<=', today).where('periodTo', '>=', today).orderBy('periodFrom', 'desc').executeTakeFirst();
  const planTasks = plan ? await ctx.db.selectFrom('planTask').select(['status', 'dueOn', 'doneOn']).where('planId', '=', plan.id).execute() : [];
  const rules = await ctx.db.selectFrom('rulesVersion').select(['version', 'adoptedOn']).where('adoptedOn', 'is not', null).orderBy('version', 'desc').executeTakeFirst();
  const signed = declarationOverview(institutions, members, declarations, today);
  const path = modelPathOf(Object.fromEntries(lastHeld.flatMap((r) => (r.pzkType ? [[r.pzkType, r.date]] : []))) as Partial<Record<PzkMeetingType, string>>);
  // Only a team still on the path looks for its next step among the planned meetings.
  const nextPlanned = path.next
    ? await ctx.db.selectFrom('meeting').select(['id', 'date']).where('pzkType', '=', path.next).where('status', '=', 'planned').where('date', '>=', today).orderBy('date').limit(1).executeTakeFirst()
    : undefined;
  const items = open;
  return {
    today,
    nextMeeting: next ? toSummary(next) : null,
    unfinishedMeetings: unfinished.map(toSummary),
    recentMeetings: recent.map(toSummary),
    overdue: items.filter((i) => isOverdue(i, today)),
    dueThisWeek: items.filter((i) => isDueBetween(i, today, weekEnd)),
    openCount: items.length,
    modelPath: { ...path, nextPlanned: nextPlanned ? { id: nextPlanned.id, date: nextPlanned.date } : null },
    declarations: { accession: signed.accession, confidentiality: signed.confidentiality },
    rules: rules?.adoptedOn ? { version: rules.version, adoptedOn: rules.adoptedOn } : null,
    plan: plan ? { id: plan.id, title: plan.title, progress: planProgress(planTasks, today) } : null,
  };
}
