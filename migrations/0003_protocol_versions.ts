// 0003: approved protocols, kept byte for byte. Version 1 is made when the meeting is approved;
// each correction after approval adds a version that names it. Rows are never changed or removed.
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE protocol_version (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
    version INTEGER NOT NULL CHECK (version > 0),
    pdf BLOB NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    reason TEXT,
    corrected_by TEXT,
    correction_text TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (meeting_id, version),
    CHECK ((version = 1) = (reason IS NULL))
  ) STRICT`,
  `CREATE TRIGGER protocol_version_no_update BEFORE UPDATE ON protocol_version
    BEGIN SELECT RAISE(ABORT, 'protocol versions are immutable'); END`,
  `CREATE TRIGGER protocol_version_no_delete BEFORE DELETE ON protocol_version
    BEGIN SELECT RAISE(ABORT, 'protocol versions are immutable'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
