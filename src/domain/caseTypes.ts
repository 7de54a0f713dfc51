// What the API returns of case work (issue 17.2), derived from the records (./caseRecords.ts): the JSON lists
// read into arrays, the stage and the durations computed by ./cases.ts.
import type { CaseBlock, CaseCounts, CaseDifficulty, CaseStage, GoalResult } from './cases';
import type { CaseRecord, CaseReviewRecord, CaseTeamMemberRecord, GoalResultEntry, IpwGoalRecord, IpwTaskRecord } from './caseRecords';
import type { MeetingStatus } from './enums';

export type Case = Omit<CaseRecord, 'difficulties' | 'consentScope'> & { difficulties: CaseDifficulty[]; consentScope: string[] };

/** A row of the list of cases: what the social worker scans for, no texts. */
export interface CaseSummary {
  case: Case;
  stage: CaseStage;
  /** Whole months from referral to closure (or to today). */
  months: number | null;
  goals: number;
  goalsAchieved: number;
  tasksOpen: number;
  tasksOverdue: number;
  nextReview: string | null;
}

export type IpwTask = IpwTaskRecord & { overdue: boolean; actionItems: Array<{ id: string; number: string }> };
export type IpwGoal = IpwGoalRecord & { tasks: IpwTask[]; result: GoalResult | null };
export type CaseReview = Omit<CaseReviewRecord, 'results'> & { results: GoalResultEntry[] };
export type CaseTeamMember = CaseTeamMemberRecord;

/** The meetings of the case's task team, in date order. */
export interface CaseMeeting {
  id: string;
  date: string;
  number: string | null;
  status: MeetingStatus;
}

export interface CaseView {
  summary: CaseSummary;
  /** Why nothing new can be written now, or null. */
  block: CaseBlock | null;
  team: CaseTeamMember[];
  goals: IpwGoal[];
  reviews: CaseReview[];
  meetings: CaseMeeting[];
}

/** The task teams' report for a PZK meeting (issue 17.3): counts since the previous PZK meeting, and their words. */
export interface PzkCaseReport {
  /** The previous PZK meeting's day (not counted again), or null for the team's first. */
  from: string | null;
  /** The PZK meeting's day. */
  to: string;
  counts: CaseCounts;
  /** The paragraph for the minutes, in Polish whatever the UI language. */
  text: string;
}
