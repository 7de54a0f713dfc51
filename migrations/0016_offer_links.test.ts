import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0016_offer_links', () => {
  it('keeps the action items, which start with no offer and can name only an offer that exists', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v15 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 15) });
    const now = '2026-01-01T00:00:00Z';
    const run = (db: typeof v15, query: string, ...params: unknown[]) => db.sqlite.prepare(query).run(...params);
    run(v15, `INSERT INTO institution (id, name, sector, level, created_at, updated_at) VALUES ('ops', 'OPS', 'social_assistance', 'gmina', ?, ?)`, now, now);
    run(v15, `INSERT INTO meeting (id, kind, pzk_type, year, seq_in_year, date, status, created_at, updated_at) VALUES ('m1', 'pzk', 'working', 2026, 1, '2026-01-15', 'held', ?, ?)`, now, now);
    run(v15, `INSERT INTO action_item (id, origin_meeting_id, seq_in_meeting, number, text, status, created_at, updated_at) VALUES ('a1', 'm1', 1, '1/1/2026', 'Zadanie', 'new', ?, ?)`, now, now);
    run(v15, `INSERT INTO offer (id, institution_id, service, created_at, updated_at) VALUES ('o1', 'ops', 'Poradnictwo', ?, ?)`, now, now);
    await v15.close();

    const v16 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 16) });
    expect(v16.migration.applied).toEqual(['0016_offer_links']);
    expect(v16.sqlite.prepare('SELECT id, text, offer_id FROM action_item').all()).toEqual([{ id: 'a1', text: 'Zadanie', offer_id: null }]);
    run(v16, `UPDATE action_item SET offer_id = 'o1' WHERE id = 'a1'`);
    expect(() => run(v16, `UPDATE action_item SET offer_id = 'nope' WHERE id = 'a1'`)).toThrow(/FOREIGN KEY/);
    expect(() => run(v16, `DELETE FROM offer WHERE id = 'o1'`)).toThrow(/FOREIGN KEY/);
    await v16.close();
  });
});
