// What the API returns. Plain data, camelCase, dates as ISO strings (YYYY-MM-DD) and times as HH:MM.
import type {
  ActionItemStatus,
  AttendanceStatus,
  CaseKind,
  InstitutionLevel,
  MeetingKind,
  MeetingStatus,
  MemberRole,
  ModelType,
  Sector,
} from './enums';

export interface Team {
  id: string;
  name: string;
  gminaName: string;
  teryt: string;
  modelType: ModelType;
  powiat: string | null;
  wojewodztwo: string | null;
  leadInstitution: string | null;
  regionalCentre: string | null;
}

export interface Institution {
  id: string;
  name: string;
  sector: Sector;
  level: InstitutionLevel;
  address: string | null;
}

export interface Member {
  id: string;
  fullName: string;
  institutionId: string | null;
  position: string | null;
  role: MemberRole;
  email: string | null;
  phone: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  declarationSignedOn: string | null;
  confidentialitySignedOn: string | null;
  active: boolean;
}

export interface MeetingSummary {
  id: string;
  kind: MeetingKind;
  year: number;
  seqInYear: number;
  /** "5/2026" */
  number: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  onlineUrl: string | null;
  status: MeetingStatus;
}

export interface Meeting extends MeetingSummary {
  chairMemberId: string | null;
  minuteTakerMemberId: string | null;
  caseId: string | null;
  otherBusiness: string | null;
}

export interface AgendaItem {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  presenter: string | null;
  minutes: string;
  caseId: string | null;
}

export interface AttendanceRow {
  id: string;
  meetingId: string;
  memberId: string | null;
  guestName: string | null;
  guestInstitution: string | null;
  status: AttendanceStatus;
  substituteName: string | null;
}

export interface Decision {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  position: number;
  text: string;
}

export interface ActionItem {
  id: string;
  /** "5/2026/3": meeting number and the item's ordinal within that meeting. */
  number: string;
  originMeetingId: string;
  agendaItemId: string | null;
  text: string;
  ownerMemberId: string | null;
  dueOn: string | null;
  status: ActionItemStatus;
  verification: string | null;
  caseId: string | null;
  closedOn: string | null;
}

export interface ActionItemReview {
  id: string;
  actionItemId: string;
  meetingId: string;
  note: string;
  statusAfter: ActionItemStatus;
  reviewedAt: string;
}

export interface Case {
  id: string;
  code: string;
  kind: CaseKind;
  openedOn: string | null;
  closedOn: string | null;
  outcome: string | null;
}

export interface MeetingDetail {
  meeting: Meeting;
  agenda: AgendaItem[];
  attendance: AttendanceRow[];
  decisions: Decision[];
  actionItems: ActionItem[];
  /** Open items from earlier meetings, with the reviews made at this meeting. */
  carriedOver: Array<{ item: ActionItem; reviews: ActionItemReview[] }>;
}

export interface AppStatus {
  /** 'hub' when this data folder holds a regional hub. */
  mode: 'team' | 'hub';
  appVersion: string;
  schemaVersion: string;
  dataDir: string;
  databaseFile: string;
  teamSetUp: boolean;
}

export type SearchResultKind = 'agenda_item' | 'decision' | 'action_item' | 'member';

export interface SearchResult {
  kind: SearchResultKind;
  refId: string;
  /** Agenda item title, action item number or member name; empty for a decision. */
  title: string;
  excerpt: string;
  meetingId: string | null;
  meetingNumber: string | null;
  meetingDate: string | null;
  agendaItemId: string | null;
}

export interface Dashboard {
  today: string;
  nextMeeting: MeetingSummary | null;
  /** Meetings in progress or held but not yet approved: the ones the animator still works on. */
  unfinishedMeetings: MeetingSummary[];
  recentMeetings: MeetingSummary[];
  overdue: ActionItem[];
  dueThisWeek: ActionItem[];
  openCount: number;
}

export interface MemberHistory {
  attended: Array<{ meeting: MeetingSummary; status: AttendanceStatus }>;
  actionItems: ActionItem[];
}

export interface Settings {
  language: 'pl' | 'en';
}

export interface DocumentFile {
  fileName: string;
  mediaType: 'application/pdf' | 'application/octet-stream';
  base64: string;
  sha256: string;
  /** The stored version of an approved protocol; null for a draft or an attendance list. */
  version: number | null;
  approved: boolean;
}

export interface ProtocolVersionInfo {
  version: number;
  sha256: string;
  createdAt: string;
  reason: string | null;
  correctedBy: string | null;
}

export interface ProtocolSettings {
  footerText: string;
  /** A PNG or JPEG as a data: URL, shown across the top of every page (e.g. the funding logo strip). */
  headerImage: string | null;
  sections: { followUp: boolean; otherBusiness: boolean; nextMeeting: boolean; signatures: boolean };
}

export interface SyncStatusView {
  enrolled: boolean;
  hubName: string | null;
  lastSeq: number;
  ackSeq: number;
  unsent: number;
  lastBundle: { toSeq: number; hash: string; at: string } | null;
}

export interface BackupInfo {
  name: string;
  kind: 'daily' | 'before-migration' | 'replaced' | 'other';
  createdAt: string;
  bytes: number;
}

export interface HubImportReport {
  accepted: boolean;
  reason: string | null;
  code: string | null;
  /** Numbers the reason refers to (e.g. `from`: the seq a new bundle must start at). */
  params: Record<string, number> | null;
  teamId: string | null;
  teryt: string | null;
  baseSeq: number | null;
  toSeq: number | null;
  imported: number;
  updated: number;
  ignored: number;
  files: number;
  alreadyImported: boolean;
}

/** One bundle the hub was given, accepted or refused (the import journal). */
export interface HubJournalEntry {
  id: number;
  at: string;
  /** The file name it came in, when known. */
  source: string | null;
  teamId: string | null;
  teamName: string | null;
  report: HubImportReport;
}

/**
 * `waiting`: enrolled, no bundle yet; `reenrolled`: a new enrolment was issued and the team's next
 * full bundle will replace what the hub holds; `refused`: the last bundle tried was refused.
 */
export type HubTeamState = 'waiting' | 'ok' | 'refused' | 'reenrolled';

export interface HubTeamRow {
  teamId: string;
  name: string;
  teryt: string;
  state: HubTeamState;
  ackedSeq: number;
  lastBundleAt: string | null;
  /** The latest journal entry of the team, when it was a refusal (why, and what to send). */
  lastRefusal: HubJournalEntry | null;
  meetings: number;
  meetingsHeld: number;
  members: number;
  actionItems: number;
  actionItemsOpen: number;
}

export interface HubMonthRow {
  month: string;
  meetingsHeld: number;
  attendanceRate: number | null;
  sectorsPresent: number;
  actionItemsOpened: number;
  actionItemsClosed: number;
  actionItemsOverdue: number;
  casesOpened: number | '<3';
}
