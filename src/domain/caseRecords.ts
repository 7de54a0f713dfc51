// The records of case work (issue 17.2), part of ./entities.ts's EntityRecords. A case is a pseudonym; none
// of these holds a name, a PESEL or an address, and none of them leaves the laptop (./syncFields.ts).
import type { ActionItemStatus, CaseKind, CloseReason, GoalResult } from './enums';

export interface CaseRecord {
  id: string;
  /** A pseudonym: never a name, a PESEL or an address. */
  code: string;
  kind: CaseKind;
  /** The day the case was referred to the team (zgłoszenie). */
  openedOn: string | null;
  /** Which institution referred it. */
  referredByInstitutionId: string | null;
  closedOn: string | null;
  /** Remarks at closure, free text: stays on the laptop. */
  outcome: string | null;
  closeReason: CloseReason | null;
  diagnosedOn: string | null;
  /** JSON: the areas of difficulty found (art. 7 grounds, ./cases.ts's codes). */
  difficulties: string;
  /** What "inne" means, when it is among the difficulties. */
  otherDifficulty: string | null;
  /** The day the consent was signed: the paper stays at the OPS, the app records that it exists. */
  consentOn: string | null;
  /** JSON: the institutions the consent covers (their ids). */
  consentScope: string;
  consentWithdrawnOn: string | null;
  /** The institution that leads the case's team. */
  leadInstitutionId: string | null;
}

/** An institution in a case's team, with its contact member from the roster. */
export interface CaseTeamMemberRecord {
  id: string;
  caseId: string;
  institutionId: string;
  memberId: string | null;
}

/** A goal of the case's individual plan (IPW / plan współpracy). */
export interface IpwGoalRecord {
  id: string;
  caseId: string;
  position: number;
  text: string;
}

/** A task of a goal: who does it, by when, where it stands. */
export interface IpwTaskRecord {
  id: string;
  goalId: string;
  position: number;
  text: string;
  institutionId: string;
  dueOn: string | null;
  status: ActionItemStatus;
  doneOn: string | null;
}

/** A review of the plan, usually at a meeting of the case's task team; the goals' results as they were found. */
export interface CaseReviewRecord {
  id: string;
  caseId: string;
  /** The task team's meeting it was made at; null: outside a meeting. */
  meetingId: string | null;
  reviewedOn: string;
  note: string;
  /** JSON: `[{ goalId, result }]`, the goals reviewed (GOAL_RESULTS). */
  results: string;
}

/** A goal's result as recorded in a review. */
export interface GoalResultEntry {
  goalId: string;
  result: GoalResult;
}
