// 0006: where and when a meeting's protocol was adopted ("Protokół przyjęto na posiedzeniu nr 2/2026
// w dniu …"): the adopting meeting (by default the next one) and the date. Both NULL for a protocol
// not yet adopted and for those adopted before this version (their frozen PDFs say nothing of it).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE meeting ADD COLUMN adopted_at_meeting_id TEXT`.execute(db);
  await sql`ALTER TABLE meeting ADD COLUMN adopted_on TEXT`.execute(db);
}
