// A case on a pseudonym (issue 17.2), from referral to closure: what it is and where it stands. Its team, plan
// and reviews are in ./casePlan.ts. Cases are known only by a code: no names, no PESEL, no addresses (DESIGN §6).
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { caseMonths, caseStage, compareCases, isOverdueTask, latestResults, planBlock, type CaseBlock, type CaseDifficulty } from '../domain/cases';
import type { CaseRecord, GoalResultEntry } from '../domain/caseRecords';
import type { Case, CaseMeeting, CaseReview, CaseSummary, CaseView, IpwGoal } from '../domain/caseTypes';
import { ENTITY_FIELDS } from '../domain/entities';
import { containsPeselLikeNumber } from '../domain/pesel';
import { meetingNumber } from '../domain/rules';
import type { Rows } from '../db/rows';
import { localDate, notFound, type Db, type ServiceContext } from './context';
import { write } from './write';

export const toCase = (r: CaseRecord): Case => ({
  ...r,
  difficulties: JSON.parse(r.difficulties) as CaseDifficulty[],
  consentScope: JSON.parse(r.consentScope) as string[],
});

export function getCaseRow(rows: Rows, id: string): CaseRecord {
  const row = rows.byId('case', id);
  if (!row) throw notFound('case', id);
  return row;
}

const invalid = (message: string, fields: Record<string, string>) => new AppError('VALIDATION_FAILED', message, { fields });

const BLOCK_ERROR: Record<CaseBlock, [code: 'CASE_CLOSED' | 'CASE_CONSENT_WITHDRAWN' | 'CASE_NO_CONSENT', message: string]> = {
  closed: ['CASE_CLOSED', 'The case is closed: nothing new is written for it.'],
  consent_withdrawn: ['CASE_CONSENT_WITHDRAWN', 'The consent for this case was withdrawn: nothing new is written for it.'],
  no_consent: ['CASE_NO_CONSENT', 'The team and the plan of a case need its consent recorded first.'],
};

/** Refuses a new entry for a case that is closed, whose consent was withdrawn or (for the plan) not yet given. */
export function assertCaseOpen(c: CaseRecord, needsConsent = true, fields?: Record<string, string>): void {
  const block = planBlock(c);
  if (block === null || (!needsConsent && block === 'no_consent')) return;
  const [code, message] = BLOCK_ERROR[block];
  throw new AppError(code, message, { code: c.code, ...(fields ? { fields } : {}) });
}

/** A day of the case's history: not before its referral, not after today. */
export function assertCaseDay(ctx: ServiceContext, c: Pick<CaseRecord, 'openedOn'>, day: string, field: string): void {
  if (day > localDate(ctx.now())) throw invalid('The date is later than today.', { [field]: 'in_future' });
  if (c.openedOn && day < c.openedOn) throw invalid('The date is before the case was referred.', { [field]: 'before_referral' });
}

function assertCode(code: string) {
  if (containsPeselLikeNumber(code)) {
    throw new AppError('CASE_CODE_PERSONAL_DATA', 'A case code must not contain a PESEL or another 11-digit number.', { fields: { code: 'pesel' } });
  }
}

function assertInstitution(rows: Rows, id: string | null, field: string) {
  if (id !== null && !rows.byId('institution', id)) throw new AppError('NOT_FOUND', `No institution with id ${id}.`, { entity: 'institution', id, fields: { [field]: 'not_found' } });
}

async function assertCodeFree(db: Db, code: string, except: string | null) {
  const taken = await db.selectFrom('case').select('id').where('code', '=', code).executeTakeFirst();
  if (taken && taken.id !== except) throw new AppError('DUPLICATE', `Case code ${code} is already used.`, { fields: { code: 'duplicate' } });
}

export function createCase(ctx: ServiceContext, input: ParsedInput<'cases.create'>): Promise<Case> {
  return write(ctx, async (w) => {
    assertCode(input.code);
    await assertCodeFree(w.db, input.code, null);
    assertInstitution(w.rows, input.referredByInstitutionId, 'referredByInstitutionId');
    if (input.openedOn) assertCaseDay(ctx, { openedOn: null }, input.openedOn, 'openedOn');
    const row = await w.insert('case', {
      id: ctx.newId(),
      ...input,
      closedOn: null,
      outcome: null,
      closeReason: null,
      diagnosedOn: null,
      difficulties: '[]',
      otherDifficulty: null,
      consentOn: null,
      consentScope: '[]',
      consentWithdrawnOn: null,
      leadInstitutionId: null,
    });
    return toCase(row);
  });
}

/** The referral's facts; the day stays before every later step of the case. */
export function updateReferral(ctx: ServiceContext, input: ParsedInput<'cases.updateReferral'>): Promise<Case> {
  const { id, ...fields } = input;
  return write(ctx, async (w) => {
    const c = getCaseRow(w.rows, id);
    assertCode(fields.code);
    await assertCodeFree(w.db, fields.code, id);
    assertInstitution(w.rows, fields.referredByInstitutionId, 'referredByInstitutionId');
    assertCaseDay(ctx, { openedOn: null }, fields.openedOn, 'openedOn');
    const firstReview = await w.db.selectFrom('caseReview').select((eb) => eb.fn.min('reviewedOn').as('first')).where('caseId', '=', id).executeTakeFirst();
    const later = [c.diagnosedOn, c.consentOn, c.closedOn, firstReview?.first ?? null].filter((d): d is string => d !== null);
    if (later.some((d) => d < fields.openedOn)) throw invalid('The referral is after a later step of the case.', { openedOn: 'after_next_step' });
    return toCase(await w.update('case', id, fields));
  });
}

export function diagnoseCase(ctx: ServiceContext, input: ParsedInput<'cases.diagnose'>): Promise<Case> {
  return write(ctx, async (w) => {
    const c = getCaseRow(w.rows, input.id);
    assertCaseOpen(c, false);
    assertCaseDay(ctx, c, input.diagnosedOn, 'diagnosedOn');
    const difficulties = [...new Set(input.difficulties)];
    if (difficulties.includes('other') && !input.otherDifficulty) throw invalid('Say what the other difficulty is.', { otherDifficulty: 'required' });
    const otherDifficulty = difficulties.includes('other') ? input.otherDifficulty : null;
    return toCase(await w.update('case', input.id, { diagnosedOn: input.diagnosedOn, difficulties: JSON.stringify(difficulties), otherDifficulty }));
  });
}

/** That a signed consent exists and whom it covers; the scope may grow, never below the team already formed. */
export function recordConsent(ctx: ServiceContext, input: ParsedInput<'cases.recordConsent'>): Promise<Case> {
  return write(ctx, async (w) => {
    const c = getCaseRow(w.rows, input.id);
    assertCaseOpen(c, false);
    assertCaseDay(ctx, c, input.consentOn, 'consentOn');
    const scope = [...new Set(input.consentScope)];
    scope.forEach((i, n) => assertInstitution(w.rows, i, `consentScope.${n}`));
    const team = await w.db.selectFrom('caseTeamMember').select('institutionId').where('caseId', '=', input.id).execute();
    if (team.some((t) => !scope.includes(t.institutionId))) throw invalid('The consent must cover every institution of the case team.', { consentScope: 'team_outside_consent' });
    return toCase(await w.update('case', input.id, { consentOn: input.consentOn, consentScope: JSON.stringify(scope) }));
  });
}

/** A withdrawn consent stops new entries for the case; what was written stays, and the case can be closed. */
export function withdrawConsent(ctx: ServiceContext, input: ParsedInput<'cases.withdrawConsent'>): Promise<Case> {
  return write(ctx, async (w) => {
    const c = getCaseRow(w.rows, input.id);
    assertCaseOpen(c, false);
    if (!c.consentOn) throw invalid('No consent is recorded for this case.', { withdrawnOn: 'requires_consent' });
    assertCaseDay(ctx, c, input.withdrawnOn, 'withdrawnOn');
    if (input.withdrawnOn < c.consentOn) throw invalid('The withdrawal is before the consent.', { withdrawnOn: 'before_consent' });
    return toCase(await w.update('case', input.id, { consentWithdrawnOn: input.withdrawnOn }));
  });
}

export function closeCase(ctx: ServiceContext, input: ParsedInput<'cases.close'>): Promise<Case> {
  return write(ctx, async (w) => {
    const c = getCaseRow(w.rows, input.id);
    if (c.closedOn) throw new AppError('CASE_CLOSED', 'The case is already closed.', { code: c.code });
    if (c.openedOn && input.closedOn < c.openedOn) throw invalid('A case is closed after it was referred.', { closedOn: 'before_referral' });
    assertCaseDay(ctx, c, input.closedOn, 'closedOn');
    const last = await w.db.selectFrom('caseReview').select((eb) => eb.fn.max('reviewedOn').as('last')).where('caseId', '=', c.id).executeTakeFirst();
    if (last?.last && input.closedOn < last.last) throw invalid('The case is closed before its last review.', { closedOn: 'before_review' });
    const { id, ...fields } = input;
    return toCase(await w.update('case', id, fields));
  });
}

/** Everything of the cases at once, read in a few queries: the list, the counts and the figures use it. */
export async function loadCaseWork(db: Db) {
  const [cases, team, goals, tasks, reviews, meetings, items] = await Promise.all([
    db.selectFrom('case').select(ENTITY_FIELDS.case).orderBy('code').execute(),
    db.selectFrom('caseTeamMember').select(ENTITY_FIELDS.case_team_member).execute(),
    db.selectFrom('ipwGoal').select(ENTITY_FIELDS.ipw_goal).orderBy('position').execute(),
    db.selectFrom('ipwTask').select(ENTITY_FIELDS.ipw_task).orderBy('position').execute(),
    db.selectFrom('caseReview').select(ENTITY_FIELDS.case_review).orderBy('reviewedOn').orderBy('createdAt').execute(),
    db.selectFrom('meeting').select(['id', 'date', 'year', 'seqInYear', 'status', 'kind', 'caseId']).where('caseId', 'is not', null).where('kind', '=', 'zzk').orderBy('date').execute(),
    db.selectFrom('actionItem').select(['id', 'number', 'ipwTaskId']).where('ipwTaskId', 'is not', null).execute(),
  ]);
  const by = <T, K>(list: readonly T[], key: (t: T) => K) => {
    const m = new Map<K, T[]>();
    for (const t of list) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
    return m;
  };
  return {
    cases,
    team: by(team, (t) => t.caseId),
    goals: by(goals, (g) => g.caseId),
    tasks: by(tasks, (t) => t.goalId),
    reviews: by(reviews, (r) => r.caseId),
    meetings: by(meetings, (m) => m.caseId),
    items: by(items, (i) => i.ipwTaskId),
  };
}
export type CaseWork = Awaited<ReturnType<typeof loadCaseWork>>;

/** One case read out of the loaded case work, with its stage, durations, plan and reviews. */
export function caseViewOf(work: CaseWork, row: CaseRecord, today: string): CaseView {
  const reviews: CaseReview[] = (work.reviews.get(row.id) ?? []).map((r) => ({ ...r, results: JSON.parse(r.results) as GoalResultEntry[] }));
  const results = latestResults(reviews);
  const goals: IpwGoal[] = (work.goals.get(row.id) ?? []).map((g) => ({
    ...g,
    result: results.get(g.id) ?? null,
    tasks: (work.tasks.get(g.id) ?? []).map((t) => ({
      ...t,
      overdue: row.closedOn === null && isOverdueTask(t, today),
      actionItems: (work.items.get(t.id) ?? []).map((i) => ({ id: i.id, number: i.number })),
    })),
  }));
  const team = work.team.get(row.id) ?? [];
  const tasks = goals.flatMap((g) => g.tasks);
  const meetings: CaseMeeting[] = (work.meetings.get(row.id) ?? []).map((m) => ({ id: m.id, date: m.date, number: meetingNumber(m), status: m.status }));
  const nextReview = meetings.find((m) => m.date >= today && m.status !== 'held' && m.status !== 'approved')?.date ?? null;
  const summary: CaseSummary = {
    case: toCase(row),
    stage: caseStage({ ...row, teamSize: team.length, goals: goals.length, reviews: reviews.length }),
    months: row.openedOn ? caseMonths(row.openedOn, row.closedOn, today) : null,
    goals: goals.length,
    goalsAchieved: goals.filter((g) => g.result === 'achieved').length,
    tasksOpen: tasks.filter((t) => t.status === 'new' || t.status === 'in_progress').length,
    tasksOverdue: tasks.filter((t) => t.overdue).length,
    nextReview,
  };
  return { summary, block: planBlock(row), team, goals, reviews, meetings };
}

export async function listCases(ctx: ServiceContext): Promise<CaseSummary[]> {
  const work = await loadCaseWork(ctx.db);
  const today = localDate(ctx.now());
  return [...work.cases].sort(compareCases).map((c) => caseViewOf(work, c, today).summary);
}

export async function getCase(ctx: ServiceContext, input: ParsedInput<'cases.get'>): Promise<CaseView> {
  const row = getCaseRow(ctx.rows, input.id);
  return caseViewOf(await loadCaseWork(ctx.db), row, localDate(ctx.now()));
}
