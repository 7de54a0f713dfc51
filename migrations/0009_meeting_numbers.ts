// 0009: a planned meeting has no number yet; it gets one when it is held (DECISIONS 12), so that a
// series planned ahead, or a planned meeting that never takes place, leaves no gap in the year's
// numbers. seq_in_year may now be null, for planned meetings only. Every existing number stays as
// it is. SQLite cannot drop a NOT NULL, so the table is rebuilt by its 12-step procedure: foreign keys
// are off while migrations run (src/db/migrate.ts), then the copy, the rename, the indexes, and a
// foreign-key check before the migrations' transaction commits.
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE meeting_next (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL DEFAULT 'pzk' CHECK (kind IN ('pzk', 'zzk', 'other')),
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    seq_in_year INTEGER CHECK (seq_in_year > 0),
    date TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    place TEXT,
    online_url TEXT,
    chair_member_id TEXT REFERENCES member (id) ON DELETE RESTRICT,
    minute_taker_member_id TEXT REFERENCES member (id) ON DELETE RESTRICT,
    case_id TEXT REFERENCES "case" (id) ON DELETE RESTRICT,
    other_business TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'held', 'approved')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    adopted_at_meeting_id TEXT,
    adopted_on TEXT,
    UNIQUE (kind, year, seq_in_year),
    CHECK (status = 'planned' OR seq_in_year IS NOT NULL)
  ) STRICT`,
  `INSERT INTO meeting_next (id, kind, year, seq_in_year, date, start_time, end_time, place, online_url, chair_member_id,
     minute_taker_member_id, case_id, other_business, status, created_at, updated_at, adopted_at_meeting_id, adopted_on)
   SELECT id, kind, year, seq_in_year, date, start_time, end_time, place, online_url, chair_member_id,
     minute_taker_member_id, case_id, other_business, status, created_at, updated_at, adopted_at_meeting_id, adopted_on
   FROM meeting`,
  `DROP TABLE meeting`,
  `ALTER TABLE meeting_next RENAME TO meeting`,
  `CREATE INDEX meeting_date ON meeting (date)`,
  `CREATE INDEX meeting_year ON meeting (year, date)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
  const broken = await sql<{ table: string }>`PRAGMA foreign_key_check`.execute(db);
  if (broken.rows.length) throw new Error(`the rebuilt meeting table breaks ${broken.rows.length} reference(s), first in ${broken.rows[0]!.table}`);
}
