import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0013_rules_and_benefits', () => {
  it('keeps the outbox, allows one draft of the rules, and never lets an adopted version or its PDF change', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v12 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 12) });
    const now = '2026-01-01T00:00:00Z';
    v12.sqlite.prepare(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('member', 'a', 7, 'upsert')`).run();
    v12.sqlite.prepare(`INSERT INTO meeting (id, kind, pzk_type, year, seq_in_year, date, status, created_at, updated_at) VALUES ('m1', 'pzk', 'formalising', 2026, 1, '2026-02-10', 'held', ?, ?)`).run(now, now);
    await v12.close();

    const v13 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 13) });
    expect(v13.migration.applied).toEqual(['0013_rules_and_benefits']);
    const run = (query: string, ...params: unknown[]) => v13.sqlite.prepare(query).run(...params);
    expect(v13.sqlite.prepare('SELECT entity, entity_id, seq FROM outbox').all()).toEqual([{ entity: 'member', entity_id: 'a', seq: 7 }]);
    run(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('rules_version', 'r1', 8, 'upsert'), ('benefit', 'b1', 8, 'upsert')`);
    const insert = (id: string, version: number) => run(`INSERT INTO rules_version (id, version, title, sections, created_at, updated_at) VALUES (?, ?, 'Regulamin', '[]', ?, ?)`, id, version, now, now);
    insert('r1', 1);
    expect(() => insert('r2', 2)).toThrow(/UNIQUE/);
    expect(() => run(`UPDATE rules_version SET sections = 'nie json' WHERE id = 'r1'`)).toThrow(/CHECK/);
    run(`UPDATE rules_version SET adopted_on = '2026-02-10', adopted_at_meeting_id = 'm1' WHERE id = 'r1'`);
    expect(() => run(`UPDATE rules_version SET title = 'Inny' WHERE id = 'r1'`)).toThrow(/adopted/);
    expect(() => run(`DELETE FROM rules_version WHERE id = 'r1'`)).toThrow(/adopted/);
    run(`INSERT INTO rules_pdf (rules_version_id, pdf, sha256, created_at) VALUES ('r1', x'25504446', ?, ?)`, 'a'.repeat(64), now);
    expect(() => run(`UPDATE rules_pdf SET pdf = x'00' WHERE rules_version_id = 'r1'`)).toThrow(/cannot change/);
    // The next draft may start once the first is adopted.
    insert('r2', 2);
    await v13.close();
  });
});
