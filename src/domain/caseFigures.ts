// What the regional centre gets of case work (issue 17.5): counts by month, never a case. The hub needs them
// exact to pool teams; it suppresses small ones in everything it shows (src/hub).
import { caseMonths } from './cases';
import { CLOSE_REASONS, countsAsPresent, isHeld, type AttendanceStatus, type CloseReason, type MeetingStatus } from './enums';

/** One month of a team's cases: referred, closed by reason, and how long the closed ones lasted (a histogram). */
export interface CaseMonth {
  month: string;
  referred: number;
  closed: Partial<Record<CloseReason, number>>;
  /** [whole months a case lasted, how many closed cases lasted that long] — enough for pooled medians. */
  durations: Array<[months: number, count: number]>;
}

export function caseAggregates(cases: ReadonlyArray<{ openedOn: string | null; closedOn: string | null; closeReason: CloseReason | null }>): CaseMonth[] {
  const months = new Map<string, { referred: number; closed: Map<CloseReason, number>; durations: Map<number, number> }>();
  const at = (date: string) => {
    const key = date.slice(0, 7);
    let m = months.get(key);
    if (!m) months.set(key, (m = { referred: 0, closed: new Map(), durations: new Map() }));
    return m;
  };
  for (const c of cases) {
    if (c.openedOn) at(c.openedOn).referred += 1;
    if (c.closedOn && c.closeReason) {
      const m = at(c.closedOn);
      m.closed.set(c.closeReason, (m.closed.get(c.closeReason) ?? 0) + 1);
      if (c.openedOn) {
        const length = caseMonths(c.openedOn, c.closedOn, c.closedOn);
        m.durations.set(length, (m.durations.get(length) ?? 0) + 1);
      }
    }
  }
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({
      month,
      referred: m.referred,
      closed: Object.fromEntries(CLOSE_REASONS.filter((r) => m.closed.has(r)).map((r) => [r, m.closed.get(r)!])),
      durations: [...m.durations.entries()].sort(([a], [b]) => a - b),
    }));
}

/** A held meeting of a task team, as it travels: its day and how many institutions were there (no case, no names). */
export interface TaskTeamMeeting {
  date: string;
  institutions: number;
}

export function taskTeamMeetings(
  meetings: ReadonlyArray<{ id: string; date: string; status: MeetingStatus }>,
  attendance: ReadonlyArray<{ meetingId: string; status: AttendanceStatus; institutionId: string | null }>,
): TaskTeamMeeting[] {
  const present = new Map<string, Set<string>>();
  for (const a of attendance) if (countsAsPresent(a.status) && a.institutionId) present.set(a.meetingId, (present.get(a.meetingId) ?? new Set()).add(a.institutionId));
  return meetings
    .filter((m) => isHeld(m.status))
    .map((m) => ({ date: m.date, institutions: present.get(m.id)?.size ?? 0 }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.institutions - b.institutions);
}
