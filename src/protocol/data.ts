// Everything a protocol or an attendance list shows, read from the database in one go.
import type { AttendanceStatus } from '../domain/enums';
import type { ActionItem, ActionItemReview, AgendaItem, AttendanceRow, Decision, Institution, Meeting, Member, MeetingSummary, ProtocolSettings, Team } from '../domain/types';

export type { ProtocolSettings };
import { toActionItem, carriedInto } from '../services/actionItems';
import { toAgendaItem } from '../services/agenda';
import { toAttendance } from '../services/attendance';
import type { Db } from '../services/context';
import { toDecision } from '../services/decisions';
import { getMeetingRow } from '../services/meetingGuard';
import { toMeeting, toSummary } from '../services/meetings';
import { isActiveOn } from '../services/roster';
import { requireTeamRow } from '../services/team';

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
  chair: string | null;
  minuteTaker: string | null;
  corrections: Correction[];
  settings: ProtocolSettings;
}

export async function loadProtocolData(db: Db, meetingId: string, settings: ProtocolSettings, corrections: Correction[] = []): Promise<ProtocolData> {
  const meetingRow = await getMeetingRow(db, meetingId);
  const [teamRow, institutions, memberRows, agenda, attendance, decisions, items, carried, next] = await Promise.all([
    requireTeamRow(db),
    db.selectFrom('institution').selectAll().execute(),
    db.selectFrom('member').selectAll().execute(),
    db.selectFrom('agendaItem').selectAll().where('meetingId', '=', meetingId).orderBy('position').execute(),
    db.selectFrom('attendance').selectAll().where('meetingId', '=', meetingId).orderBy('createdAt').execute(),
    db.selectFrom('decision').selectAll().where('meetingId', '=', meetingId).orderBy('position').execute(),
    db.selectFrom('actionItem').selectAll().where('originMeetingId', '=', meetingId).orderBy('seqInMeeting').execute(),
    carriedInto(db, meetingRow),
    db
      .selectFrom('meeting')
      .selectAll()
      .where('kind', '=', meetingRow.kind)
      .where('date', '>', meetingRow.date)
      .orderBy('date')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const date = meetingRow.date;
  const byInstitution = new Map(institutions.map((i) => [i.id, { id: i.id, name: i.name, sector: i.sector, level: i.level, address: i.address }]));
  const members = memberRows.map((m) => {
    const { createdAt: _c, updatedAt: _u, ...rest } = m;
    return { ...rest, active: isActiveOn(m, date) };
  });
  const byMember = new Map(members.map((m) => [m.id, m]));
  const attendanceRows = attendance.map(toAttendance);
  // Members then: joined by the meeting's date and not yet left; plus anyone recorded as attending.
  const people: Person[] = members
    .filter((m) => ((m.joinedOn === null || m.joinedOn <= date) && m.active) || attendanceRows.some((a) => a.memberId === m.id))
    .map((member) => {
      const row = attendanceRows.find((a) => a.memberId === member.id);
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
  const { singleton: _s, createdAt: _c, updatedAt: _u, ...team } = teamRow;
  return {
    team,
    meeting: toMeeting(meetingRow),
    agenda: agenda.map(toAgendaItem),
    people,
    guests: attendanceRows.filter((a) => a.memberId === null),
    decisions: decisions.map(toDecision),
    actionItems: items.map(toActionItem).map(owned),
    followUp: carried.map(({ item, reviews }) => ({ ...owned(item), review: reviews[0] ?? null })),
    nextMeeting: next && next.id !== meetingRow.id ? toSummary(next) : null,
    chair: nameOf(meetingRow.chairMemberId) ?? members.find((m) => m.role === 'animator' || m.role === 'moderator')?.fullName ?? null,
    minuteTaker: nameOf(meetingRow.minuteTakerMemberId),
    corrections,
    settings,
  };
}
