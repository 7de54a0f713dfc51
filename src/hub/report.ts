// Figures for the regional centre, per team and month, from the imported records.
// Counts of cases below 3 are suppressed: with so few, a family could be recognised.
import { z } from 'zod';
import { isOverdue } from '../domain/actionItems';
import { SUPPORT_KINDS, type SupportMonth } from '../domain/support';
import { countsAsPresent, isHeld } from '../domain/enums';
import type { HubMonthRow } from '../domain/types';
import type { Hub } from './hub';
import { teamRecords } from './records';

export type MonthRow = HubMonthRow;

export const suppressSmall = (n: number): number | '<3' => (n > 0 && n < 3 ? '<3' : n);

export async function monthlyReport(hub: Hub, teamId: string, today: string): Promise<MonthRow[]> {
  const { meeting: meetings, member: members, institution: institutions, attendance, action_item: items, case: cases } = await teamRecords(hub, teamId, [
    'meeting',
    'member',
    'institution',
    'attendance',
    'action_item',
    'case',
  ]);
  const months = new Map<string, MonthRow>();
  const row = (month: string) => {
    let r = months.get(month);
    if (!r) {
      r = { month, meetingsHeld: 0, attendanceRate: null, sectorsPresent: 0, actionItemsOpened: 0, actionItemsClosed: 0, actionItemsOverdue: 0, casesOpened: 0, supportSessions: 0, supportHours: 0, supportParticipants: 0 };
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
  const opened = new Map<string, number>();
  for (const c of cases.values()) if (c.openedOn) opened.set(monthOf(c.openedOn), (opened.get(monthOf(c.openedOn)) ?? 0) + 1);
  for (const [month, n] of opened) row(month).casesOpened = suppressSmall(n);
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

/** The support sums a team's last bundle gave; none when it gave none (or when what is stored is not them). */
export async function supportOf(hub: Hub, teamId: string): Promise<SupportMonth[]> {
  const row = await hub.db.selectFrom('hubTeam').select('support').where('id', '=', teamId).executeTakeFirst();
  if (!row?.support) return [];
  try {
    const parsed = supportMonths.safeParse(JSON.parse(row.support));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
