// The Kysely view of the database, in camelCase (CamelCasePlugin maps it to the snake_case columns
// created by migrations/). Entity tables are derived from the entity records of src/domain: a table is
// its record plus the bookkeeping stamps, so a new field is decided once, in the domain.
import type { Generated } from 'kysely';
import type * as E from '../domain/entities';

type Entity = E.Entity;

/** When a row was made and last written; kept in the table, never returned by the API or synced. */
export interface Stamps {
  createdAt: string;
  updatedAt: string;
}

export interface SettingsTable {
  key: string;
  value: string;
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
  /** The RODO findings of exactly what this PDF prints (masked), JSON; null for versions made before 0004. */
  findings: string | null;
}

export interface DeclarationScanTable {
  declarationId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  content: Buffer;
  createdAt: string;
}

/** What changed since the regional centre's receipt: one row per record, its latest seq (DESIGN §5). */
export type OutboxOp = 'upsert' | 'delete' | 'anonymise';
export interface OutboxTable {
  entity: Entity;
  entityId: string;
  seq: number;
  op: OutboxOp;
}

/** Which process session (an app start, a CLI command) made the writes from `firstSeq` on. */
export interface WriteSessionTable {
  id: string;
  firstSeq: number;
  startedAt: string;
}

export interface Database {
  settings: SettingsTable;
  team: E.TeamRecord & Stamps & { singleton: Generated<number> };
  institution: E.InstitutionRecord & Stamps;
  member: E.MemberRecord & Stamps;
  case: E.CaseRecord & Stamps;
  meeting: E.MeetingRecord & Stamps;
  agendaItem: E.AgendaItemRecord & Stamps;
  attendance: E.AttendanceRecord & Stamps;
  decision: E.DecisionRecord & Stamps;
  actionItem: E.ActionItemRecord & Stamps;
  actionItemReview: E.ActionItemReviewRecord;
  attachment: E.AttachmentRecord & Stamps;
  /** The bytes of each attachment, apart from its row so that listing never reads them. */
  attachmentContent: { attachmentId: string; content: Buffer };
  declaration: E.DeclarationRecord & Stamps;
  /** The signed scan of a declaration: on this machine only (the regional centre gets the dates). */
  declarationScan: DeclarationScanTable;
  rulesVersion: E.RulesVersionRecord & Stamps;
  /** The adopted rules as printed, frozen with their SHA-256 (never changed, never deleted). */
  rulesPdf: { rulesVersionId: string; pdf: Buffer; sha256: string; createdAt: string };
  benefit: E.BenefitRecord & Stamps;
  supportEntry: E.SupportEntryRecord & Stamps;
  actionPlan: E.ActionPlanRecord & Stamps;
  planTask: E.PlanTaskRecord & Stamps;
  offer: E.OfferRecord & Stamps;
  caseTeamMember: E.CaseTeamMemberRecord & Stamps;
  ipwGoal: E.IpwGoalRecord & Stamps;
  ipwTask: E.IpwTaskRecord & Stamps;
  caseReview: E.CaseReviewRecord & Stamps;
  protocolVersion: ProtocolVersionTable;
  outbox: OutboxTable;
  writeSession: WriteSessionTable;
}

/** The Kysely table of each entity. */
export const TABLE_OF = {
  team: 'team',
  institution: 'institution',
  member: 'member',
  case: 'case',
  meeting: 'meeting',
  agenda_item: 'agendaItem',
  attendance: 'attendance',
  decision: 'decision',
  action_item: 'actionItem',
  action_item_review: 'actionItemReview',
  attachment: 'attachment',
  declaration: 'declaration',
  rules_version: 'rulesVersion',
  benefit: 'benefit',
  action_plan: 'actionPlan',
  plan_task: 'planTask',
  offer: 'offer',
  support_entry: 'supportEntry',
  case_team_member: 'caseTeamMember',
  ipw_goal: 'ipwGoal',
  ipw_task: 'ipwTask',
  case_review: 'caseReview',
} as const satisfies { [E in Entity]: keyof Database };

/** Entities whose tables carry createdAt/updatedAt. */
export const STAMPED: ReadonlySet<Entity> = new Set<Entity>(['team', 'institution', 'member', 'case', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item', 'attachment', 'declaration', 'rules_version', 'benefit', 'action_plan', 'plan_task', 'offer', 'support_entry', 'case_team_member', 'ipw_goal', 'ipw_task', 'case_review']);

/** camelCase field → snake_case column, as the CamelCasePlugin maps them. */
export const columnOf = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
