// The schema guard (after Actual's schema-guard test): migrations may only add. Each migration must
// keep every table, column, index and trigger of the schema before it, with the same type — except the
// removals listed below, each with its reason — and the schema of the newest migration is committed as
// a snapshot (test/schema/*.json), so that any change of it is a visible, deliberate edit.
// To accept a schema that grew: UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/schema.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { HUB_MIGRATIONS } from '../migrations/hub/index';
import { MIGRATIONS } from '../migrations/index';
import { openDatabase } from '../src/db/open';
import type { MigrationList } from '../src/db/migrate';
import { HUB_APPLICATION_ID } from '../src/hub/hub';
import { tempDir } from './helpers';

/** Released removals, by the migration that made them. Add a line only with the reason beside it. */
const ALLOWED_REMOVALS: Record<string, string[]> = {
  // State, not history (issue 9): the append-only log of full rows kept superseded personal data.
  '0004_state_outbox': ['table change_log', 'trigger change_log_no_update', 'trigger change_log_no_delete'],
  // Format 2 keeps write sessions instead of a digest of every change.
  'hub:0003_state': ['table hub_change'],
  // Issue 16.2: the two declaration dates of a member became declaration records (moved, not lost).
  '0012_declarations': ['column member.declaration_signed_on', 'column member.confidentiality_signed_on'],
};

/** Released changes of a kept column or object, by the migration that made them, each with its reason. */
const ALLOWED_CHANGES: Record<string, string[]> = {
  // DECISIONS 12: a planned meeting has no number until it is held (the NOT NULL is dropped; numbers kept).
  '0009_meeting_numbers': ['column meeting.seq_in_year'],
};

type Schema = Record<string, string>;

/** Every table's columns (type, not null, default, key), every index and trigger, as comparable lines. */
function schemaOf(sqlite: BetterSqlite3.Database): Schema {
  const out: Schema = {};
  const objects = sqlite.prepare("SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY type, name").all() as Array<{
    type: string;
    name: string;
    tbl: string;
    sql: string | null;
  }>;
  for (const o of objects) {
    if (o.type === 'table') {
      out[`table ${o.name}`] = o.sql?.includes('VIRTUAL TABLE') ? 'virtual' : 'table';
      for (const c of sqlite.prepare(`SELECT name, type, "notnull" AS nn, dflt_value AS dflt, pk FROM pragma_table_info(?)`).all(o.name) as Array<{ name: string; type: string; nn: number; dflt: string | null; pk: number }>) {
        out[`column ${o.name}.${c.name}`] = `${c.type}${c.nn ? ' NOT NULL' : ''}${c.dflt === null ? '' : ` DEFAULT ${c.dflt}`}${c.pk ? ` PK${c.pk}` : ''}`;
      }
    } else {
      out[`${o.type} ${o.name}`] = `on ${o.tbl}`;
    }
  }
  return out;
}

async function schemaAfter(migrations: MigrationList, applicationId?: number): Promise<Schema> {
  const opened = await openDatabase(join(tempDir(), 'db.sqlite'), { migrations, ...(applicationId !== undefined && { applicationId }) });
  const schema = schemaOf(opened.sqlite);
  await opened.close();
  return schema;
}

for (const [label, list, applicationId, prefix] of [
  ['team', MIGRATIONS, undefined, ''],
  ['hub', HUB_MIGRATIONS, HUB_APPLICATION_ID, 'hub:'],
] as const) {
  describe(`the ${label} database schema`, () => {
    it('only grows from one migration to the next (removals are listed with their reason)', async () => {
      let before: Schema = {};
      for (let i = 1; i <= list.length; i++) {
        const name = list[i - 1]![0];
        const after = await schemaAfter(list.slice(0, i), applicationId);
        const allowed = ALLOWED_REMOVALS[`${prefix}${name}`] ?? [];
        const lost = Object.keys(before).filter((k) => !(k in after) && !allowed.some((a) => k === a || (a.startsWith('table ') && k.startsWith(`column ${a.slice('table '.length)}.`))));
        const changed = Object.keys(before).filter((k) => k in after && after[k] !== before[k] && !(ALLOWED_CHANGES[`${prefix}${name}`] ?? []).includes(k));
        expect({ migration: name, lost, changed }).toEqual({ migration: name, lost: [], changed: [] });
        before = after;
      }
    });

    it('is the committed snapshot', async () => {
      const current = await schemaAfter(list, applicationId);
      const file = join(import.meta.dirname, 'schema', `${label}.json`);
      if (process.env.UPDATE_SCHEMA_SNAPSHOT || !existsSync(file)) writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
      const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Schema;
      expect(current, `the ${label} schema differs from test/schema/${label}.json; if the change is meant, see the comment at the top of this file`).toEqual(snapshot);
    });
  });
}
