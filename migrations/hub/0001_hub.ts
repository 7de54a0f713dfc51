// Hub 0001: the regional centre's database — its keys, enrolled teams, imported bundles, and the
// teams' records as the latest row per entity (enough for reports; replays change nothing).
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE hub (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name TEXT NOT NULL,
    age_identity TEXT NOT NULL,
    age_recipient TEXT NOT NULL,
    receipt_private_key TEXT NOT NULL,
    receipt_public_key TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE hub_team (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    teryt TEXT NOT NULL CHECK (length(teryt) = 7),
    token TEXT NOT NULL,
    install_id TEXT,
    pinned_key TEXT,
    acked_seq INTEGER NOT NULL DEFAULT 0,
    last_bundle_hash TEXT,
    last_bundle_at TEXT,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE hub_bundle (
    hash TEXT PRIMARY KEY NOT NULL,
    team_id TEXT NOT NULL REFERENCES hub_team (id),
    install_id TEXT NOT NULL,
    base_seq INTEGER NOT NULL,
    to_seq INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    report TEXT NOT NULL,
    UNIQUE (team_id, install_id, base_seq, to_seq)
  ) STRICT`,
  `CREATE TABLE hub_record (
    team_id TEXT NOT NULL REFERENCES hub_team (id),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    row TEXT,
    PRIMARY KEY (team_id, entity, entity_id)
  ) STRICT`,
  `CREATE TABLE hub_file (
    team_id TEXT NOT NULL REFERENCES hub_team (id),
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (team_id, path)
  ) STRICT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
