// What the API returns, derived from the entity records (./entities.ts): plain data, camelCase, dates
// as ISO strings (YYYY-MM-DD) and times as HH:MM.
import type { AttachmentMediaType } from './attachments';
import type { AttendanceStatus, Sector } from './enums';
import type { ColumnMapping, RosterField } from './roster';
import type {
  ActionItemRecord,
  ActionItemReviewRecord,
  AgendaItemRecord,
  AttachmentRecord,
  AttendanceRecord,
  DecisionRecord,
  Entity,
  InstitutionRecord,
  MeetingRecord,
  MemberRecord,
  TeamRecord,
} from './entities';
import type { Finding } from './rodo';
import type { ModelPath, ModelStage } from './modelPath';
import type { DeclarationOverview } from './declarations';
import type { PlanProgress } from './actionPlan';

// The partnership's tools (issue 16) and the support the team received (17.4) are in ./partnershipTypes.ts.
export type * from './partnershipTypes';
// Case work (17.2) is in ./caseTypes.ts.
export type * from './caseTypes';

export type Team = TeamRecord;
export type Institution = InstitutionRecord;

export interface Member extends MemberRecord {
  /** A member today (not left). */
  active: boolean;
}

export type MeetingSummary = Pick<MeetingRecord, 'id' | 'kind' | 'pzkType' | 'year' | 'seqInYear' | 'date' | 'endsOn' | 'startTime' | 'endTime' | 'place' | 'onlineUrl' | 'status'> & {
  /** "5/2026"; null while the meeting is only planned (DECISIONS 12). */
  number: string | null;
};

export type Meeting = MeetingRecord & { number: string | null };
export type AgendaItem = AgendaItemRecord;
export type AttendanceRow = AttendanceRecord;
export type Decision = DecisionRecord;
export type ActionItem = ActionItemRecord;
/** An item on the Zadania board: with whether its meeting is approved (then only its status changes). */
export type BoardActionItem = ActionItem & { originLocked: boolean };
export type ActionItemReview = ActionItemReviewRecord;
export type Attachment = AttachmentRecord;

export interface CarriedItem {
  item: ActionItem;
  reviews: ActionItemReview[];
}

export interface MeetingDetail {
  meeting: Meeting;
  agenda: AgendaItem[];
  attendance: AttendanceRow[];
  decisions: Decision[];
  actionItems: ActionItem[];
  /** Open items from earlier meetings, with the reviews made at this meeting. */
  carriedOver: CarriedItem[];
  /** The files attached to the meeting, in their order (without their bytes). */
  attachments: Attachment[];
}

/** What removing an agenda item did: the item is gone, its decisions and action items stay detached. */
export interface AgendaRemoval {
  id: string;
  agenda: AgendaItem[];
  decisions: Decision[];
  actionItems: ActionItem[];
}

export interface ReviewResult {
  review: ActionItemReview;
  item: ActionItem;
}

export interface AppStatus {
  /** 'hub' when this data folder holds a regional hub. */
  mode: 'team' | 'hub';
  appVersion: string;
  schemaVersion: string;
  dataDir: string;
  databaseFile: string;
  /** The application log (logs/pzk.log in the data folder); null where the log goes to the console only (the CLI). */
  logFile: string | null;
  teamSetUp: boolean;
  /** Set when the data cannot be written: shown, and every write fails with READ_ONLY_DATA. */
  readOnly: { what: 'file' | 'folder'; path: string } | null;
  /** How the team's database is encrypted at rest (issue 17.6); null: it is not (an in-memory database). */
  encryption: DatabaseEncryption | null;
}

export interface DatabaseEncryption {
  /** What opened its key: the system's key store, the recovery passphrase, or the development key file (protects nothing). */
  source: 'os' | 'passphrase' | 'development';
  /** Whether a recovery passphrase is set: until it is, the app asks for one. */
  recoverySet: boolean;
}

export type SearchResultKind = 'agenda_item' | 'decision' | 'action_item' | 'member' | 'world_cafe';

export interface SearchResult {
  kind: SearchResultKind;
  refId: string;
  /** Agenda item title, action item number or member name; empty for a decision and World Café outputs. */
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
  /** Where the team stands on the Model's path, and the planned meeting of its next step, if any. */
  modelPath: ModelPath & { nextPlanned: { id: string; date: string } | null };
  /** Declarations signed and expected today ("7 z 8 deklaracji podpisanych"). */
  declarations: Pick<DeclarationOverview<unknown>, 'accession' | 'confidentiality'>;
  /** The team's rules in force: "regulamin przyjęty 26.02.2026"; null: none adopted yet. */
  rules: { version: number; adoptedOn: string } | null;
  /** The action plan whose period holds today, and how far it has got. */
  plan: { id: string; title: string; progress: PlanProgress } | null;
}

export interface MemberHistory {
  /** The latest first. */
  attended: Array<{ meeting: MeetingSummary; status: AttendanceStatus }>;
  actionItems: ActionItem[];
  /** How many there are in all (the lists above hold the latest of them). */
  attendedTotal: number;
  actionItemsTotal: number;
}

export interface AnonymisationResult {
  member: Member;
  /** Texts that still mention the former name (minutes, decisions, action items): the animator edits them. */
  mentions: SearchResult[];
}

export interface Settings {
  language: 'pl' | 'en';
}

/** A file crossing the API: bytes (structured clone over IPC, octet-stream over HTTP). */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface DocumentFile {
  fileName: string;
  mediaType: 'application/pdf' | 'application/json' | 'application/octet-stream' | 'application/zip' | 'text/csv' | 'text/calendar' | typeof DOCX_MEDIA_TYPE | typeof XLSX_MEDIA_TYPE | AttachmentMediaType;
  bytes: Uint8Array;
  sha256: string;
  /** The stored version of an approved protocol; null for a draft or any other file. */
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
  /** The seq of the latest write. */
  lastSeq: number;
  ackSeq: number;
  /** Records changed since the acknowledged seq: what the next bundle carries. */
  unsent: number;
  /** Records a full bundle carries. */
  total: number;
  lastBundle: { toSeq: number; hash: string; at: string } | null;
}

/** The RODO check of the exact payload a bundle would carry; `digest` names that payload. */
export interface SyncCheck {
  findings: Finding[];
  digest: string;
  records: number;
  baseSeq: number;
  toSeq: number;
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
  deleted: number;
  anonymised: number;
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
  /** Where the team stands on the Model's path, from the PZK meetings it reported held. */
  stage: ModelStage;
  /** Partner institutions' accession declarations: in force, of those expected (from the dates the team sent). */
  declarations: { signed: number; expected: number };
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
  /** The support the team received in the month, all kinds (issue 17.4): workers' sessions, not persons helped. */
  supportSessions: number;
  supportHours: number;
  supportParticipants: number;
}

/** What a write changed, pushed by the hosts to every open window. */
export interface ChangeEvent {
  /** The window (client) whose call made the change; null for the host itself. */
  origin: string | null;
  changes: Array<{ entity: Entity; id: string; meetingId: string | null }>;
  /** Everything may have changed (a restored copy replaced the database): reload. */
  reset: boolean;
}

/** One row of a roster file, checked (issue 13.2). */
export interface RosterImportRow {
  /** The row's number in the file (1 = the first row, header included), as a spreadsheet shows it. */
  line: number;
  fullName: string;
  institution: string | null;
  sector: Sector | null;
  position: string | null;
  email: string | null;
  phone: string | null;
  errors: Array<{ field: RosterField; key: 'required' | 'too_long' | 'invalid_email' | 'invalid_phone' | 'invalid_choice' }>;
  /** The same person already on the roster (by name or e-mail), or earlier in the file. */
  duplicate: { of: 'roster'; memberId: string; name: string } | { of: 'file'; line: number } | null;
  status: 'ready' | 'duplicate' | 'error';
}

export interface RosterImportPreview {
  headers: string[];
  /** The row (1-based) the headers were read from; 0: the file has none recognised. */
  headerLine: number;
  mapping: ColumnMapping;
  rows: RosterImportRow[];
  counts: { ready: number; duplicate: number; error: number };
  /** Institutions the import would add (the others are matched by name). */
  newInstitutions: string[];
}

export interface RosterImportResult {
  members: number;
  institutions: number;
  skipped: number;
}

/** A team's own agenda, chosen when a meeting is created (the standard one is STANDARD_AGENDA). */
export interface AgendaTemplate {
  id: string;
  name: string;
  items: string[];
}

export type { ChartFigure, HubCaseFigures, HubModelFigures, HubPendingFigures, HubPublishedFigures, ModelFigures, TeamStatistics } from './statisticsTypes';

/** An installer checked against a signed release manifest ("Aktualizacja z pliku", src/update/release.ts). */
export interface CheckedInstaller {
  version: string;
  publishedOn: string;
  fileName: string;
  sha256: string;
  /** Newer than the running version (an older or the same one may be installed too, knowingly). */
  newer: boolean;
  currentVersion: string;
}
