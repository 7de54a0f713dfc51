// 0005: the words the protocol's title uses for where the team works ("w Zgierzu"), chosen by the
// team. NULL keeps the default built from the TERYT type (src/domain/documents.pl.ts).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE team ADD COLUMN title_locative TEXT`.execute(db);
}
