// What a write returned, applied to the open meeting: the screen shows the saved rows without
// reloading the meeting (issue 9.7). Pure functions, tested on their own.
import type { ActionItem, AgendaItem, AgendaRemoval, Attachment, AttendanceRow, Decision, Meeting, MeetingDetail, ReviewResult } from '../../src/domain/types';

export type Patch =
  | { kind: 'meeting'; meeting: Meeting }
  | { kind: 'agenda'; items: AgendaItem[] }
  | { kind: 'agendaRemoved'; removal: AgendaRemoval }
  | { kind: 'attendance'; row: AttendanceRow }
  | { kind: 'attendanceRemoved'; id: string }
  | { kind: 'decision'; decision: Decision }
  | { kind: 'decisionRemoved'; id: string }
  | { kind: 'actionItems'; items: ActionItem[] }
  | { kind: 'actionItemRemoved'; id: string }
  | { kind: 'review'; result: ReviewResult }
  | { kind: 'attachment'; attachment: Attachment }
  | { kind: 'attachmentRemoved'; id: string };

/** Replaces the rows with the same id, adds the new ones, keeps the order given by `by`. */
function upsert<T extends { id: string }>(list: readonly T[], rows: readonly T[], by?: (a: T, b: T) => number): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = list.map((r) => byId.get(r.id) ?? r);
  for (const r of rows) if (!list.some((x) => x.id === r.id)) out.push(r);
  return by ? out.sort(by) : out;
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

function withItems(detail: MeetingDetail, items: readonly ActionItem[]): MeetingDetail {
  const own = items.filter((i) => i.originMeetingId === detail.meeting.id);
  const carried = new Map(items.map((i) => [i.id, i]));
  return {
    ...detail,
    actionItems: upsert(detail.actionItems, own, (a, b) => a.seqInMeeting - b.seqInMeeting),
    carriedOver: detail.carriedOver.map((c) => ({ ...c, item: carried.get(c.item.id) ?? c.item })),
  };
}

export function applyPatch(detail: MeetingDetail, patch: Patch): MeetingDetail {
  switch (patch.kind) {
    case 'meeting':
      return patch.meeting.id === detail.meeting.id ? { ...detail, meeting: patch.meeting } : detail;
    case 'agenda':
      return { ...detail, agenda: upsert(detail.agenda, patch.items.filter((i) => i.meetingId === detail.meeting.id), byPosition) };
    case 'agendaRemoved': {
      const { removal } = patch;
      const kept = detail.agenda.filter((i) => i.id !== removal.id);
      return withItems({ ...detail, agenda: upsert(kept, removal.agenda, byPosition), decisions: upsert(detail.decisions, removal.decisions) }, removal.actionItems);
    }
    case 'attachment':
      return patch.attachment.meetingId === detail.meeting.id ? { ...detail, attachments: upsert(detail.attachments, [patch.attachment], byPosition) } : detail;
    case 'attachmentRemoved':
      return { ...detail, attachments: detail.attachments.filter((a) => a.id !== patch.id) };
    case 'attendance':
      return patch.row.meetingId === detail.meeting.id ? { ...detail, attendance: upsert(detail.attendance, [patch.row]) } : detail;
    case 'attendanceRemoved':
      return { ...detail, attendance: detail.attendance.filter((r) => r.id !== patch.id) };
    case 'decision':
      return patch.decision.meetingId === detail.meeting.id ? { ...detail, decisions: upsert(detail.decisions, [patch.decision], byPosition) } : detail;
    case 'decisionRemoved':
      return { ...detail, decisions: detail.decisions.filter((d) => d.id !== patch.id) };
    case 'actionItems':
      return withItems(detail, patch.items);
    case 'actionItemRemoved':
      return { ...detail, actionItems: detail.actionItems.filter((i) => i.id !== patch.id) };
    case 'review': {
      const { review, item } = patch.result;
      const next = withItems(detail, [item]);
      if (review.meetingId !== detail.meeting.id) return next;
      return {
        ...next,
        carriedOver: next.carriedOver.map((c) => (c.item.id === review.actionItemId ? { ...c, reviews: upsert(c.reviews, [review]) } : c)),
      };
    }
  }
}
