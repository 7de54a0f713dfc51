// The figures the API returns (issues 13.6, 17.4, 17.5): a team's statistics with the Model's measures and their
// charts, and the regional centre's protected case figures. Re-exported by ./types.ts.
import type { Cell, HIDDEN } from './disclosure';
import type { CloseReason, MeetingKind, ModelType, PzkMeetingType, Sector } from './enums';

/** A team's figures over a period (issue 13.6): meetings held, attendance, action items. */
export interface TeamStatistics {
  from: string;
  to: string;
  /** Meetings that took place (held or approved), by kind. */
  meetings: Record<MeetingKind, number>;
  /** The PZK's meetings among them, by the Model's type. */
  pzkTypes: Record<PzkMeetingType, number>;
  /** Attendance at the PZK meetings: of the members each institution had on each meeting's day, how many came. */
  institutions: Array<{ id: string | null; name: string | null; sector: Sector | null; expected: number; present: number }>;
  members: Array<{ id: string; fullName: string; institution: string | null; expected: number; present: number }>;
  actionItems: { opened: number; closed: number; openAtEnd: number; overdueAtEnd: number };
  decisions: number;
  /** The pilots' measures (issue 17.4). */
  model: ModelFigures;
  /** The same measures drawn (SVG text from the core): the screen and the period report show these. */
  charts: ChartFigure[];
}

export interface ModelFigures {
  /** Institutions with a member on the roster at the period's end, by sector. */
  partnersBySector: Array<{ sector: Sector | null; institutions: number }>;
  /** Whole months from the team's first PZK meeting to the period's end; null before the first one. */
  monthsActive: number | null;
  /** Attendance at the PZK meetings by sector (the institutions' sums). */
  sectors: Array<{ sector: Sector | null; expected: number; present: number }>;
  cases: {
    referred: number;
    activeAtEnd: number;
    closedByReason: Record<CloseReason, number>;
    closed: number;
    /** Completed IPWs among the cases closed in the period; null when none closed. */
    completedShare: number | null;
    /** Months a case closed in the period lasted, the median; null when none closed. */
    medianMonths: number | null;
  };
  /** Action items due in the period, by the owner's institution: how many were done by their deadline. */
  tasksOnTime: Array<{ institution: string | null; due: number; onTime: number }>;
}

/** A chart with its numbers (the table beside it, for screen readers and print). */
export interface ChartFigure {
  id: 'partners' | 'meetings' | 'attendanceSector' | 'attendanceInstitution' | 'cases' | 'closures' | 'tasksOnTime' | 'support';
  title: string;
  svg: string;
  columns: readonly [string, string];
  rows: Array<{ label: string; display: string }>;
}

/** The region's case figures for one model type and year, as the hub shows and exports them (issue 17.5). */
export interface HubModelFigures {
  /** null: the teams that have not said their model type. */
  model: ModelType | null;
  teams: number;
  referred: Cell;
  /** Held meetings of the task teams. */
  meetings: Cell;
  closed: Cell;
  closedByReason: Record<CloseReason, Cell>;
  completedShare: number | typeof HIDDEN | null;
  medianMonths: number | typeof HIDDEN | null;
  charts: ChartFigure[];
}

/** A model type's figures of a year as published once, complete (src/domain/disclosure.ts, yearComplete). */
export interface HubPublishedFigures extends HubModelFigures {
  /** The local day they were published; they never change after it. */
  publishedOn: string;
}

/** A model type whose figures of the year are not published yet, and why. */
export interface HubPendingFigures {
  model: ModelType | null;
  teams: number;
  /** Whether the year has ended (if it has, the teams of the type whose last bundle was made before its end). */
  yearEnded: boolean;
  waiting: number;
  /** The day after which the figures are published with what has been sent (src/domain/disclosure.ts, lastCallFor). */
  lastCall: string;
}

export interface HubCaseFigures {
  /** The years with any figure, latest first. */
  years: number[];
  year: number | null;
  models: HubPublishedFigures[];
  pending: HubPendingFigures[];
}
