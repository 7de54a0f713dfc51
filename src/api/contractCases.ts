// The contract's methods of case work (issue 17.2): a case on a pseudonym from referral to closure. Spread into
// ./contract.ts, so there is still one registry and one validation point.
import { z } from 'zod';
import { CASE_DIFFICULTIES, CLOSE_REASONS, GOAL_RESULTS } from '../domain/cases';
import type { Case, CaseReview, CaseSummary, CaseTeamMember, CaseView, IpwGoal, IpwTask, PzkCaseReport } from '../domain/caseTypes';
import { ACTION_ITEM_STATUSES, CASE_KINDS } from '../domain/enums';
import { choice, date, id, optionalDate, optionalText, requiredText } from './fields';
import { caseCode } from './inputs';
import { method } from './method';

const nullableId = id.nullish().transform((v) => v ?? null);
const institutions = z.array(id).max(100);

export const caseMethods = {
  'cases.list': method<CaseSummary[]>()(z.object({}).strict().optional()),
  'cases.get': method<CaseView>()(z.object({ id })),
  /** A case referred to the team: its pseudonym code, by which institution, on which day. */
  'cases.create': method<Case>()(
    z.object({ code: caseCode, kind: choice(CASE_KINDS).default('family'), openedOn: optionalDate, referredByInstitutionId: nullableId }),
  ),
  'cases.updateReferral': method<Case>()(z.object({ id, code: caseCode, kind: choice(CASE_KINDS), openedOn: date, referredByInstitutionId: nullableId })),
  'cases.diagnose': method<Case>()(
    z.object({ id, diagnosedOn: date, difficulties: z.array(choice(CASE_DIFFICULTIES)).min(1, { error: 'required' }).max(CASE_DIFFICULTIES.length), otherDifficulty: optionalText(300) }),
  ),
  /** That a signed consent exists (the paper stays at the OPS), and the institutions it covers. */
  'cases.recordConsent': method<Case>()(z.object({ id, consentOn: date, consentScope: institutions.min(1, { error: 'required' }) })),
  'cases.withdrawConsent': method<Case>()(z.object({ id, withdrawnOn: date })),
  /** The case's team: its institutions with their contact members, and the one that leads. */
  'cases.setTeam': method<CaseTeamMember[]>()(
    z.object({ id, members: z.array(z.object({ institutionId: id, memberId: nullableId })).min(1, { error: 'required' }).max(50), leadInstitutionId: id }),
  ),
  'cases.saveGoal': method<IpwGoal>()(z.object({ id: id.optional(), caseId: id, text: requiredText(1000) })),
  'cases.removeGoal': method<{ id: string }>()(z.object({ id })),
  'cases.saveTask': method<IpwTask>()(
    z.object({ id: id.optional(), goalId: id, text: requiredText(1000), institutionId: id, dueOn: optionalDate, status: choice(ACTION_ITEM_STATUSES).default('new'), doneOn: optionalDate }),
  ),
  'cases.removeTask': method<{ id: string }>()(z.object({ id })),
  /** A review of the plan: on a day, at a meeting of the case's team or outside one, with each goal's result. */
  'cases.review': method<CaseReview>()(
    z.object({
      caseId: id,
      meetingId: nullableId,
      reviewedOn: date,
      note: requiredText(5000),
      results: z.array(z.object({ goalId: id, result: choice(GOAL_RESULTS) })).max(100),
    }),
  ),
  'cases.close': method<Case>()(z.object({ id, closedOn: date, closeReason: choice(CLOSE_REASONS), outcome: optionalText(1000) })),
  /** The task teams' report for a PZK meeting's minutes: counts across cases since the previous PZK meeting, no case named. */
  'cases.pzkReport': method<PzkCaseReport>()(z.object({ meetingId: id })),
} as const;
