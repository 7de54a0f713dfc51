// 0008: attachments to a meeting (issue 13.4). The row says what the file is (its type decided from
// its content, its size and SHA-256); the bytes sit in a table of their own, so that listing a
// meeting's attachments never reads them, and go with their row (ON DELETE CASCADE) while the
// meeting may still be edited. The outbox learns the new entity: its CHECK lists the entities, so the
// table is rebuilt with the same rows.
import { sql, type Kysely } from 'kysely';

// Spelled out, not imported: this migration keeps meaning what it meant when it was released.
const ENTITIES = [
  'team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item',
  'action_item_review', 'case', 'attachment',
].map((e) => `'${e}'`).join(', ');

const MEDIA_TYPES = [
  'application/pdf', 'image/jpeg', 'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
].map((t) => `'${t}'`).join(', ');

const STATEMENTS = [
  `CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL CHECK (position > 0),
    kind TEXT NOT NULL CHECK (kind IN ('attendance_scan', 'document')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    file_name TEXT NOT NULL CHECK (length(file_name) > 0),
    media_type TEXT NOT NULL CHECK (media_type IN (${MEDIA_TYPES})),
    size INTEGER NOT NULL CHECK (size > 0 AND size <= 26214400),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX attachment_meeting ON attachment (meeting_id, position)`,
  `CREATE TABLE attachment_content (
    attachment_id TEXT PRIMARY KEY NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
    content BLOB NOT NULL
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
