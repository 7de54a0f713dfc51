// 0015: the Lokalny Koszyk Usług (issue 16.4): the partners' offers of services — who offers what, to whom,
// for which problems, on what terms, how to refer, where and when, free or paid, how many places, the
// institution's own contact, and when the entry was last verified. The lists are JSON arrays of the app's
// codes. The outbox learns the entity: its CHECK lists the entities, so it is rebuilt with the same rows.
import { sql, type Kysely } from 'kysely';

// Spelled out, not imported: this migration keeps meaning what it meant when it was released.
const ENTITIES = [
  'team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item',
  'action_item_review', 'case', 'attachment', 'declaration', 'rules_version', 'benefit', 'action_plan', 'plan_task',
  'offer',
].map((e) => `'${e}'`).join(', ');

const LIST = (column: string) => `${column} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(${column}) AND json_type(${column}) = 'array')`;

const STATEMENTS = [
  `CREATE TABLE offer (
    id TEXT PRIMARY KEY NOT NULL,
    institution_id TEXT NOT NULL REFERENCES institution (id) ON DELETE RESTRICT,
    service TEXT NOT NULL CHECK (length(trim(service)) > 0),
    description TEXT NOT NULL DEFAULT '',
    ${LIST('target_groups')},
    ${LIST('problem_areas')},
    other_target TEXT,
    access_criteria TEXT,
    ${LIST('referral_ways')},
    where_when TEXT,
    cost TEXT NOT NULL DEFAULT 'free' CHECK (cost IN ('free', 'paid', 'partly')),
    capacity TEXT,
    contact_phone TEXT,
    contact_email TEXT,
    verified_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX offer_institution ON offer (institution_id)`,
  `CREATE UNIQUE INDEX offer_service_unique ON offer (institution_id, lower(service))`,

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
