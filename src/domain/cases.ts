// Case work at the task level (issue 17.2): a case on a pseudonym goes referral → diagnosis → consent → a
// team of institutions → an individual plan (IPW: goals → tasks → reviews) → closure with a fixed reason.
// The pure rules live here; the services enforce them, the screens and documents name them (./cases.pl.ts).
import { currentDeclaration, declarationState, type DeclarationFields } from './declarations';
import type { MemberRecord } from './entities';
import type { ActionItemStatus, GoalResult } from './enums';
import { isMemberOn } from './rules';

export { CASE_DIFFICULTIES, CLOSE_REASONS, GOAL_RESULTS, type CaseDifficulty, type CloseReason, type GoalResult } from './enums';

/** Where a case stands, in the order it gets there. */
export const CASE_STAGES = ['referred', 'diagnosed', 'consent', 'team', 'plan', 'review', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** What decides a case's stage: its own dates and how much of its team and plan exists. */
export interface StageFacts {
  diagnosedOn: string | null;
  consentOn: string | null;
  closedOn: string | null;
  teamSize: number;
  goals: number;
  reviews: number;
}

/** The furthest stage the case has reached; each needs the one before it (a plan needs a team, and so on). */
export function caseStage(f: StageFacts): CaseStage {
  if (f.closedOn) return 'closed';
  if (!f.diagnosedOn) return 'referred';
  if (!f.consentOn) return 'diagnosed';
  if (f.teamSize === 0) return 'consent';
  if (f.goals === 0) return 'team';
  return f.reviews === 0 ? 'plan' : 'review';
}

/** A case is open to new entries (team, goals, tasks, reviews) while it is not closed and its consent stands. */
export type CaseBlock = 'closed' | 'consent_withdrawn' | 'no_consent';

/** Why nothing more can be written into the plan of a case now, or null. Team and plan need a consent. */
export function planBlock(c: { closedOn: string | null; consentOn: string | null; consentWithdrawnOn: string | null }): CaseBlock | null {
  if (c.closedOn) return 'closed';
  if (c.consentWithdrawnOn) return 'consent_withdrawn';
  if (!c.consentOn) return 'no_consent';
  return null;
}

/** Whole months a case lasted (referral to closure, or to `today` while open); the pilots counted in months. */
export function caseMonths(openedOn: string, closedOn: string | null, today: string): number {
  const [y1, m1, d1] = openedOn.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = (closedOn ?? today).split('-').map(Number) as [number, number, number];
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

/** The median of a list of numbers (null for none); the middle two are averaged. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A goal's result is the one of its latest review; unreviewed goals have none. */
export function latestResults(reviews: ReadonlyArray<{ reviewedOn: string; results: ReadonlyArray<{ goalId: string; result: GoalResult }> }>): Map<string, GoalResult> {
  const out = new Map<string, GoalResult>();
  for (const r of [...reviews].sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn))) for (const g of r.results) out.set(g.goalId, g.result);
  return out;
}

/** An IPW task counts as overdue when its deadline has passed and it is neither done nor cancelled. */
export const isOverdueTask = (t: { dueOn: string | null; status: ActionItemStatus }, today: string) =>
  t.dueOn !== null && t.dueOn < today && t.status !== 'done' && t.status !== 'cancelled';

/** Counts across cases, never a case's detail: what a ZZK report to the PZK and the bundle may say. */
export interface CaseCounts {
  byStage: Record<CaseStage, number>;
  goalsReviewed: number;
  tasksOverdue: number;
}

export function caseCounts(
  cases: ReadonlyArray<{ stage: CaseStage; goalsReviewed: number; tasksOverdue: number }>,
): CaseCounts {
  const byStage = Object.fromEntries(CASE_STAGES.map((s) => [s, 0])) as Record<CaseStage, number>;
  let goalsReviewed = 0;
  let tasksOverdue = 0;
  for (const c of cases) {
    byStage[c.stage] += 1;
    goalsReviewed += c.goalsReviewed;
    tasksOverdue += c.tasksOverdue;
  }
  return { byStage, goalsReviewed, tasksOverdue };
}

/**
 * An institution still works in the team on `day`: it has a member on the roster that day, and its accession,
 * if it signed one, is not withdrawn. A task or a team place for one that left is refused.
 */
export function institutionActiveOn(
  institutionId: string,
  members: ReadonlyArray<Pick<MemberRecord, 'institutionId' | 'joinedOn' | 'leftOn' | 'anonymisedOn'>>,
  declarations: readonly DeclarationFields[],
  day: string,
): boolean {
  const own = declarations.filter((d) => d.kind === 'accession' && d.institutionId === institutionId);
  const current = currentDeclaration(own, day);
  if (current && declarationState(current, day) === 'withdrawn') return false;
  return members.some((m) => m.institutionId === institutionId && m.anonymisedOn === null && isMemberOn(m, day));
}
