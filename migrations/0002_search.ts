// 0002: full-text search over minutes, agenda titles, decisions, action items and members.
// FTS5's unicode61 tokenizer (remove_diacritics 2) folds case and most Polish letters but not ł/Ł,
// so the indexed text has ł→l applied first; queries get the same folding (src/domain/search.ts).
// search_doc gives every indexed row a stable integer key (FTS rowids must not depend on the base
// tables' implicit rowids, which VACUUM may renumber). Triggers keep the index right after every
// insert, update and delete.
import { sql, type Kysely } from 'kysely';

const fold = (expr: string) => `replace(replace(${expr}, 'ł', 'l'), 'Ł', 'L')`;

interface Source {
  table: string;
  kind: string;
  title: string;
  body: string;
}

const SOURCES: Source[] = [
  { table: 'agenda_item', kind: 'agenda_item', title: 'title', body: 'minutes' },
  { table: 'decision', kind: 'decision', title: "''", body: 'text' },
  { table: 'action_item', kind: 'action_item', title: 'number', body: "text || ' ' || coalesce(verification, '')" },
  { table: 'member', kind: 'member', title: 'full_name', body: "coalesce(position, '') || ' ' || coalesce(email, '')" },
];

const on = (row: 'new' | 'old', expr: string) =>
  expr.replace(/\b(title|minutes|text|number|verification|full_name|position|email)\b/g, `${row}.$1`);

function statementsFor(s: Source): string[] {
  const title = (row: 'new' | 'old') => fold(on(row, s.title));
  const body = (row: 'new' | 'old') => fold(on(row, s.body));
  return [
    `CREATE TRIGGER search_${s.table}_insert AFTER INSERT ON "${s.table}" BEGIN
       INSERT INTO search_doc (kind, ref_id) VALUES ('${s.kind}', new.id);
       INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), ${title('new')}, ${body('new')});
     END`,
    `CREATE TRIGGER search_${s.table}_update AFTER UPDATE ON "${s.table}" BEGIN
       UPDATE search_index SET title = ${title('new')}, body = ${body('new')}
         WHERE rowid = (SELECT id FROM search_doc WHERE ref_id = new.id AND kind = '${s.kind}');
     END`,
    `CREATE TRIGGER search_${s.table}_delete AFTER DELETE ON "${s.table}" BEGIN
       DELETE FROM search_index WHERE rowid = (SELECT id FROM search_doc WHERE ref_id = old.id AND kind = '${s.kind}');
       DELETE FROM search_doc WHERE ref_id = old.id AND kind = '${s.kind}';
     END`,
    // Rows that exist already (a database from 0001) are indexed once here.
    `INSERT INTO search_doc (kind, ref_id) SELECT '${s.kind}', id FROM "${s.table}" ORDER BY rowid`,
    `INSERT INTO search_index (rowid, title, body)
       SELECT d.id, ${fold(s.title)}, ${fold(s.body)} FROM "${s.table}" JOIN search_doc d ON d.ref_id = "${s.table}".id AND d.kind = '${s.kind}'`,
  ];
}

const STATEMENTS = [
  `CREATE TABLE search_doc (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    UNIQUE (ref_id, kind)
  ) STRICT`,
  `CREATE VIRTUAL TABLE search_index USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2')`,
  ...SOURCES.flatMap(statementsFor),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
