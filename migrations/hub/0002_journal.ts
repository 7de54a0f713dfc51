// Hub 0002: an import journal (every bundle tried, accepted or refused, so the centre sees what went
// wrong for each team) and a digest of every change received, so that a bundle which re-uses seq
// numbers with other content (a restored or copied installation) is recognised and refused.
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE hub_import (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    source TEXT,
    team_id TEXT,
    accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
    code TEXT,
    report TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX hub_import_team ON hub_import (team_id, id)`,
  `CREATE TABLE hub_change (
    team_id TEXT NOT NULL REFERENCES hub_team (id),
    seq INTEGER NOT NULL,
    digest BLOB NOT NULL,
    PRIMARY KEY (team_id, seq)
  ) STRICT, WITHOUT ROWID`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
