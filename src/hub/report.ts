// Figures for the regional centre, per team and month, from the imported records.
// Counts of cases below 3 are suppressed: with so few, a family could be recognised.
import type { HubMonthRow } from '../domain/types';
import type { Hub } from './hub';

export type MonthRow = HubMonthRow;

const PRESENT = new Set(['present', 'remote', 'late', 'left_early']);

export const suppressSmall = (n: number): number | '<3' => (n > 0 && n < 3 ? '<3' : n);

export async function monthlyReport(hub: Hub, teamId: string, today: string): Promise<MonthRow[]> {
  const records = await hub.db.selectFrom('hubRecord').select(['entity', 'entityId', 'row']).where('teamId', '=', teamId).where('deleted', '=', 0).execute();
  const by = (entity: string) => new Map(records.filter((r) => r.entity === entity).map((r) => [r.entityId, JSON.parse(r.row ?? '{}') as Record<string, string | null>]));
  const meetings = by('meeting');
  const members = by('member');
  const institutions = by('institution');
  const attendance = [...by('attendance').values()];
  const items = [...by('action_item').values()];
  const cases = [...by('case').values()];
  const months = new Map<string, MonthRow>();
  const row = (month: string) => {
    let r = months.get(month);
    if (!r) {
      r = { month, meetingsHeld: 0, attendanceRate: null, sectorsPresent: 0, actionItemsOpened: 0, actionItemsClosed: 0, actionItemsOverdue: 0, casesOpened: 0 };
      months.set(month, r);
    }
    return r;
  };
  const tally = new Map<string, { present: number; all: number; sectors: Set<string> }>();
  for (const m of meetings.values()) {
    if (m.status !== 'held' && m.status !== 'approved') continue;
    row(m.date!.slice(0, 7)).meetingsHeld += 1;
  }
  for (const a of attendance) {
    const meeting = meetings.get(a.meetingId!);
    if (!meeting || !a.memberId || (meeting.status !== 'held' && meeting.status !== 'approved')) continue;
    const month = meeting.date!.slice(0, 7);
    const t = tally.get(month) ?? { present: 0, all: 0, sectors: new Set<string>() };
    t.all += 1;
    if (PRESENT.has(a.status!)) {
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
  for (const i of items) {
    const origin = meetings.get(i.originMeetingId!);
    if (origin) row(origin.date!.slice(0, 7)).actionItemsOpened += 1;
    if (i.closedOn) row(i.closedOn.slice(0, 7)).actionItemsClosed += 1;
    if ((i.status === 'new' || i.status === 'in_progress') && i.dueOn && i.dueOn < today) row(i.dueOn.slice(0, 7)).actionItemsOverdue += 1;
  }
  const opened = new Map<string, number>();
  for (const c of cases) if (c.openedOn) opened.set(c.openedOn.slice(0, 7), (opened.get(c.openedOn.slice(0, 7)) ?? 0) + 1);
  for (const [month, n] of opened) row(month).casesOpened = suppressSmall(n);
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
