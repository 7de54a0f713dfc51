// Hub 0006 (issue 17.5): the region's case figures of a model type and year are published once — when the year has
// ended and every team of that type has sent a bundle made after its end — and then kept as they were published
// (the protected cells, never the exact counts), so that watching the figures as one team's bundle comes in tells
// nothing of that team. Each team's last bundle's making time is kept beside its import time.
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE hub_case_figures (
    model TEXT NOT NULL,
    year INTEGER NOT NULL,
    published_at TEXT NOT NULL,
    figures TEXT NOT NULL,
    PRIMARY KEY (model, year)
  ) STRICT`,
  `ALTER TABLE hub_team ADD COLUMN last_bundle_made_at TEXT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
