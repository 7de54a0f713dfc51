// 0004: state, not history (issue 9). The append-only change_log kept a full copy of a row for every
// write, so a text corrected by the animator (a PESEL typed by mistake) stayed in the file and went out
// in every bundle. It is replaced by an outbox that names each changed record once, with the seq of
// its latest write; bundles read the record's current row. Dropped pages are zeroed (the connection
// runs with secure_delete), and the full-text index is told to delete for real and is merged, so that
// old tokens leave its pages too.
//
// write_session names which process session made which seqs, so that the regional hub can tell a
// restored copy of the database (which numbers new work again) from the original. All history written
// before this migration is one session, "legacy", the same in every copy.
//
// Also: the erasure date of a member (RODO art. 17), the RODO findings of each stored protocol PDF, and
// an index for the follow-up of action items closed on or after a meeting's date.
import { sql, type Kysely } from 'kysely';

// Spelled out, not imported: this migration keeps meaning what it meant when it was released.
const ENTITIES = [
  'team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item',
  'action_item_review', 'case',
].map((e) => `'${e}'`).join(', ');

const STATEMENTS = [
  `CREATE TABLE outbox (
    entity TEXT NOT NULL CHECK (entity IN (${ENTITIES})),
    entity_id TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'anonymise')),
    PRIMARY KEY (entity, entity_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX outbox_seq ON outbox (seq)`,
  // The latest change of every record, with its seq: the outbox says the same as the log did.
  `INSERT INTO outbox (entity, entity_id, seq, op)
     SELECT c.entity, c.entity_id, c.seq, CASE c.op WHEN 'delete' THEN 'delete' ELSE 'upsert' END
     FROM (SELECT max(seq) AS seq FROM change_log GROUP BY entity, entity_id) latest
     JOIN change_log c ON c.seq = latest.seq`,

  `CREATE TABLE write_session (
    id TEXT PRIMARY KEY NOT NULL,
    first_seq INTEGER NOT NULL UNIQUE CHECK (first_seq > 0),
    started_at TEXT NOT NULL
  ) STRICT`,
  `INSERT INTO write_session (id, first_seq, started_at)
     SELECT 'legacy', min(seq), min(at) FROM change_log HAVING count(*) > 0`,

  `DROP TRIGGER change_log_no_update`,
  `DROP TRIGGER change_log_no_delete`,
  `DROP TABLE change_log`,

  `ALTER TABLE member ADD COLUMN anonymised_on TEXT`,
  `ALTER TABLE protocol_version ADD COLUMN findings TEXT`,
  `CREATE INDEX action_item_closed ON action_item (closed_on)`,

  `INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)`,
  `INSERT INTO search_index (search_index) VALUES ('optimize')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
