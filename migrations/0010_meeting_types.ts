// 0010: the Model's meeting types (issue 16.1). Every PZK meeting gets a type — the ones held so far
// become working meetings ("posiedzenie robocze"), which is what they were; ZZK and other meetings
// have none, and two triggers keep it so. A meeting may span several days (ends_on, a workshop away
// from the office), and a World Café meeting keeps its four outputs, which feed the team's rules.
// Numbers do not change: the types share the PZK's numbering, as before.
import { sql, type Kysely } from 'kysely';

// A CHECK added with ADD COLUMN is tested against the rows already there (where the type is still
// NULL), so the rule "a PZK meeting has a known type, the others none" is kept by triggers instead.
const TYPE_RULE = `(NEW.kind = 'pzk') = (NEW.pzk_type IS NOT NULL)
  AND (NEW.pzk_type IS NULL OR NEW.pzk_type IN ('initiating', 'world_cafe', 'formalising', 'working', 'workshop'))`;

const STATEMENTS = [
  `ALTER TABLE meeting ADD COLUMN pzk_type TEXT`,
  `UPDATE meeting SET pzk_type = 'working' WHERE kind = 'pzk'`,
  `CREATE TRIGGER meeting_pzk_type_insert BEFORE INSERT ON meeting WHEN NOT (${TYPE_RULE})
   BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: meeting.pzk_type'); END`,
  `CREATE TRIGGER meeting_pzk_type_update BEFORE UPDATE OF kind, pzk_type ON meeting WHEN NOT (${TYPE_RULE})
   BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: meeting.pzk_type'); END`,
  `ALTER TABLE meeting ADD COLUMN ends_on TEXT CHECK (ends_on IS NULL OR ends_on > date)`,
  `ALTER TABLE meeting ADD COLUMN aspiration TEXT`,
  `ALTER TABLE meeting ADD COLUMN team_values TEXT`,
  `ALTER TABLE meeting ADD COLUMN working_rules TEXT`,
  `ALTER TABLE meeting ADD COLUMN communication_standards TEXT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
