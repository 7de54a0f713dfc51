// 0013: the team's rules and the register of mutual benefits (issues 16.3 and 16.5).
// - rules_version: each version of the Regulamin PZK — a draft edited section by section, then adopted by a
//   decision of a named meeting, after which it never changes (two triggers refuse an update or a delete, as an
//   approved protocol is kept); an amendment is the next version and names what it changes. The adopted PDF is
//   frozen beside it (rules_pdf), with its SHA-256.
// - benefit: per partner institution, what it brings to the team and what it gains, agreed at a meeting and
//   reviewed later.
// The outbox learns both entities: its CHECK lists the entities, so it is rebuilt with the same rows.
import { sql, type Kysely } from 'kysely';

// Spelled out, not imported: this migration keeps meaning what it meant when it was released.
const ENTITIES = [
  'team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item',
  'action_item_review', 'case', 'attachment', 'declaration', 'rules_version', 'benefit',
].map((e) => `'${e}'`).join(', ');

const STATEMENTS = [
  `CREATE TABLE rules_version (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL UNIQUE CHECK (version > 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    preamble TEXT NOT NULL DEFAULT '',
    sections TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'array'),
    change_note TEXT,
    adopted_at_meeting_id TEXT REFERENCES meeting (id) ON DELETE RESTRICT,
    adopted_on TEXT,
    decision_id TEXT REFERENCES decision (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((adopted_on IS NULL) = (adopted_at_meeting_id IS NULL))
  ) STRICT`,
  // One draft at a time: the version being written.
  `CREATE UNIQUE INDEX rules_version_one_draft ON rules_version ((1)) WHERE adopted_on IS NULL`,
  `CREATE TRIGGER rules_version_adopted_update BEFORE UPDATE ON rules_version WHEN OLD.adopted_on IS NOT NULL
   BEGIN SELECT RAISE(ABORT, 'rules version adopted: it cannot change'); END`,
  `CREATE TRIGGER rules_version_adopted_delete BEFORE DELETE ON rules_version WHEN OLD.adopted_on IS NOT NULL
   BEGIN SELECT RAISE(ABORT, 'rules version adopted: it cannot be deleted'); END`,
  `CREATE TABLE rules_pdf (
    rules_version_id TEXT PRIMARY KEY NOT NULL REFERENCES rules_version (id) ON DELETE RESTRICT,
    pdf BLOB NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TRIGGER rules_pdf_no_update BEFORE UPDATE ON rules_pdf BEGIN SELECT RAISE(ABORT, 'an adopted document cannot change'); END`,
  `CREATE TRIGGER rules_pdf_no_delete BEFORE DELETE ON rules_pdf BEGIN SELECT RAISE(ABORT, 'an adopted document cannot be deleted'); END`,

  `CREATE TABLE benefit (
    id TEXT PRIMARY KEY NOT NULL,
    institution_id TEXT NOT NULL UNIQUE REFERENCES institution (id) ON DELETE RESTRICT,
    contributes TEXT NOT NULL DEFAULT '',
    gains TEXT NOT NULL DEFAULT '',
    agreed_at_meeting_id TEXT REFERENCES meeting (id) ON DELETE RESTRICT,
    reviewed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,

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
