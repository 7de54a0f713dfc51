// 0014: the action plan (plan działania, issue 16.6): a plan for a period, adopted by a decision of a named
// meeting, with its tasks (a goal, the task, the owner institution, a deadline, a status, the measure of done);
// a meeting's action item may carry out a plan task (action_item.plan_task_id). The outbox learns both
// entities: its CHECK lists the entities, so it is rebuilt with the same rows.
import { sql, type Kysely } from 'kysely';

// Spelled out, not imported: this migration keeps meaning what it meant when it was released.
const ENTITIES = [
  'team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item',
  'action_item_review', 'case', 'attachment', 'declaration', 'rules_version', 'benefit', 'action_plan', 'plan_task',
].map((e) => `'${e}'`).join(', ');

const STATEMENTS = [
  `CREATE TABLE action_plan (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    adopted_at_meeting_id TEXT REFERENCES meeting (id) ON DELETE RESTRICT,
    adopted_on TEXT,
    decision_id TEXT REFERENCES decision (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (period_to >= period_from),
    CHECK ((adopted_on IS NULL) = (adopted_at_meeting_id IS NULL))
  ) STRICT`,
  `CREATE TABLE plan_task (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES action_plan (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL CHECK (position > 0),
    goal TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner_institution_id TEXT REFERENCES institution (id) ON DELETE RESTRICT,
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done', 'cancelled')),
    measure TEXT,
    done_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'done') = (done_on IS NOT NULL))
  ) STRICT`,
  `CREATE INDEX plan_task_plan ON plan_task (plan_id, position)`,
  `ALTER TABLE action_item ADD COLUMN plan_task_id TEXT REFERENCES plan_task (id) ON DELETE RESTRICT`,
  `CREATE INDEX action_item_plan_task ON action_item (plan_task_id) WHERE plan_task_id IS NOT NULL`,

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
