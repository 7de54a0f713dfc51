// Everything a protocol or an attendance list shows, read from the database in one go.
import { ENTITY_FIELDS } from '../domain/entities';
import type { AttendanceStatus } from '../domain/enums';
import { isActiveOn, isMemberOn } from '../domain/rules';
import type { ActionItem, ActionItemReview, AgendaItem, Attachment, AttendanceRow, Decision, Institution, Meeting, Member, MeetingSummary, ProtocolSettings, Team } from '../domain/types';
import { carriedInto } from '../services/actionItems';
import { listAttachments } from '../services/attachments';
import type { Db } from '../services/context';
import { getMeetingRow } from '../services/meetingGuard';
import { toMeeting, toSummary } from '../services/meetings';
import { requireTeamRow } from '../services/team';

export type { ProtocolSettings };

export const DEFAULT_PROTOCOL_SETTINGS: ProtocolSettings = {
  footerText: '',
  headerImage: null,
  sections: { followUp: true, otherBusiness: true, nextMeeting: true, signatures: true },
};

export interface Person {
  member: Member;
  institution: Institution | null;
  status: AttendanceStatus | null;
  substituteName: string | null;
}

export interface OwnedItem {
  item: ActionItem;
  owner: string | null;
  institution: string | null;
}

export interface Correction {
  version: number;
  reason: string;
  correctedBy: string;
  text: string;
  createdAt: string;
}

export interface ProtocolData {
  team: Team;
  meeting: Meeting;
  agenda: AgendaItem[];
  people: Person[];
  guests: AttendanceRow[];
  decisions: Decision[];
  actionItems: OwnedItem[];
  followUp: Array<OwnedItem & { review: ActionItemReview | null }>;
  nextMeeting: MeetingSummary | null;
  attachments: Attachment[];
  chair: string | null;
  minuteTaker: string | null;
  corrections: Correction[];
  settings: ProtocolSettings;
  /** Where and when this protocol was adopted (approved meetings only; meeting null: outside a meeting). */
  adoption: { meeting: MeetingSummary | null; on: string } | null;
  /** The earlier protocols adopted at this meeting (its item "Przyjęcie protokołu…" names them). */
  adopts: MeetingSummary[];
}

export async function loadProtocolData(db: Db, meetingId: string, settings: ProtocolSettings, corrections: Correction[] = []): Promise<ProtocolData> {
  const meetingRow = await getMeetingRow(db, meetingId);
  const [team, institutions, memberRows, agenda, attendance, decisions, items, carried, next, adopts, adoptedAt, attachments] = await Promise.all([
    requireTeamRow(db),
    db.selectFrom('institution').select(ENTITY_FIELDS.institution).execute(),
    db.selectFrom('member').select(ENTITY_FIELDS.member).execute(),
    db.selectFrom('agendaItem').select(ENTITY_FIELDS.agenda_item).where('meetingId', '=', meetingId).orderBy('position').execute(),
    db.selectFrom('attendance').select(ENTITY_FIELDS.attendance).where('meetingId', '=', meetingId).orderBy('createdAt').execute(),
    db.selectFrom('decision').select(ENTITY_FIELDS.decision).where('meetingId', '=', meetingId).orderBy('position').execute(),
    db.selectFrom('actionItem').select(ENTITY_FIELDS.action_item).where('originMeetingId', '=', meetingId).orderBy('seqInMeeting').execute(),
    carriedInto(db, meetingRow),
    db
      .selectFrom('meeting')
      .select(ENTITY_FIELDS.meeting)
      .where('kind', '=', meetingRow.kind)
      .where('date', '>', meetingRow.date)
      .orderBy('date')
      .limit(1)
      .executeTakeFirst(),
    db.selectFrom('meeting').select(ENTITY_FIELDS.meeting).where('adoptedAtMeetingId', '=', meetingId).orderBy('date').execute(),
    meetingRow.adoptedAtMeetingId
      ? db.selectFrom('meeting').select(ENTITY_FIELDS.meeting).where('id', '=', meetingRow.adoptedAtMeetingId).executeTakeFirst()
      : Promise.resolve(undefined),
    listAttachments(db, meetingId),
  ]);
  const date = meetingRow.date;
  const byInstitution = new Map(institutions.map((i) => [i.id, i]));
  const members = memberRows.map((m) => ({ ...m, active: isActiveOn(m, date) }));
  const byMember = new Map(members.map((m) => [m.id, m]));
  // The members then (DESIGN §3: membership on a date), plus anyone recorded as attending.
  const people: Person[] = members
    .filter((m) => isMemberOn(m, date) || attendance.some((a) => a.memberId === m.id))
    .map((member) => {
      const row = attendance.find((a) => a.memberId === member.id);
      return {
        member,
        institution: member.institutionId ? (byInstitution.get(member.institutionId) ?? null) : null,
        status: row?.status ?? null,
        substituteName: row?.substituteName ?? null,
      };
    })
    .sort((a, b) => a.member.fullName.localeCompare(b.member.fullName, 'pl'));
  const owned = (item: ActionItem): OwnedItem => {
    const owner = item.ownerMemberId ? byMember.get(item.ownerMemberId) : undefined;
    return {
      item,
      owner: owner?.fullName ?? null,
      institution: owner?.institutionId ? (byInstitution.get(owner.institutionId)?.name ?? null) : null,
    };
  };
  const nameOf = (id: string | null) => (id ? (byMember.get(id)?.fullName ?? null) : null);
  return {
    team,
    meeting: toMeeting(meetingRow),
    agenda,
    people,
    guests: attendance.filter((a) => a.memberId === null),
    decisions,
    actionItems: items.map(owned),
    followUp: carried.map(({ item, reviews }) => ({ ...owned(item), review: reviews[0] ?? null })),
    nextMeeting: next && next.id !== meetingRow.id ? toSummary(next) : null,
    attachments,
    chair: nameOf(meetingRow.chairMemberId) ?? members.find((m) => m.role === 'animator' || m.role === 'moderator')?.fullName ?? null,
    minuteTaker: nameOf(meetingRow.minuteTakerMemberId),
    corrections,
    settings,
    adoption: meetingRow.status === 'approved' && meetingRow.adoptedOn ? { meeting: adoptedAt ? toSummary(adoptedAt) : null, on: meetingRow.adoptedOn } : null,
    adopts: adopts.map(toSummary),
  };
}
