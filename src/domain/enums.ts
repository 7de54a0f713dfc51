// The fixed vocabularies of the domain (DESIGN §3). English values in code and in the database;
// the Polish words of the documents are in ./documents.pl.ts, the UI's in the renderer's catalogue.

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

/**
 * The Model's types of a PZK meeting (issue 16): the path from the two initiating meetings (the second
 * run as a World Café) through the formalising one to working meetings, with cooperation workshops
 * on the way. Every PZK meeting has one; they all share the PZK's numbering in a year. ZZK and other
 * meetings have none (null).
 */
export const PZK_MEETING_TYPES = ['initiating', 'world_cafe', 'formalising', 'working', 'workshop'] as const;
export type PzkMeetingType = (typeof PZK_MEETING_TYPES)[number];
/** What a PZK meeting is when nobody said otherwise (and what every PZK meeting before 0010 became). */
export const DEFAULT_PZK_TYPE: PzkMeetingType = 'working';
/** The type a meeting of `kind` gets, given what was asked: PZK meetings always have one, others never. */
export const pzkTypeFor = (kind: MeetingKind, asked: PzkMeetingType | null | undefined): PzkMeetingType | null =>
  kind === 'pzk' ? (asked ?? DEFAULT_PZK_TYPE) : null;

/** The type a meeting's name shows: every PZK type but the working meeting, which is the usual one. */
export const namedPzkType = (m: { kind: MeetingKind; pzkType: PzkMeetingType | null }): PzkMeetingType | null => {
  const type = pzkTypeFor(m.kind, m.pzkType);
  return type === DEFAULT_PZK_TYPE ? null : type;
};

/** The four outputs of a World Café meeting: structured text that becomes the preamble of the team's rules. */
export const WORLD_CAFE_FIELDS = ['aspiration', 'teamValues', 'workingRules', 'communicationStandards'] as const;
export type WorldCafeField = (typeof WORLD_CAFE_FIELDS)[number];

export const MEETING_STATUSES = ['planned', 'in_progress', 'held', 'approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The action that moves a meeting to its next status (the UI names the button after it). */
export type MeetingStep = 'start' | 'markHeld' | 'end' | 'resume' | 'approve';

/**
 * The status workflow: from each status, the steps offered, the main one first. Approved is final:
 * corrections after approval are recorded versions of the protocol, not status changes.
 */
export const MEETING_STEPS: Readonly<Record<MeetingStatus, ReadonlyArray<{ step: MeetingStep; to: MeetingStatus; primary: boolean }>>> = {
  planned: [
    { step: 'start', to: 'in_progress', primary: true },
    { step: 'markHeld', to: 'held', primary: false },
  ],
  in_progress: [{ step: 'end', to: 'held', primary: true }],
  held: [
    { step: 'approve', to: 'approved', primary: true },
    { step: 'resume', to: 'in_progress', primary: false },
  ],
  approved: [],
};

export const canMoveMeeting = (from: MeetingStatus, to: MeetingStatus) => MEETING_STEPS[from].some((s) => s.to === to);

/** Held meetings (the protocol can be written, the meeting counts in figures). */
export const HELD_STATUSES: readonly MeetingStatus[] = ['held', 'approved'];
export const isHeld = (status: MeetingStatus) => HELD_STATUSES.includes(status);

export const ATTENDANCE_STATUSES = ['present', 'remote', 'late', 'left_early', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Who took part, in counts and in the protocol: at the table, online, late or leaving early. */
export const COUNTS_AS_PRESENT: readonly AttendanceStatus[] = ['present', 'remote', 'late', 'left_early'];
export const countsAsPresent = (status: AttendanceStatus | null | undefined) => !!status && COUNTS_AS_PRESENT.includes(status);

export const ACTION_ITEM_STATUSES = ['new', 'in_progress', 'done', 'cancelled'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];
export const OPEN_ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = ['new', 'in_progress'];

/** accession: an institution joins the PZK (its head signs); confidentiality: a member undertakes to keep case data secret. */
export const DECLARATION_KINDS = ['accession', 'confidentiality'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

export const CASE_KINDS = ['person', 'family'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * The areas of difficulty: the grounds of art. 7 of the act on social assistance (ustawa z dnia 12 marca
 * 2004 r. o pomocy społecznej) in their current wording, in the act's order, plus "inne".
 */
export const CASE_DIFFICULTIES = [
  'poverty',
  'orphanhood',
  'homelessness',
  'unemployment',
  'disability',
  'illness',
  'domestic_violence',
  'trafficking',
  'maternity',
  'parenting_household',
  'leaving_care',
  'foreigners_integration',
  'after_prison',
  'addiction',
  'crisis',
  'disaster',
  'other',
] as const;
export type CaseDifficulty = (typeof CASE_DIFFICULTIES)[number];

/** Why a case was closed: a fixed list, so that the regional centre can count them. */
export const CLOSE_REASONS = ['completed', 'partly_completed', 'resigned', 'consent_withdrawn', 'moved_away', 'other_procedure', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The result of an IPW goal when it is reviewed. */
export const GOAL_RESULTS = ['achieved', 'partial', 'not_achieved'] as const;
export type GoalResult = (typeof GOAL_RESULTS)[number];
