// A case's team and its individual plan (IPW: goals → tasks → reviews, issue 17.2). Every entry needs the case
// open and its consent standing (./cases.ts assertCaseOpen); the institutions must still work in the team.
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { institutionActiveOn } from '../domain/cases';
import type { CaseRecord } from '../domain/caseRecords';
import type { CaseReview, CaseTeamMember, IpwGoal, IpwTask } from '../domain/caseTypes';
import { ENTITY_FIELDS } from '../domain/entities';
import { isMemberOn } from '../domain/rules';
import { assertCaseDay, assertCaseOpen, getCaseRow } from './cases';
import { localDate, notFound, type Db, type ServiceContext } from './context';
import { write } from './write';

const invalid = (message: string, fields: Record<string, string>) => new AppError('VALIDATION_FAILED', message, { fields });

async function institutionLeft(db: Db, institutionId: string, day: string): Promise<boolean> {
  const [members, declarations] = await Promise.all([
    db.selectFrom('member').select(['institutionId', 'joinedOn', 'leftOn', 'anonymisedOn']).where('institutionId', '=', institutionId).execute(),
    db.selectFrom('declaration').select(['kind', 'institutionId', 'memberId', 'signedOn', 'renewedOn', 'withdrawnOn']).where('institutionId', '=', institutionId).execute(),
  ]);
  return !institutionActiveOn(institutionId, members, declarations, day);
}

const teamOf = (db: Db, caseId: string) => db.selectFrom('caseTeamMember').select(ENTITY_FIELDS.case_team_member).where('caseId', '=', caseId).execute();

/** The team of institutions, each with its contact member; all covered by the consent, all still in the PZK. */
export function setTeam(ctx: ServiceContext, input: ParsedInput<'cases.setTeam'>): Promise<CaseTeamMember[]> {
  return write(ctx, async (w) => {
    const c = getCaseRow(w.rows, input.id);
    assertCaseOpen(c);
    const today = localDate(ctx.now());
    const scope = JSON.parse(c.consentScope) as string[];
    const seen = new Set<string>();
    for (const [n, m] of input.members.entries()) {
      const field = `members.${n}.institutionId`;
      const institution = w.rows.byId('institution', m.institutionId);
      if (!institution) throw new AppError('NOT_FOUND', `No institution with id ${m.institutionId}.`, { entity: 'institution', id: m.institutionId, fields: { [field]: 'not_found' } });
      if (seen.has(m.institutionId)) throw invalid(`${institution.name} is in the team twice.`, { [field]: 'duplicate' });
      seen.add(m.institutionId);
      if (!scope.includes(m.institutionId)) throw invalid(`The consent does not cover ${institution.name}.`, { [field]: 'not_in_consent' });
      if (await institutionLeft(w.db, m.institutionId, today)) throw invalid(`${institution.name} no longer works in the team.`, { [field]: 'institution_left' });
      if (m.memberId) {
        const member = w.rows.byId('member', m.memberId);
        if (!member) throw new AppError('NOT_FOUND', `No member with id ${m.memberId}.`, { entity: 'member', id: m.memberId, fields: { [`members.${n}.memberId`]: 'not_found' } });
        if (member.institutionId !== m.institutionId) throw invalid(`${member.fullName} does not represent ${institution.name}.`, { [`members.${n}.memberId`]: 'other_institution' });
        if (!isMemberOn(member, today) || member.anonymisedOn) throw invalid(`${member.fullName} is no longer a member.`, { [`members.${n}.memberId`]: 'inactive' });
      }
    }
    if (!seen.has(input.leadInstitutionId)) throw invalid('The lead institution is one of the team.', { leadInstitutionId: 'not_in_team' });
    const current = await teamOf(w.db, c.id);
    const leaving = current.filter((t) => !seen.has(t.institutionId)).map((t) => t.institutionId);
    if (leaving.length > 0) {
      const busy = await w.db.selectFrom('ipwTask').innerJoin('ipwGoal', 'ipwGoal.id', 'ipwTask.goalId').select('ipwTask.institutionId').where('ipwGoal.caseId', '=', c.id).where('ipwTask.institutionId', 'in', leaving).executeTakeFirst();
      if (busy) throw invalid('An institution with tasks in the plan stays in the team; give its tasks to another first.', { members: 'has_tasks' });
    }
    for (const t of current) if (!seen.has(t.institutionId)) await w.remove('case_team_member', t.id);
    for (const m of input.members) {
      const known = current.find((t) => t.institutionId === m.institutionId);
      if (known) {
        if (known.memberId !== m.memberId) await w.update('case_team_member', known.id, { memberId: m.memberId });
      } else await w.insert('case_team_member', { id: ctx.newId(), caseId: c.id, institutionId: m.institutionId, memberId: m.memberId });
    }
    await w.update('case', c.id, { leadInstitutionId: input.leadInstitutionId });
    return teamOf(w.db, c.id);
  });
}

function goalRow(ctx: ServiceContext, id: string) {
  const goal = ctx.rows.byId('ipw_goal', id);
  if (!goal) throw notFound('ipw_goal', id);
  return goal;
}

export function saveGoal(ctx: ServiceContext, input: ParsedInput<'cases.saveGoal'>): Promise<IpwGoal> {
  return write(ctx, async (w) => {
    const c = getCaseRow(w.rows, input.caseId);
    assertCaseOpen(c, true, { text: 'case_blocked' });
    if ((await teamOf(w.db, c.id)).length === 0) throw invalid('The plan is made by the case team: form it first.', { text: 'no_team' });
    if (input.id) {
      const goal = goalRow(ctx, input.id);
      if (goal.caseId !== c.id) throw notFound('ipw_goal', input.id);
      return { ...(await w.update('ipw_goal', input.id, { text: input.text })), tasks: [], result: null };
    }
    const last = Number(w.rows.scalar('SELECT coalesce(max(position), 0) FROM ipw_goal WHERE case_id = ?', c.id));
    return { ...(await w.insert('ipw_goal', { id: ctx.newId(), caseId: c.id, position: last + 1, text: input.text })), tasks: [], result: null };
  });
}

/** A goal added by mistake goes with its tasks; one a review has judged stays on record. */
export function removeGoal(ctx: ServiceContext, input: ParsedInput<'cases.removeGoal'>): Promise<{ id: string }> {
  return write(ctx, async (w) => {
    const goal = goalRow(ctx, input.id);
    assertCaseOpen(getCaseRow(w.rows, goal.caseId));
    const reviews = await w.db.selectFrom('caseReview').select('results').where('caseId', '=', goal.caseId).execute();
    if (reviews.some((r) => (JSON.parse(r.results) as Array<{ goalId: string }>).some((g) => g.goalId === goal.id))) {
      throw invalid('A goal a review has judged stays in the plan.', { goal: 'reviewed' });
    }
    const tasks = await w.db.selectFrom('ipwTask').select('id').where('goalId', '=', goal.id).execute();
    for (const t of tasks) await w.remove('ipw_task', t.id);
    await w.remove('ipw_goal', goal.id);
    return { id: goal.id };
  });
}

/** A task of a goal, for an institution of the case team that still works in the PZK. */
export function saveTask(ctx: ServiceContext, input: ParsedInput<'cases.saveTask'>): Promise<IpwTask> {
  return write(ctx, async (w) => {
    const goal = goalRow(ctx, input.goalId);
    const c = getCaseRow(w.rows, goal.caseId);
    assertCaseOpen(c, true, { text: 'case_blocked' });
    const team = await teamOf(w.db, c.id);
    if (!team.some((t) => t.institutionId === input.institutionId)) throw invalid('The task goes to an institution of the case team.', { institutionId: 'not_in_team' });
    const today = localDate(ctx.now());
    if (await institutionLeft(w.db, input.institutionId, today)) throw invalid('The institution no longer works in the team.', { institutionId: 'institution_left' });
    if (input.dueOn && c.openedOn && input.dueOn < c.openedOn) throw invalid('The deadline is before the case was referred.', { dueOn: 'before_referral' });
    const { id, goalId, doneOn: askedDoneOn, ...fields } = input;
    const existing = id ? w.rows.byId('ipw_task', id) : undefined;
    if (id && (!existing || existing.goalId !== goalId)) throw notFound('ipw_task', id);
    // The day it was done: as said (it is often recorded later), else as it was, else today.
    if (askedDoneOn) assertCaseDay(ctx, c, askedDoneOn, 'doneOn');
    const doneOn = fields.status === 'done' ? (askedDoneOn ?? (existing?.status === 'done' ? existing.doneOn : null) ?? today) : null;
    const row = existing
      ? await w.update('ipw_task', existing.id, { ...fields, doneOn })
      : await w.insert('ipw_task', { id: ctx.newId(), goalId, position: Number(w.rows.scalar('SELECT coalesce(max(position), 0) FROM ipw_task WHERE goal_id = ?', goalId)) + 1, ...fields, doneOn });
    return { ...row, overdue: false, actionItems: [] };
  });
}

export function removeTask(ctx: ServiceContext, input: ParsedInput<'cases.removeTask'>): Promise<{ id: string }> {
  return write(ctx, async (w) => {
    const task = w.rows.byId('ipw_task', input.id);
    if (!task) throw notFound('ipw_task', input.id);
    assertCaseOpen(getCaseRow(w.rows, goalRow(ctx, task.goalId).caseId));
    await w.remove('ipw_task', task.id);
    return { id: task.id };
  });
}

/** A review of the plan: the goals' results as found on the day, at a meeting of the case's own task team. */
export function reviewCase(ctx: ServiceContext, input: ParsedInput<'cases.review'>): Promise<CaseReview> {
  return write(ctx, async (w) => {
    const c: CaseRecord = getCaseRow(w.rows, input.caseId);
    if (c.closedOn) {
      throw new AppError('CASE_CLOSED', 'The case is closed: a review after closure is not recorded.', { code: c.code, fields: { reviewedOn: input.reviewedOn > c.closedOn ? 'after_closure' : 'case_blocked' } });
    }
    assertCaseOpen(c);
    assertCaseDay(ctx, c, input.reviewedOn, 'reviewedOn');
    if (input.meetingId) {
      const meeting = w.rows.byId('meeting', input.meetingId);
      if (!meeting) throw notFound('meeting', input.meetingId);
      if (meeting.kind !== 'zzk' || meeting.caseId !== c.id) throw invalid('The review is made at a meeting of this case’s task team.', { meetingId: 'other_case' });
    }
    const goals = await w.db.selectFrom('ipwGoal').select('id').where('caseId', '=', c.id).execute();
    if (goals.length === 0) throw invalid('There is no plan to review yet.', { results: 'no_goals' });
    const seen = new Set<string>();
    for (const [n, r] of input.results.entries()) {
      if (!goals.some((g) => g.id === r.goalId) || seen.has(r.goalId)) throw invalid('A result for a goal not in this plan.', { [`results.${n}.goalId`]: 'not_found' });
      seen.add(r.goalId);
    }
    const row = await w.insert('case_review', { id: ctx.newId(), caseId: c.id, meetingId: input.meetingId, reviewedOn: input.reviewedOn, note: input.note, results: JSON.stringify(input.results) });
    return { ...row, results: input.results };
  });
}
