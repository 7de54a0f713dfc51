// Hub 0004: the sums a team sends instead of rows (issue 17.5) — for now the support it received, by month and
// kind — kept as the team's last bundle gave them (JSON; null until a bundle of an app that sends them).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`ALTER TABLE hub_team ADD COLUMN support TEXT`).execute(db);
}
