import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0017_support', () => {
  it('keeps the outbox, and holds support entries of counts with a kind, positive hours and a provider', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v16 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 16) });
    v16.sqlite.prepare(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('offer', 'o1', 4, 'upsert')`).run();
    await v16.close();

    const v17 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 17) });
    expect(v17.migration.applied).toEqual(['0017_support']);
    expect(v17.sqlite.prepare('SELECT entity, entity_id, seq FROM outbox').all()).toEqual([{ entity: 'offer', entity_id: 'o1', seq: 4 }]);
    const now = '2026-01-01T00:00:00Z';
    const run = (query: string, ...params: unknown[]) => v17.sqlite.prepare(query).run(...params);
    run(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('support_entry', 's1', 5, 'upsert')`);
    run(`INSERT INTO support_entry (id, date, kind, hours, participants, provider, created_at, updated_at) VALUES ('s1', '2026-03-01', 'coaching', 1.5, 16, 'ROPS', ?, ?)`, now, now);
    expect(() => run(`INSERT INTO support_entry (id, date, kind, hours, participants, provider, created_at, updated_at) VALUES ('s2', '2026-03-01', 'lecture', 1, 1, 'ROPS', ?, ?)`, now, now)).toThrow(/CHECK/);
    expect(() => run(`INSERT INTO support_entry (id, date, kind, hours, participants, provider, created_at, updated_at) VALUES ('s3', '2026-03-01', 'training', 0, 1, 'ROPS', ?, ?)`, now, now)).toThrow(/CHECK/);
    expect(() => run(`INSERT INTO support_entry (id, date, kind, hours, participants, provider, created_at, updated_at) VALUES ('s4', '2026-03-01', 'training', 2, 1, ' ', ?, ?)`, now, now)).toThrow(/CHECK/);
    await v17.close();
  });
});
