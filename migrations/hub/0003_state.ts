// Hub 0003: bundle format 2 (state, not history). The hub keeps each team's write-session ledger (which
// session wrote which seqs) instead of a digest of every change: a restored copy of a team's database
// writes under its own session, so its bundles disagree with the ledger (FORK). `ledger_from` is the
// first seq the ledger covers; for data received in format 1 it starts with the team's first
// format-2 bundle. Rows of format 2 are marked, so that a replayed seq can be compared by content.
// The per-change digests of format 1 are not needed any more and go.
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE hub_session (
    team_id TEXT NOT NULL REFERENCES hub_team (id),
    from_seq INTEGER NOT NULL CHECK (from_seq > 0),
    session_id TEXT NOT NULL,
    PRIMARY KEY (team_id, from_seq)
  ) STRICT, WITHOUT ROWID`,
  `ALTER TABLE hub_team ADD COLUMN ledger_from INTEGER`,
  `ALTER TABLE hub_record ADD COLUMN format INTEGER NOT NULL DEFAULT 1`,
  `DROP TABLE hub_change`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
