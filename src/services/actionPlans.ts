// The action plan (plan działania, issue 16.6): plans for a period, their tasks (goal, owner institution,
// deadline, status, measure of done), adoption by a decision of a named meeting, and the meeting action
// items that carry out a task. Progress and the schedule are the domain's (src/domain/actionPlan.ts).
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { planProgress } from '../domain/actionPlan';
import { PLAN } from '../domain/documents.pl';
import { ENTITY_FIELDS, type ActionPlanRecord, type PlanTaskRecord } from '../domain/entities';
import { titleLocativeOf, longDate } from '../domain/documents.pl';
import { isLocked } from '../domain/rules';
import type { ActionItem, ActionPlanView, PlanView } from '../domain/types';
import { localDate, notFound, type Db, type ServiceContext } from './context';
import { ensureNumbered, getMeetingRow } from './meetingGuard';
import { requireTeamRow } from './team';
import { write, type Writer } from './write';

async function planRow(db: Db, id: string): Promise<ActionPlanRecord> {
  const row = await db.selectFrom('actionPlan').select(ENTITY_FIELDS.action_plan).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('action_plan', id);
  return row;
}

async function taskRow(db: Db, id: string): Promise<PlanTaskRecord> {
  const row = await db.selectFrom('planTask').select(ENTITY_FIELDS.plan_task).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('plan_task', id);
  return row;
}

export async function planView(db: Db, plan: ActionPlanRecord, today: string): Promise<PlanView> {
  const tasks = await db.selectFrom('planTask').select(ENTITY_FIELDS.plan_task).where('planId', '=', plan.id).orderBy('position').execute();
  const items: ActionItem[] = tasks.length
    ? await db.selectFrom('actionItem').select(ENTITY_FIELDS.action_item).where('planTaskId', 'in', tasks.map((t) => t.id)).orderBy('number').execute()
    : [];
  return { plan, tasks: tasks.map((t) => ({ ...t, actionItems: items.filter((i) => i.planTaskId === t.id) })), progress: planProgress(tasks, today) };
}

/** Every plan, the latest period first; the one whose period holds today is the current one. */
export async function listPlans(ctx: ServiceContext): Promise<ActionPlanView> {
  const today = localDate(ctx.now());
  const plans = await ctx.db.selectFrom('actionPlan').select(ENTITY_FIELDS.action_plan).orderBy('periodFrom', 'desc').execute();
  const views = await Promise.all(plans.map((p) => planView(ctx.db, p, today)));
  return { plans: views, current: plans.find((p) => p.periodFrom <= today && today <= p.periodTo)?.id ?? null };
}

/** The title a plan gets when none is given: "… na rok 2026" for a calendar year, else "na okres od … do …". */
async function defaultTitle(db: Db, from: string, to: string): Promise<string> {
  const where = titleLocativeOf(await requireTeamRow(db));
  const year = from.slice(0, 4);
  return from === `${year}-01-01` && to === `${year}-12-31` ? PLAN.titleYear(where, year) : PLAN.titlePeriod(where, longDate(from), longDate(to));
}

const invalid = (message: string, fields: Record<string, string>) => new AppError('VALIDATION_FAILED', message, { fields });

export async function createPlan(ctx: ServiceContext, input: ParsedInput<'plans.create'>): Promise<ActionPlanRecord> {
  if (input.periodTo < input.periodFrom) throw invalid('The period ends after it begins.', { periodTo: 'before_from' });
  const title = input.title ?? (await defaultTitle(ctx.db, input.periodFrom, input.periodTo));
  return write(ctx, (w) => w.insert('action_plan', { id: ctx.newId(), title, periodFrom: input.periodFrom, periodTo: input.periodTo, adoptedAtMeetingId: null, adoptedOn: null, decisionId: null }));
}

export function updatePlan(ctx: ServiceContext, input: ParsedInput<'plans.update'>): Promise<ActionPlanRecord> {
  const { id, ...patch } = input;
  return write(ctx, async (w) => {
    const current = await planRow(w.db, id);
    if ((patch.periodTo ?? current.periodTo) < (patch.periodFrom ?? current.periodFrom)) throw invalid('The period ends after it begins.', { periodTo: 'before_from' });
    return w.update('action_plan', id, patch);
  });
}

/** Only a plan not adopted yet, and with no task an action item carries out. */
export function removePlan(ctx: ServiceContext, input: ParsedInput<'plans.remove'>): Promise<{ id: string }> {
  return write(ctx, async (w) => {
    const plan = await planRow(w.db, input.id);
    if (plan.adoptedOn) throw new AppError('PLAN_ADOPTED', 'An adopted plan stays on record.', { id: plan.id });
    const linked = Number(w.rows.scalar('SELECT count(*) FROM action_item WHERE plan_task_id IN (SELECT id FROM plan_task WHERE plan_id = ?)', plan.id));
    if (linked > 0) throw new AppError('PLAN_TASK_LINKED', 'Action items carry out tasks of this plan; unlink them first.', { count: linked });
    for (const t of await w.db.selectFrom('planTask').select('id').where('planId', '=', plan.id).execute()) await w.remove('plan_task', t.id);
    await w.remove('action_plan', plan.id);
    return { id: plan.id };
  });
}

async function checkTask(w: Writer, t: Pick<PlanTaskRecord, 'ownerInstitutionId'>) {
  if (t.ownerInstitutionId && !w.rows.byId('institution', t.ownerInstitutionId)) {
    throw new AppError('NOT_FOUND', `No institution with id ${t.ownerInstitutionId}.`, { entity: 'institution', id: t.ownerInstitutionId, fields: { ownerInstitutionId: 'not_found' } });
  }
}

export function addTask(ctx: ServiceContext, input: ParsedInput<'plans.addTask'>): Promise<PlanTaskRecord> {
  const { planId, ...fields } = input;
  return write(ctx, async (w) => {
    await planRow(w.db, planId);
    await checkTask(w, fields);
    const last = Number(w.rows.scalar('SELECT coalesce(max(position), 0) FROM plan_task WHERE plan_id = ?', planId));
    return w.insert('plan_task', { id: ctx.newId(), planId, position: last + 1, ...fields, status: 'new', doneOn: null });
  });
}

export function updateTask(ctx: ServiceContext, input: ParsedInput<'plans.updateTask'>): Promise<PlanTaskRecord> {
  const { id, ...patch } = input;
  return write(ctx, async (w) => {
    await taskRow(w.db, id);
    await checkTask(w, patch);
    return w.update('plan_task', id, patch);
  });
}

/** Done on a day (today by default); any other status clears it. */
export function setTaskStatus(ctx: ServiceContext, input: ParsedInput<'plans.setTaskStatus'>): Promise<PlanTaskRecord> {
  return write(ctx, async (w) => {
    const task = await taskRow(w.db, input.id);
    const today = localDate(ctx.now());
    const doneOn = input.status === 'done' ? (input.doneOn ?? (task.status === 'done' ? task.doneOn : today)) : null;
    if (doneOn && doneOn > today) throw invalid('A task is done on a day that has come.', { doneOn: 'in_future' });
    return w.update('plan_task', task.id, { status: input.status, doneOn });
  });
}

export function removeTask(ctx: ServiceContext, input: ParsedInput<'plans.removeTask'>): Promise<{ id: string }> {
  return write(ctx, async (w) => {
    const task = await taskRow(w.db, input.id);
    const linked = Number(w.rows.scalar('SELECT count(*) FROM action_item WHERE plan_task_id = ?', task.id));
    if (linked > 0) throw new AppError('PLAN_TASK_LINKED', 'Action items carry out this task; unlink them first.', { count: linked });
    await w.remove('plan_task', task.id);
    return { id: task.id };
  });
}

/**
 * Ties a meeting's action item to the plan task it carries out (or unties it, with null). Not part of what
 * the protocol says, so it may change after the meeting is approved, like the item's status.
 */
export function linkActionItem(ctx: ServiceContext, input: ParsedInput<'plans.linkActionItem'>): Promise<ActionItem> {
  return write(ctx, async (w) => {
    if (input.planTaskId) await taskRow(w.db, input.planTaskId);
    return w.update('action_item', input.actionItemId, { planTaskId: input.planTaskId });
  });
}

/** Adopted by a decision of a named PZK meeting that has taken place and is not approved. */
export function adoptPlan(ctx: ServiceContext, input: ParsedInput<'plans.adopt'>): Promise<ActionPlanRecord> {
  return write(ctx, async (w) => {
    const plan = await planRow(w.db, input.id);
    if (plan.adoptedOn) throw new AppError('PLAN_ADOPTED', 'The plan is already adopted.', { id: plan.id });
    const tasks = Number(w.rows.scalar('SELECT count(*) FROM plan_task WHERE plan_id = ?', plan.id));
    if (tasks === 0) throw invalid('A plan with no task is not adopted.', { tasks: 'required' });
    const meeting = await getMeetingRow(w.rows, input.meetingId);
    if (meeting.kind !== 'pzk' || meeting.date > localDate(ctx.now())) {
      throw new AppError('WRONG_MEETING', 'A plan is adopted at a PZK meeting that has taken place.', { meetingId: meeting.id, fields: { meetingId: 'invalid' } });
    }
    if (isLocked(meeting)) throw new AppError('MEETING_LOCKED', 'The meeting is approved; its decisions do not change.', { meetingId: meeting.id });
    await ensureNumbered(w, meeting);
    const last = Number(w.rows.scalar('SELECT coalesce(max(position), 0) FROM decision WHERE meeting_id = ?', meeting.id));
    const decision = await w.insert('decision', { id: ctx.newId(), meetingId: meeting.id, agendaItemId: null, position: last + 1, text: PLAN.decision(plan.title) });
    return w.update('action_plan', plan.id, { adoptedAtMeetingId: meeting.id, adoptedOn: meeting.date, decisionId: decision.id });
  });
}
