// 0016: a meeting's action item may name the offer of the Lokalny Koszyk Usług it makes use of (issue 16.4:
// "kto może pomóc w…" found during a meeting and tied to the task agreed on it).
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `ALTER TABLE action_item ADD COLUMN offer_id TEXT REFERENCES offer (id) ON DELETE RESTRICT`,
  `CREATE INDEX action_item_offer ON action_item (offer_id) WHERE offer_id IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
