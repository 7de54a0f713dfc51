// 0011: the World Café outputs (0010) are found by the search, and by the RODO access request's
// look for mentions of a person, like minutes. A meeting is indexed as a 'world_cafe' document only
// while it has an output; triggers keep the index right (an output written, cleared, the meeting deleted).
import { sql, type Kysely } from 'kysely';

const FIELDS = ['aspiration', 'team_values', 'working_rules', 'communication_standards'];
const fold = (expr: string) => `replace(replace(${expr}, 'ł', 'l'), 'Ł', 'L')`;
const body = (row: 'new' | 'm') => fold(FIELDS.map((f) => `coalesce(${row}.${f}, '')`).join(` || ' ' || `));
const hasOutput = (row: 'new' | 'm') => `(${FIELDS.map((f) => `${row}.${f} IS NOT NULL`).join(' OR ')})`;

const drop = (row: 'old' | 'new') => `
  DELETE FROM search_index WHERE rowid = (SELECT id FROM search_doc WHERE ref_id = ${row}.id AND kind = 'world_cafe');
  DELETE FROM search_doc WHERE ref_id = ${row}.id AND kind = 'world_cafe';`;
const add = `
  INSERT INTO search_doc (kind, ref_id) SELECT 'world_cafe', new.id WHERE ${hasOutput('new')};
  INSERT INTO search_index (rowid, title, body) SELECT last_insert_rowid(), '', ${body('new')} WHERE ${hasOutput('new')};`;

const STATEMENTS = [
  `CREATE TRIGGER search_world_cafe_insert AFTER INSERT ON meeting BEGIN ${add} END`,
  `CREATE TRIGGER search_world_cafe_update AFTER UPDATE OF ${FIELDS.join(', ')} ON meeting BEGIN ${drop('old')} ${add} END`,
  `CREATE TRIGGER search_world_cafe_delete AFTER DELETE ON meeting BEGIN ${drop('old')} END`,
  `INSERT INTO search_doc (kind, ref_id) SELECT 'world_cafe', m.id FROM meeting m WHERE ${hasOutput('m')} ORDER BY m.rowid`,
  `INSERT INTO search_index (rowid, title, body)
     SELECT d.id, '', ${body('m')} FROM meeting m JOIN search_doc d ON d.ref_id = m.id AND d.kind = 'world_cafe'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
