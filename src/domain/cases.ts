// Case work at the task level (issue 17.2): a case on a pseudonym goes referral → diagnosis → consent → a
// team of institutions → an individual plan (IPW: goals → tasks → reviews) → closure with a fixed reason.
// The pure rules live here; the services enforce them, the screens and documents name them (./cases.pl.ts).
import { currentDeclaration, declarationState, type DeclarationFields } from './declarations';
import type { MemberRecord } from './entities';
import { GOAL_RESULTS, type ActionItemStatus, type GoalResult } from './enums';
import { isMemberOn } from './rules';

export { CASE_DIFFICULTIES, CLOSE_REASONS, GOAL_RESULTS, type CaseDifficulty, type CloseReason, type GoalResult } from './enums';

/** Where a case stands, in the order it gets there. */
export const CASE_STAGES = ['referred', 'diagnosed', 'consent', 'team', 'plan', 'review', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/**
 * The order of the list of cases: the open ones first, by code (the cases being worked on), then the closed ones,
 * the latest closed first.
 */
export function compareCases(a: { code: string; closedOn: string | null }, b: { code: string; closedOn: string | null }): number {
  if ((a.closedOn === null) !== (b.closedOn === null)) return a.closedOn === null ? -1 : 1;
  if (a.closedOn !== null && b.closedOn !== null && a.closedOn !== b.closedOn) return a.closedOn < b.closedOn ? 1 : -1;
  return a.code.localeCompare(b.code, 'pl', { numeric: true });
}

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

/** Counts across cases, never a case's detail: what the task teams' report to the PZK may say (issue 17.3). */
export interface CaseCounts {
  /** The cases open at the period's end by stage; `closed`: those closed within the period. */
  byStage: Record<CaseStage, number>;
  /** Cases open at the period's end. */
  open: number;
  /** Meetings of the task teams that took place in the period. */
  meetings: number;
  /** Goals reviewed in the period, by the last result each was given in it. */
  goalsReviewed: number;
  results: Record<GoalResult, number>;
  /** Tasks of the open cases past their deadline at the period's end. */
  tasksOverdue: number;
}

/** What the counts need of one case. */
export interface CaseFacts {
  openedOn: string | null;
  diagnosedOn: string | null;
  consentOn: string | null;
  closedOn: string | null;
  teamSize: number;
  goals: number;
  reviews: ReadonlyArray<{ reviewedOn: string; results: ReadonlyArray<{ goalId: string; result: GoalResult }> }>;
  tasks: ReadonlyArray<{ dueOn: string | null; status: ActionItemStatus }>;
}

/**
 * The counts over the period after `from` (the previous PZK meeting's day, already reported then) up to and
 * including `to`; each case as it stood on `to`.
 */
export function caseCounts(cases: readonly CaseFacts[], meetings: ReadonlyArray<{ date: string; held: boolean }>, from: string | null, to: string): CaseCounts {
  const within = (day: string) => (from === null || day > from) && day <= to;
  const byStage = Object.fromEntries(CASE_STAGES.map((s) => [s, 0])) as Record<CaseStage, number>;
  const results = Object.fromEntries(GOAL_RESULTS.map((r) => [r, 0])) as Record<GoalResult, number>;
  let open = 0;
  let tasksOverdue = 0;
  for (const c of cases) {
    if (c.openedOn !== null && c.openedOn > to) continue;
    const on = (day: string | null) => (day !== null && day <= to ? day : null);
    const closedOn = on(c.closedOn);
    if (closedOn !== null && !within(closedOn)) continue;
    const reviews = c.reviews.filter((r) => r.reviewedOn <= to);
    byStage[caseStage({ diagnosedOn: on(c.diagnosedOn), consentOn: on(c.consentOn), closedOn, teamSize: c.teamSize, goals: c.goals, reviews: reviews.length })] += 1;
    if (closedOn === null) {
      open += 1;
      tasksOverdue += c.tasks.filter((t) => isOverdueTask(t, to)).length;
    }
    for (const result of latestResults(reviews.filter((r) => within(r.reviewedOn))).values()) results[result] += 1;
  }
  const goalsReviewed = GOAL_RESULTS.reduce((sum, r) => sum + results[r], 0);
  return { byStage, open, meetings: meetings.filter((m) => m.held && within(m.date)).length, goalsReviewed, results, tasksOverdue };
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
