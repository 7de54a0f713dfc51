// The entities of the domain (DESIGN §3), written once. The table types (src/db/schema.ts), the API
// outputs (./types.ts) and the synced records (src/sync/records.ts) are derived from these, so a new
// field is one edit here, and every list of fields below fails to compile until it is decided.
import type { AttachmentKind, AttachmentMediaType } from './attachments';
import type { CaseRecord, CaseReviewRecord, CaseTeamMemberRecord, IpwGoalRecord, IpwTaskRecord } from './caseRecords';

export type { CaseRecord, CaseReviewRecord, CaseTeamMemberRecord, IpwGoalRecord, IpwTaskRecord } from './caseRecords';
import type { DeclarationRecord, RulesVersionRecord, BenefitRecord, ActionPlanRecord, PlanTaskRecord, OfferRecord, SupportEntryRecord } from './partnershipRecords';
export type { DeclarationRecord, RulesVersionRecord, BenefitRecord, ActionPlanRecord, PlanTaskRecord, OfferRecord, SupportEntryRecord } from './partnershipRecords';
import type {
  ActionItemStatus,
  AttendanceStatus,
  InstitutionLevel,
  MeetingKind,
  MeetingStatus,
  PzkMeetingType,
  MemberRole,
  ModelType,
  Sector,
} from './enums';

export interface TeamRecord {
  id: string;
  name: string;
  gminaName: string;
  /** 7 digits, kept as text (leading zeros matter). */
  teryt: string;
  modelType: ModelType;
  powiat: string | null;
  wojewodztwo: string | null;
  leadInstitution: string | null;
  regionalCentre: string | null;
  /** Where the team works, as the protocol's title says it ("w Zgierzu"); null: the default from the TERYT. */
  titleLocative: string | null;
}

export interface InstitutionRecord {
  id: string;
  name: string;
  sector: Sector;
  level: InstitutionLevel;
  address: string | null;
}

export interface MemberRecord {
  id: string;
  fullName: string;
  institutionId: string | null;
  position: string | null;
  role: MemberRole;
  email: string | null;
  phone: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  /** Set when the person's name and contacts were erased (RODO art. 17); history stays. */
  anonymisedOn: string | null;
}

export interface MeetingRecord {
  id: string;
  kind: MeetingKind;
  /** The Model's type of a PZK meeting; null for ZZK and other meetings (0010). */
  pzkType: PzkMeetingType | null;
  year: number;
  /** Its number in the year; null while it is only planned (DECISIONS 12: numbered when held). */
  seqInYear: number | null;
  date: string;
  /** The last day of a meeting that spans several (a two-day workshop); null: one day. */
  endsOn: string | null;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  onlineUrl: string | null;
  chairMemberId: string | null;
  minuteTakerMemberId: string | null;
  caseId: string | null;
  otherBusiness: string | null;
  status: MeetingStatus;
  /** The meeting at which this one's protocol was adopted (przyjęty); null: not yet, or outside a meeting. */
  adoptedAtMeetingId: string | null;
  /** The day the protocol was adopted; null until it is. */
  adoptedOn: string | null;
  /** The outputs of a World Café meeting (WORLD_CAFE_FIELDS); null elsewhere or not written yet. */
  aspiration: string | null;
  teamValues: string | null;
  workingRules: string | null;
  communicationStandards: string | null;
}

export interface AgendaItemRecord {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  presenter: string | null;
  minutes: string;
  caseId: string | null;
}

export interface AttendanceRecord {
  id: string;
  meetingId: string;
  memberId: string | null;
  guestName: string | null;
  guestInstitution: string | null;
  status: AttendanceStatus;
  substituteName: string | null;
}

export interface DecisionRecord {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  position: number;
  text: string;
}

export interface ActionItemRecord {
  id: string;
  originMeetingId: string;
  /** The item's ordinal within its meeting, the k of "5/2026/k". */
  seqInMeeting: number;
  /** "5/2026/3" */
  number: string;
  agendaItemId: string | null;
  text: string;
  ownerMemberId: string | null;
  dueOn: string | null;
  status: ActionItemStatus;
  verification: string | null;
  caseId: string | null;
  closedOn: string | null;
  /** The task of the action plan this item carries out (0014); null: none. */
  planTaskId: string | null;
  /** The basket's offer it makes use of (0016); null: none. */
  offerId: string | null;
  /** The IPW task of a case this item of a task team's meeting carries out (0018); null: none. */
  ipwTaskId: string | null;
}

export interface ActionItemReviewRecord {
  id: string;
  actionItemId: string;
  meetingId: string;
  note: string;
  statusAfter: ActionItemStatus;
  reviewedAt: string;
}

/** A file attached to a meeting; its bytes are stored beside it (attachment_content) and never change. */
export interface AttachmentRecord {
  id: string;
  meetingId: string;
  /** Its place in the meeting's list of attachments (the protocol numbers them after annex 1). */
  position: number;
  kind: AttachmentKind;
  /** What the protocol calls it ("Prezentacja programu „Asystent rodziny”"). */
  title: string;
  fileName: string;
  /** Decided from the content, not from the name. */
  mediaType: AttachmentMediaType;
  size: number;
  sha256: string;
}

/** Every entity by its name in the database, the outbox and the sync format. */
export interface EntityRecords {
  team: TeamRecord;
  institution: InstitutionRecord;
  member: MemberRecord;
  case: CaseRecord;
  meeting: MeetingRecord;
  agenda_item: AgendaItemRecord;
  attendance: AttendanceRecord;
  decision: DecisionRecord;
  action_item: ActionItemRecord;
  action_item_review: ActionItemReviewRecord;
  attachment: AttachmentRecord;
  declaration: DeclarationRecord;
  rules_version: RulesVersionRecord;
  benefit: BenefitRecord;
  action_plan: ActionPlanRecord;
  plan_task: PlanTaskRecord;
  offer: OfferRecord;
  support_entry: SupportEntryRecord;
  case_team_member: CaseTeamMemberRecord;
  ipw_goal: IpwGoalRecord;
  ipw_task: IpwTaskRecord;
  case_review: CaseReviewRecord;
}

export type Entity = keyof EntityRecords;

const entities = <L extends readonly Entity[]>(list: L & ([Exclude<Entity, L[number]>] extends [never] ? unknown : never)) => list;

/** In dependency order: a record comes after the records it refers to. */
export const ENTITIES = entities([
  'team',
  'institution',
  'member',
  'case',
  'meeting',
  'agenda_item',
  'attendance',
  'decision',
  'action_item',
  'action_item_review',
  'attachment',
  'declaration',
  'rules_version',
  'benefit',
  'action_plan',
  'plan_task',
  'offer',
  'support_entry',
  'case_team_member',
  'ipw_goal',
  'ipw_task',
  'case_review',
] as const);

export type FieldOf<E extends Entity> = keyof EntityRecords[E] & string;

const fieldsOf = <E extends Entity>(all: { readonly [K in FieldOf<E>]-?: true }) => Object.keys(all) as Array<FieldOf<E>>;

/** Every stored field of every entity: what the services select, nothing more (stamps stay inside). */
export const ENTITY_FIELDS: { readonly [E in Entity]: ReadonlyArray<FieldOf<E>> } = {
  team: fieldsOf<'team'>({ id: true, name: true, gminaName: true, teryt: true, modelType: true, powiat: true, wojewodztwo: true, leadInstitution: true, regionalCentre: true, titleLocative: true }),
  institution: fieldsOf<'institution'>({ id: true, name: true, sector: true, level: true, address: true }),
  member: fieldsOf<'member'>({
    id: true,
    fullName: true,
    institutionId: true,
    position: true,
    role: true,
    email: true,
    phone: true,
    joinedOn: true,
    leftOn: true,
    anonymisedOn: true,
  }),
  case: fieldsOf<'case'>({
    id: true,
    code: true,
    kind: true,
    openedOn: true,
    referredByInstitutionId: true,
    closedOn: true,
    outcome: true,
    closeReason: true,
    diagnosedOn: true,
    difficulties: true,
    otherDifficulty: true,
    consentOn: true,
    consentScope: true,
    consentWithdrawnOn: true,
    leadInstitutionId: true,
  }),
  meeting: fieldsOf<'meeting'>({
    id: true,
    kind: true,
    pzkType: true,
    year: true,
    seqInYear: true,
    date: true,
    endsOn: true,
    startTime: true,
    endTime: true,
    place: true,
    onlineUrl: true,
    chairMemberId: true,
    minuteTakerMemberId: true,
    caseId: true,
    otherBusiness: true,
    status: true,
    adoptedAtMeetingId: true,
    adoptedOn: true,
    aspiration: true,
    teamValues: true,
    workingRules: true,
    communicationStandards: true,
  }),
  agenda_item: fieldsOf<'agenda_item'>({ id: true, meetingId: true, position: true, title: true, presenter: true, minutes: true, caseId: true }),
  attendance: fieldsOf<'attendance'>({ id: true, meetingId: true, memberId: true, guestName: true, guestInstitution: true, status: true, substituteName: true }),
  decision: fieldsOf<'decision'>({ id: true, meetingId: true, agendaItemId: true, position: true, text: true }),
  action_item: fieldsOf<'action_item'>({
    id: true,
    originMeetingId: true,
    seqInMeeting: true,
    number: true,
    agendaItemId: true,
    text: true,
    ownerMemberId: true,
    dueOn: true,
    status: true,
    verification: true,
    caseId: true,
    closedOn: true,
    planTaskId: true,
    offerId: true,
    ipwTaskId: true,
  }),
  action_item_review: fieldsOf<'action_item_review'>({ id: true, actionItemId: true, meetingId: true, note: true, statusAfter: true, reviewedAt: true }),
  attachment: fieldsOf<'attachment'>({ id: true, meetingId: true, position: true, kind: true, title: true, fileName: true, mediaType: true, size: true, sha256: true }),
  declaration: fieldsOf<'declaration'>({
    id: true,
    kind: true,
    institutionId: true,
    memberId: true,
    headName: true,
    headPosition: true,
    delegateMemberId: true,
    deputyMemberId: true,
    signedOn: true,
    renewedOn: true,
    withdrawnOn: true,
  }),
  rules_version: fieldsOf<'rules_version'>({ id: true, version: true, title: true, preamble: true, sections: true, changeNote: true, adoptedAtMeetingId: true, adoptedOn: true, decisionId: true }),
  benefit: fieldsOf<'benefit'>({ id: true, institutionId: true, contributes: true, gains: true, agreedAtMeetingId: true, reviewedOn: true }),
  action_plan: fieldsOf<'action_plan'>({ id: true, title: true, periodFrom: true, periodTo: true, adoptedAtMeetingId: true, adoptedOn: true, decisionId: true }),
  plan_task: fieldsOf<'plan_task'>({ id: true, planId: true, position: true, goal: true, text: true, ownerInstitutionId: true, dueOn: true, status: true, measure: true, doneOn: true }),
  offer: fieldsOf<'offer'>({
    id: true,
    institutionId: true,
    service: true,
    description: true,
    targetGroups: true,
    problemAreas: true,
    otherTarget: true,
    accessCriteria: true,
    referralWays: true,
    whereWhen: true,
    cost: true,
    capacity: true,
    contactPhone: true,
    contactEmail: true,
    verifiedOn: true,
  }),
  support_entry: fieldsOf<'support_entry'>({ id: true, date: true, kind: true, hours: true, participants: true, provider: true, topic: true }),
  case_team_member: fieldsOf<'case_team_member'>({ id: true, caseId: true, institutionId: true, memberId: true }),
  ipw_goal: fieldsOf<'ipw_goal'>({ id: true, caseId: true, position: true, text: true }),
  ipw_task: fieldsOf<'ipw_task'>({ id: true, goalId: true, position: true, text: true, institutionId: true, dueOn: true, status: true, doneOn: true }),
  case_review: fieldsOf<'case_review'>({ id: true, caseId: true, meetingId: true, reviewedOn: true, note: true, results: true }),
};

/** The meeting a record belongs to, for change events and for naming where a text is. */
export function meetingOf<E extends Entity>(entity: E, row: EntityRecords[E]): string | null {
  const r = row as unknown as Partial<Record<string, unknown>>;
  const id = entity === 'meeting' ? r.id : entity === 'action_item' ? r.originMeetingId : r.meetingId;
  return typeof id === 'string' ? id : null;
}
