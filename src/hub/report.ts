// Figures for the regional centre, per team and month, from the imported records. Case work is not among them:
// it is shown per model type and year only, protected (./caseFigures.ts) — a team's months beside the year's
// pooled figure would give a hidden count back by subtraction.
import { z } from 'zod';
import { isOverdue } from '../domain/actionItems';
import type { CaseMonth } from '../domain/caseFigures';
import { CLOSE_REASONS } from '../domain/enums';
import { SUPPORT_KINDS, type SupportMonth } from '../domain/support';
import { countsAsPresent, isHeld } from '../domain/enums';
import type { HubMonthRow } from '../domain/types';
import type { Hub } from './hub';
import { teamRecords } from './records';

export type MonthRow = HubMonthRow;

export async function monthlyReport(hub: Hub, teamId: string, today: string): Promise<MonthRow[]> {
  const { meeting: meetings, member: members, institution: institutions, attendance, action_item: items } = await teamRecords(hub, teamId, ['meeting', 'member', 'institution', 'attendance', 'action_item']);
  const months = new Map<string, MonthRow>();
  const row = (month: string) => {
    let r = months.get(month);
    if (!r) {
      r = { month, meetingsHeld: 0, attendanceRate: null, sectorsPresent: 0, actionItemsOpened: 0, actionItemsClosed: 0, actionItemsOverdue: 0, supportSessions: 0, supportHours: 0, supportParticipants: 0 };
      months.set(month, r);
    }
    return r;
  };
  const monthOf = (date: string) => date.slice(0, 7);
  const tally = new Map<string, { present: number; all: number; sectors: Set<string> }>();
  for (const m of meetings.values()) if (isHeld(m.status)) row(monthOf(m.date)).meetingsHeld += 1;
  for (const a of attendance.values()) {
    const meeting = meetings.get(a.meetingId);
    if (!meeting || !a.memberId || !isHeld(meeting.status)) continue;
    const month = monthOf(meeting.date);
    const t = tally.get(month) ?? { present: 0, all: 0, sectors: new Set<string>() };
    t.all += 1;
    if (countsAsPresent(a.status)) {
      t.present += 1;
      const sector = institutions.get(members.get(a.memberId)?.institutionId ?? '')?.sector;
      if (sector) t.sectors.add(sector);
    }
    tally.set(month, t);
  }
  for (const [month, t] of tally) {
    const r = row(month);
    r.attendanceRate = t.all ? Math.round((t.present / t.all) * 1000) / 10 : null;
    r.sectorsPresent = t.sectors.size;
  }
  for (const i of items.values()) {
    const origin = meetings.get(i.originMeetingId);
    if (origin) row(monthOf(origin.date)).actionItemsOpened += 1;
    if (i.closedOn) row(monthOf(i.closedOn)).actionItemsClosed += 1;
    if (isOverdue(i, today) && i.dueOn) row(monthOf(i.dueOn)).actionItemsOverdue += 1;
  }
  // Sums, as the team sent them: counts of sessions and of the workers who took part, nothing about a person helped.
  for (const s of await supportOf(hub, teamId)) {
    const r = row(s.month);
    r.supportSessions += s.sessions;
    r.supportHours = Math.round((r.supportHours + s.hours) * 100) / 100;
    r.supportParticipants += s.participants;
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

const supportMonths = z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), kind: z.enum(SUPPORT_KINDS), sessions: z.int(), hours: z.number(), participants: z.int() }));

const caseMonths = z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), referred: z.int(), closed: z.partialRecord(z.enum(CLOSE_REASONS), z.int()), durations: z.array(z.tuple([z.int(), z.int()])) }));

/** Sums a team's last bundle gave (0004, 0005); none when it gave none, or when what is stored is not them. */
async function storedSums<T>(hub: Hub, teamId: string, column: 'support' | 'cases', schema: z.ZodType<T[]>): Promise<T[]> {
  const row = await hub.db.selectFrom('hubTeam').select(column).where('id', '=', teamId).executeTakeFirst();
  const text = row?.[column];
  if (!text) return [];
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The case counts by month of a team's last bundle. */
export const casesOf = (hub: Hub, teamId: string): Promise<CaseMonth[]> => storedSums(hub, teamId, 'cases', caseMonths);
/** The support sums by month and kind of a team's last bundle. */
export const supportOf = (hub: Hub, teamId: string): Promise<SupportMonth[]> => storedSums(hub, teamId, 'support', supportMonths);
