// The fixed vocabularies of the domain (DESIGN §3). English values in code and in the database;
// the Polish labels live in the renderer's message catalogue.

export const MODEL_TYPES = ['miejska', 'wiejska', 'miejsko-wiejska'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

export const SECTORS = [
  'social_assistance',
  'education',
  'health',
  'police',
  'municipal_police',
  'justice',
  'labour_market',
  'ngo',
  'housing',
  'culture_sport',
  'local_government',
  'interdisciplinary_team',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const INSTITUTION_LEVELS = ['gmina', 'powiat', 'region'] as const;
export type InstitutionLevel = (typeof INSTITUTION_LEVELS)[number];

export const MEMBER_ROLES = ['animator', 'moderator', 'lead', 'member', 'expert', 'guest'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEETING_KINDS = ['pzk', 'zzk', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['planned', 'in_progress', 'held', 'approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Allowed status moves. Approved is final: corrections are revisions, not status changes. */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  planned: ['in_progress', 'held'],
  in_progress: ['held'],
  held: ['in_progress', 'approved'],
  approved: [],
};

export const ATTENDANCE_STATUSES = ['present', 'remote', 'late', 'left_early', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ACTION_ITEM_STATUSES = ['new', 'in_progress', 'done', 'cancelled'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];
export const OPEN_ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = ['new', 'in_progress'];

export const CASE_KINDS = ['person', 'family'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** Rows of these entities are recorded in the change log and travel in sync bundles. */
export const ENTITIES = [
  'team',
  'institution',
  'member',
  'meeting',
  'agenda_item',
  'attendance',
  'decision',
  'action_item',
  'action_item_review',
  'case',
] as const;
export type Entity = (typeof ENTITIES)[number];
