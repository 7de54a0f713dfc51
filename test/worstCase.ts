// The worst document a user can make (issue 10.1): every field that reaches a PDF at the longest the
// contract accepts, written as one unbroken token of the widest letters, or (`words`) as ordinary
// words. Used by the unit test of every document and by the bench. The limits are read back from the
// contract by probing its schemas, so this file fails loudly when one of them changes.
import type { ApiClient } from '../src/api/client';
import { contract, type MethodName } from '../src/api/contract';

/** The printed text fields and the contract input that bounds each. */
const FIELDS = {
  teamName: ['team.setUp', 'name'],
  gminaName: ['team.setUp', 'gminaName'],
  leadInstitution: ['team.setUp', 'leadInstitution'],
  regionalCentre: ['team.setUp', 'regionalCentre'],
  institutionName: ['institutions.create', 'name'],
  fullName: ['members.create', 'fullName'],
  position: ['members.create', 'position'],
  place: ['meetings.update', 'place'],
  otherBusiness: ['meetings.update', 'otherBusiness'],
  agendaTitle: ['agenda.add', 'title'],
  presenter: ['agenda.add', 'presenter'],
  minutes: ['agenda.update', 'minutes'],
  guestName: ['attendance.addGuest', 'guestName'],
  guestInstitution: ['attendance.addGuest', 'guestInstitution'],
  substituteName: ['attendance.set', 'substituteName'],
  decision: ['decisions.add', 'text'],
  actionItem: ['actionItems.create', 'text'],
  verification: ['actionItems.create', 'verification'],
  reviewNote: ['actionItems.review', 'note'],
  correctionReason: ['protocol.correct', 'reason'],
  correctedBy: ['protocol.correct', 'correctedBy'],
  correctionText: ['protocol.correct', 'text'],
  footerText: ['protocol.updateSettings', 'footerText'],
} as const satisfies Record<string, readonly [MethodName, string]>;

type Field = keyof typeof FIELDS;

/** The longest string `method` accepts in `field`: found by probing the schema's shape (zod object). */
function limitOf(method: MethodName, field: string): number {
  const shape = (contract[method].input as unknown as { shape?: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape;
  const schema = shape?.[field];
  if (!schema) throw new Error(`${method} has no field ${field}`);
  let lo = 1;
  let hi = 1_000_000;
  if (schema.safeParse('x'.repeat(hi)).success) throw new Error(`${method}.${field} has no length limit`);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (schema.safeParse('x'.repeat(mid)).success) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const LIMITS = Object.fromEntries(Object.entries(FIELDS).map(([k, [m, f]]) => [k, limitOf(m, f)])) as Record<Field, number>;

export type Style = 'token' | 'words';

/** `n` characters: one token of wide capitals (W and Ł), or Polish words with spaces. */
export function filler(n: number, style: Style): string {
  const unit = style === 'token' ? 'WŁ' : 'zażółć gęślą jaźń ';
  const s = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  return style === 'words' ? `${s.slice(0, -1).trimEnd()}.`.padEnd(n, '.') : s;
}

/**
 * A team and one approved meeting with every printed field at its limit; returns the meeting id.
 * Counts are those of a big real meeting (items, people), each text as long as allowed; the minutes
 * of one item at their limit.
 */
export async function worstCaseMeeting(api: ApiClient, style: Style = 'token'): Promise<{ meetingId: string; earlierId: string }> {
  const t = (f: Field) => filler(LIMITS[f], style);
  await api.team.setUp({ name: t('teamName'), gminaName: t('gminaName'), teryt: '1434011', modelType: 'miejska', leadInstitution: t('leadInstitution'), regionalCentre: t('regionalCentre') });
  await api.protocol.updateSettings({ footerText: t('footerText') });
  const institutions = [];
  for (const [i, sector] of (['social_assistance', 'education', 'health'] as const).entries()) {
    institutions.push(await api.institutions.create({ name: `${i}${t('institutionName').slice(1)}`, sector }));
  }
  const members = [];
  for (let i = 0; i < 6; i++) {
    members.push(await api.members.create({ fullName: `${i}${t('fullName').slice(1)}`, institutionId: institutions[i % 3]!.id, position: t('position') }));
  }
  // An earlier meeting whose action items the worst one follows up.
  const earlier = await api.meetings.create({ date: '2026-01-10', agenda: ['Sprawy bieżące'] });
  const carried = [];
  for (let i = 0; i < 3; i++) carried.push(await api.actionItems.create({ meetingId: earlier.id, text: t('actionItem'), ownerMemberId: members[i]!.id, verification: t('verification') }));
  await api.meetings.setStatus({ id: earlier.id, status: 'held' });

  const meeting = await api.meetings.create({ date: '2026-02-10', startTime: '09:00', endTime: '17:00', chairMemberId: members[0]!.id, minuteTakerMemberId: members[1]!.id, agenda: [] });
  await api.meetings.update({ id: meeting.id, date: '2026-02-10', startTime: '09:00', endTime: '17:00', chairMemberId: members[0]!.id, minuteTakerMemberId: members[1]!.id, place: t('place'), otherBusiness: t('otherBusiness') });
  const items = [];
  for (let i = 0; i < 3; i++) {
    const item = await api.agenda.add({ meetingId: meeting.id, title: t('agendaTitle'), presenter: t('presenter') });
    // One item's minutes at the limit (a 60-page item), the others as long as a full one usually is.
    await api.agenda.update({ id: item.id, minutes: i === 0 ? t('minutes') : filler(2000, style) });
    items.push(item);
  }
  for (const [i, m] of members.entries()) {
    await api.attendance.set({ meetingId: meeting.id, memberId: m.id, status: i === 5 ? 'excused' : 'present', substituteName: i === 2 ? t('substituteName') : null });
  }
  await api.attendance.addGuest({ meetingId: meeting.id, guestName: t('guestName'), guestInstitution: t('guestInstitution') });
  for (const item of items) {
    await api.decisions.add({ meetingId: meeting.id, agendaItemId: item.id, text: t('decision') });
    await api.actionItems.create({ meetingId: meeting.id, agendaItemId: item.id, text: t('actionItem'), ownerMemberId: members[3]!.id, dueOn: '2026-03-01', verification: t('verification') });
  }
  for (const c of carried) await api.actionItems.review({ actionItemId: c.id, meetingId: meeting.id, status: 'in_progress', note: t('reviewNote') });
  return { meetingId: meeting.id, earlierId: earlier.id };
}

/** A correction at its limits (a second protocol version that prints it). */
export function worstCorrection(style: Style = 'token') {
  return { reason: filler(LIMITS.correctionReason, style), correctedBy: filler(LIMITS.correctedBy, style), text: filler(LIMITS.correctionText, style) };
}
