import { describe, expect, it } from 'vitest';
import type { ActionItem, MeetingDetail } from '../../src/domain/types';
import { applyPatch } from './patch';

const meeting = { id: 'm2', kind: 'pzk', pzkType: 'working', year: 2026, seqInYear: 2, number: '2/2026', date: '2026-02-12', endsOn: null, startTime: null, endTime: null, place: null, onlineUrl: null, chairMemberId: null, minuteTakerMemberId: null, caseId: null, otherBusiness: null, status: 'in_progress', adoptedAtMeetingId: null, adoptedOn: null, aspiration: null, teamValues: null, workingRules: null, communicationStandards: null } as const;
const item = (id: string, position: number) => ({ id, meetingId: 'm2', position, title: `Punkt ${position}`, presenter: null, minutes: '', caseId: null });
const task = (id: string, originMeetingId: string, seqInMeeting: number, agendaItemId: string | null = null): ActionItem => ({
  id, originMeetingId, seqInMeeting, number: `x/${seqInMeeting}`, agendaItemId, text: 'Zadanie', ownerMemberId: null, dueOn: null, status: 'new', verification: null, caseId: null, closedOn: null, planTaskId: null,
  offerId: null,
  ipwTaskId: null,
});
const detail: MeetingDetail = {
  meeting,
  agenda: [item('a1', 1), item('a2', 2)],
  attendance: [],
  decisions: [{ id: 'd1', meetingId: 'm2', agendaItemId: 'a2', position: 1, text: 'Ustalenie' }],
  actionItems: [task('t1', 'm2', 1, 'a2')],
  carriedOver: [{ item: task('old', 'm1', 1), reviews: [] }],
  attachments: [],
};

describe('patching the open meeting with what a write returned', () => {
  it('adds and replaces rows by id, in their order, and ignores rows of other meetings', () => {
    const row = { id: 'r1', meetingId: 'm2', memberId: 'p1', guestName: null, guestInstitution: null, status: 'present' as const, substituteName: null };
    const once = applyPatch(detail, { kind: 'attendance', row });
    expect(applyPatch(once, { kind: 'attendance', row: { ...row, status: 'late' } }).attendance).toEqual([{ ...row, status: 'late' }]);
    expect(applyPatch(detail, { kind: 'attendance', row: { ...row, meetingId: 'elsewhere' } })).toBe(detail);
    expect(applyPatch(detail, { kind: 'agenda', items: [item('a1', 3), item('a3', 2)] }).agenda.map((i) => i.id)).toEqual(['a2', 'a3', 'a1']);
  });

  it('removes an agenda item and shows its decisions and action items detached, as the core left them', () => {
    const next = applyPatch(detail, {
      kind: 'agendaRemoved',
      removal: { id: 'a2', agenda: [], decisions: [{ ...detail.decisions[0]!, agendaItemId: null }], actionItems: [{ ...detail.actionItems[0]!, agendaItemId: null }] },
    });
    expect(next.agenda.map((i) => i.id)).toEqual(['a1']);
    expect(next.decisions[0]!.agendaItemId).toBeNull();
    expect(next.actionItems[0]!.agendaItemId).toBeNull();
  });

  it('shows a review at this meeting and the item it closed', () => {
    const review = { id: 'v1', actionItemId: 'old', meetingId: 'm2', note: 'Zrobione', statusAfter: 'done' as const, reviewedAt: 'now' };
    const next = applyPatch(detail, { kind: 'review', result: { review, item: { ...task('old', 'm1', 1), status: 'done', closedOn: '2026-02-12' } } });
    expect(next.carriedOver[0]).toMatchObject({ item: { status: 'done' }, reviews: [review] });
    expect(next.actionItems).toEqual(detail.actionItems);
  });

  it('adds, renames and removes an attachment of the open meeting only', () => {
    const file = (id: string, position: number, title = 'Prezentacja') => ({ id, meetingId: 'm2', position, kind: 'document' as const, title, fileName: 'p.pdf', mediaType: 'application/pdf' as const, size: 10, sha256: 'a'.repeat(64) });
    const two = applyPatch(applyPatch(detail, { kind: 'attachment', attachment: file('f2', 2) }), { kind: 'attachment', attachment: file('f1', 1) });
    expect(two.attachments.map((a) => a.id)).toEqual(['f1', 'f2']);
    expect(applyPatch(two, { kind: 'attachment', attachment: file('f1', 1, 'Inny tytuł') }).attachments[0]!.title).toBe('Inny tytuł');
    expect(applyPatch(two, { kind: 'attachmentRemoved', id: 'f1' }).attachments.map((a) => a.id)).toEqual(['f2']);
    expect(applyPatch(detail, { kind: 'attachment', attachment: { ...file('f3', 1), meetingId: 'elsewhere' } })).toBe(detail);
  });
});
