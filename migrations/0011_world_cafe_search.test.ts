import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0011_world_cafe_search', () => {
  it('indexes the World Café outputs already written, and keeps the index right as they change', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v10 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 10) });
    const now = '2026-01-01T00:00:00Z';
    const insert = (db: typeof v10, id: string, aspiration: string | null) =>
      db.sqlite
        .prepare(`INSERT INTO meeting (id, kind, pzk_type, year, seq_in_year, date, status, aspiration, created_at, updated_at) VALUES (?, 'pzk', 'world_cafe', 2026, NULL, '2026-01-24', 'planned', ?, ?, ?)`)
        .run(id, aspiration, now, now);
    insert(v10, 'm1', 'Żadna rodzina nie zostaje sama');
    insert(v10, 'm2', null);
    await v10.close();

    const v11 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 11) });
    expect(v11.migration.applied).toEqual(['0011_world_cafe_search']);
    const found = (q: string) =>
      v11.sqlite.prepare(`SELECT d.ref_id AS id FROM search_index JOIN search_doc d ON d.id = search_index.rowid WHERE search_index MATCH ? AND d.kind = 'world_cafe' ORDER BY d.ref_id`).all(q).map((r) => (r as { id: string }).id);
    const run = (query: string, ...params: unknown[]) => v11.sqlite.prepare(query).run(...params);
    // Diacritics-blind, ł folded, as every other text.
    expect(found('zadna')).toEqual(['m1']);
    run(`UPDATE meeting SET working_rules = 'Ustalenia zapisujemy z terminem' WHERE id = 'm2'`);
    expect(found('ustalenia')).toEqual(['m2']);
    run(`UPDATE meeting SET aspiration = NULL WHERE id = 'm1'`);
    expect(found('zadna')).toEqual([]);
    // A meeting without outputs has no document; a deleted one leaves none behind.
    run(`DELETE FROM meeting WHERE id = 'm2'`);
    expect(v11.sqlite.prepare(`SELECT count(*) FROM search_doc WHERE kind = 'world_cafe'`).pluck().get()).toBe(0);
    await v11.close();
  });
});
