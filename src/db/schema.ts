// The Kysely view of the database, in camelCase (CamelCasePlugin maps it to the snake_case columns
// created by migrations/). This is the one source of the row types.
import type { Generated, Selectable } from 'kysely';
import type {
  ActionItemStatus,
  AttendanceStatus,
  CaseKind,
  Entity,
  InstitutionLevel,
  MeetingKind,
  MeetingStatus,
  MemberRole,
  ModelType,
  Sector,
} from '../domain/enums';

interface Stamped {
  createdAt: string;
  updatedAt: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface TeamTable extends Stamped {
  id: string;
  singleton: Generated<number>;
  name: string;
  gminaName: string;
  teryt: string;
  modelType: ModelType;
  powiat: string | null;
  wojewodztwo: string | null;
  leadInstitution: string | null;
  regionalCentre: string | null;
}

export interface InstitutionTable extends Stamped {
  id: string;
  name: string;
  sector: Sector;
  level: InstitutionLevel;
  address: string | null;
}

export interface MemberTable extends Stamped {
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
}

export interface CaseTable extends Stamped {
  id: string;
  code: string;
  kind: CaseKind;
  openedOn: string | null;
  closedOn: string | null;
  outcome: string | null;
}

export interface MeetingTable extends Stamped {
  id: string;
  kind: MeetingKind;
  year: number;
  seqInYear: number;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  onlineUrl: string | null;
  chairMemberId: string | null;
  minuteTakerMemberId: string | null;
  caseId: string | null;
  otherBusiness: string | null;
  status: MeetingStatus;
}

export interface AgendaItemTable extends Stamped {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  presenter: string | null;
  minutes: string;
  caseId: string | null;
}

export interface AttendanceTable extends Stamped {
  id: string;
  meetingId: string;
  memberId: string | null;
  guestName: string | null;
  guestInstitution: string | null;
  status: AttendanceStatus;
  substituteName: string | null;
}

export interface DecisionTable extends Stamped {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  position: number;
  text: string;
}

export interface ActionItemTable extends Stamped {
  id: string;
  originMeetingId: string;
  seqInMeeting: number;
  number: string;
  agendaItemId: string | null;
  text: string;
  ownerMemberId: string | null;
  dueOn: string | null;
  status: ActionItemStatus;
  verification: string | null;
  caseId: string | null;
  closedOn: string | null;
}

export interface ActionItemReviewTable {
  id: string;
  actionItemId: string;
  meetingId: string;
  note: string;
  statusAfter: ActionItemStatus;
  reviewedAt: string;
}

export interface ProtocolVersionTable {
  id: string;
  meetingId: string;
  version: number;
  pdf: Buffer;
  sha256: string;
  reason: string | null;
  correctedBy: string | null;
  correctionText: string | null;
  createdAt: string;
}

export interface ChangeLogTable {
  seq: Generated<number>;
  entity: Entity;
  entityId: string;
  op: 'insert' | 'update' | 'delete';
  row: string | null;
  at: string;
}

export interface Database {
  settings: SettingsTable;
  team: TeamTable;
  institution: InstitutionTable;
  member: MemberTable;
  case: CaseTable;
  meeting: MeetingTable;
  agendaItem: AgendaItemTable;
  attendance: AttendanceTable;
  decision: DecisionTable;
  actionItem: ActionItemTable;
  actionItemReview: ActionItemReviewTable;
  changeLog: ChangeLogTable;
  protocolVersion: ProtocolVersionTable;
}

export type TeamRow = Selectable<TeamTable>;
export type InstitutionRow = Selectable<InstitutionTable>;
export type MemberRow = Selectable<MemberTable>;
export type CaseRow = Selectable<CaseTable>;
export type MeetingRow = Selectable<MeetingTable>;
export type AgendaItemRow = Selectable<AgendaItemTable>;
export type AttendanceRowDb = Selectable<AttendanceTable>;
export type DecisionRow = Selectable<DecisionTable>;
export type ActionItemRow = Selectable<ActionItemTable>;
export type ActionItemReviewRow = Selectable<ActionItemReviewTable>;
