import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0010_meeting_types', () => {
  it('makes every PZK meeting a working meeting, keeps numbers, and lets only PZK meetings have a type', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v9 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 9) });
    const now = '2026-01-01T00:00:00Z';
    const insert = (db: typeof v9, id: string, kind: string, seq: number | null, date: string, status: string) =>
      db.sqlite.prepare(`INSERT INTO meeting (id, kind, year, seq_in_year, date, status, created_at, updated_at) VALUES (?, ?, 2026, ?, ?, ?, ?, ?)`).run(id, kind, seq, date, status, now, now);
    insert(v9, 'm1', 'pzk', 1, '2026-01-10', 'approved');
    insert(v9, 'm2', 'zzk', 1, '2026-01-12', 'held');
    insert(v9, 'm3', 'pzk', null, '2026-02-10', 'planned');
    const before = v9.sqlite.prepare('SELECT id, kind, year, seq_in_year, date, status FROM meeting ORDER BY id').all();
    await v9.close();

    const v10 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 10) });
    expect(v10.migration.applied).toEqual(['0010_meeting_types']);
    const run = (query: string, ...params: unknown[]) => v10.sqlite.prepare(query).run(...params);
    expect(v10.sqlite.prepare('SELECT id, kind, year, seq_in_year, date, status FROM meeting ORDER BY id').all()).toEqual(before);
    expect(v10.sqlite.prepare('SELECT id, pzk_type, ends_on, aspiration FROM meeting ORDER BY id').all()).toEqual([
      { id: 'm1', pzk_type: 'working', ends_on: null, aspiration: null },
      { id: 'm2', pzk_type: null, ends_on: null, aspiration: null },
      { id: 'm3', pzk_type: 'working', ends_on: null, aspiration: null },
    ]);
    // A PZK meeting must have a known type, a ZZK meeting none.
    expect(() => insert(v10, 'm4', 'pzk', null, '2026-03-10', 'planned')).toThrow(/CHECK/);
    expect(() => run(`UPDATE meeting SET pzk_type = 'world_cafe' WHERE id = 'm2'`)).toThrow(/CHECK/);
    expect(() => run(`UPDATE meeting SET pzk_type = 'coffee' WHERE id = 'm3'`)).toThrow(/CHECK/);
    run(`UPDATE meeting SET pzk_type = 'workshop', ends_on = '2026-02-11' WHERE id = 'm3'`);
    // Several days run forward.
    expect(() => run(`UPDATE meeting SET ends_on = '2026-02-10' WHERE id = 'm3'`)).toThrow(/CHECK/);
    await v10.close();
  });
});
