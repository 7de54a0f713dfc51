// 0018: case work at the task level (issue 17.2). A case gains its referral, diagnosis, consent (that it
// exists, its scope, its withdrawal: the signed paper stays at the OPS), team lead and closure reason; its
// team, its individual plan's goals and tasks and its reviews get tables; a task team's action item may carry
// out an IPW task. None of it leaves the laptop. The outbox learns the new entities (its CHECK lists them).
import { sql, type Kysely } from 'kysely';

// Spelled out, not imported: this migration keeps meaning what it meant when it was released.
const ENTITIES = [
  'team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item',
  'action_item_review', 'case', 'attachment', 'declaration', 'rules_version', 'benefit', 'action_plan', 'plan_task',
  'offer', 'support_entry', 'case_team_member', 'ipw_goal', 'ipw_task', 'case_review',
].map((e) => `'${e}'`).join(', ');

const STATUSES = `('new', 'in_progress', 'done', 'cancelled')`;

const STATEMENTS = [
  `ALTER TABLE "case" ADD COLUMN referred_by_institution_id TEXT REFERENCES institution (id) ON DELETE RESTRICT`,
  `ALTER TABLE "case" ADD COLUMN close_reason TEXT CHECK (close_reason IN ('completed', 'partly_completed', 'resigned', 'consent_withdrawn', 'moved_away', 'other_procedure', 'other'))`,
  `ALTER TABLE "case" ADD COLUMN diagnosed_on TEXT`,
  `ALTER TABLE "case" ADD COLUMN difficulties TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(difficulties) AND json_type(difficulties) = 'array')`,
  `ALTER TABLE "case" ADD COLUMN other_difficulty TEXT`,
  `ALTER TABLE "case" ADD COLUMN consent_on TEXT`,
  `ALTER TABLE "case" ADD COLUMN consent_scope TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(consent_scope) AND json_type(consent_scope) = 'array')`,
  `ALTER TABLE "case" ADD COLUMN consent_withdrawn_on TEXT`,
  `ALTER TABLE "case" ADD COLUMN lead_institution_id TEXT REFERENCES institution (id) ON DELETE RESTRICT`,

  `CREATE TABLE case_team_member (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
    institution_id TEXT NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    member_id TEXT REFERENCES member (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (case_id, institution_id)
  ) STRICT`,
  `CREATE TABLE ipw_goal (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX ipw_goal_case ON ipw_goal (case_id, position)`,
  `CREATE TABLE ipw_task (
    id TEXT PRIMARY KEY NOT NULL,
    goal_id TEXT NOT NULL REFERENCES ipw_goal (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    institution_id TEXT NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ${STATUSES}),
    done_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX ipw_task_goal ON ipw_task (goal_id, position)`,
  `CREATE TABLE case_review (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
    meeting_id TEXT REFERENCES meeting (id) ON DELETE RESTRICT,
    reviewed_on TEXT NOT NULL,
    note TEXT NOT NULL,
    results TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(results) AND json_type(results) = 'array'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX case_review_case ON case_review (case_id, reviewed_on)`,
  `ALTER TABLE action_item ADD COLUMN ipw_task_id TEXT REFERENCES ipw_task (id) ON DELETE SET NULL`,
  `CREATE INDEX action_item_ipw_task ON action_item (ipw_task_id) WHERE ipw_task_id IS NOT NULL`,

  `CREATE TABLE outbox_next (
    entity TEXT NOT NULL CHECK (entity IN (${ENTITIES})),
    entity_id TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'anonymise')),
    PRIMARY KEY (entity, entity_id)
  ) STRICT, WITHOUT ROWID`,
  `INSERT INTO outbox_next (entity, entity_id, seq, op) SELECT entity, entity_id, seq, op FROM outbox`,
  `DROP TABLE outbox`,
  `ALTER TABLE outbox_next RENAME TO outbox`,
  `CREATE INDEX outbox_seq ON outbox (seq)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
