// 0017: the support the team received (issue 17.4) — trainings, coaching, supervision, workshops — as entries
// of counts (hours, participants), never names. The outbox learns the entity (its CHECK lists the entities,
// so it is rebuilt with the same rows); the entries stay on the laptop: bundles carry their sums, not rows.
import { sql, type Kysely } from 'kysely';

// Spelled out, not imported: this migration keeps meaning what it meant when it was released.
const ENTITIES = [
  'team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item',
  'action_item_review', 'case', 'attachment', 'declaration', 'rules_version', 'benefit', 'action_plan', 'plan_task',
  'offer', 'support_entry',
].map((e) => `'${e}'`).join(', ');

const STATEMENTS = [
  `CREATE TABLE support_entry (
    id TEXT PRIMARY KEY NOT NULL,
    date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('training', 'coaching', 'supervision', 'workshop', 'other')),
    hours REAL NOT NULL CHECK (hours > 0 AND hours <= 1000),
    participants INTEGER NOT NULL CHECK (participants >= 0 AND participants <= 100000),
    provider TEXT NOT NULL CHECK (length(trim(provider)) > 0),
    topic TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX support_entry_date ON support_entry (date)`,

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
