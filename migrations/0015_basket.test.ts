import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0015_basket', () => {
  it('keeps the outbox, and holds offers whose lists are JSON arrays, one service name per institution', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v14 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 14) });
    const now = '2026-01-01T00:00:00Z';
    v14.sqlite.prepare(`INSERT INTO institution (id, name, sector, level, created_at, updated_at) VALUES ('ops', 'OPS', 'social_assistance', 'gmina', ?, ?)`).run(now, now);
    v14.sqlite.prepare(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('institution', 'ops', 2, 'upsert')`).run();
    await v14.close();

    const v15 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 15) });
    expect(v15.migration.applied).toEqual(['0015_basket']);
    const run = (query: string, ...params: unknown[]) => v15.sqlite.prepare(query).run(...params);
    expect(v15.sqlite.prepare('SELECT entity, entity_id, seq FROM outbox').all()).toEqual([{ entity: 'institution', entity_id: 'ops', seq: 2 }]);
    run(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('offer', 'o1', 3, 'upsert')`);
    run(`INSERT INTO offer (id, institution_id, service, target_groups, created_at, updated_at) VALUES ('o1', 'ops', 'Poradnictwo', '["families"]', ?, ?)`, now, now);
    expect(() => run(`INSERT INTO offer (id, institution_id, service, created_at, updated_at) VALUES ('o2', 'ops', 'PORADNICTWO', ?, ?)`, now, now)).toThrow(/UNIQUE/);
    expect(() => run(`INSERT INTO offer (id, institution_id, service, problem_areas, created_at, updated_at) VALUES ('o3', 'ops', 'Inna', 'nie json', ?, ?)`, now, now)).toThrow(/CHECK/);
    expect(() => run(`INSERT INTO offer (id, institution_id, service, cost, created_at, updated_at) VALUES ('o4', 'ops', 'Inna', 'gratis', ?, ?)`, now, now)).toThrow(/CHECK/);
    await v15.close();
  });
});
