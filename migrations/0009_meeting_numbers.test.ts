import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0009_meeting_numbers', () => {
  it('keeps every meeting and its number, and lets only a planned meeting be without one', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v8 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 8) });
    const now = '2026-01-01T00:00:00Z';
    const run8 = (query: string, ...params: unknown[]) => v8.sqlite.prepare(query).run(...params);
    run8(`INSERT INTO meeting (id, kind, year, seq_in_year, date, status, adopted_on, created_at, updated_at) VALUES ('m1', 'pzk', 2026, 1, '2026-01-10', 'approved', '2026-02-01', ?, ?)`, now, now);
    run8(`INSERT INTO meeting (id, kind, year, seq_in_year, date, status, adopted_at_meeting_id, created_at, updated_at) VALUES ('m2', 'pzk', 2026, 2, '2026-03-10', 'planned', NULL, ?, ?)`, now, now);
    run8(`INSERT INTO agenda_item (id, meeting_id, position, title, minutes, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Sprawy', 'Tekst', ?, ?)`, now, now);
    run8(`UPDATE meeting SET adopted_at_meeting_id = 'm2' WHERE id = 'm1'`);
    const before = v8.sqlite.prepare('SELECT * FROM meeting ORDER BY id').all();
    expect(() => run8(`INSERT INTO meeting (id, kind, year, seq_in_year, date, status, created_at, updated_at) VALUES ('m3', 'pzk', 2026, NULL, '2026-04-10', 'planned', ?, ?)`, now, now)).toThrow(/NOT NULL/);
    await v8.close();

    const v9 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 9) });
    expect(v9.migration.applied).toEqual(['0009_meeting_numbers']);
    const run = (query: string, ...params: unknown[]) => v9.sqlite.prepare(query).run(...params);
    // The same rows, column for column, the existing planned meeting keeping its number.
    expect(v9.sqlite.prepare('SELECT * FROM meeting ORDER BY id').all()).toEqual(before);
    expect(v9.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(v9.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    // Planned meetings without numbers, as many as wanted; a held one must have its number.
    run(`INSERT INTO meeting (id, kind, year, seq_in_year, date, status, created_at, updated_at) VALUES ('m3', 'pzk', 2026, NULL, '2026-04-10', 'planned', ?, ?)`, now, now);
    run(`INSERT INTO meeting (id, kind, year, seq_in_year, date, status, created_at, updated_at) VALUES ('m4', 'pzk', 2026, NULL, '2026-05-10', 'planned', ?, ?)`, now, now);
    expect(() => run(`UPDATE meeting SET status = 'held' WHERE id = 'm3'`)).toThrow(/CHECK/);
    expect(() => run(`UPDATE meeting SET seq_in_year = 1 WHERE id = 'm3'`)).toThrow(/UNIQUE/);
    // The references into the rebuilt table still hold.
    expect(() => run(`INSERT INTO agenda_item (id, meeting_id, position, title, minutes, created_at, updated_at) VALUES ('a2', 'nowhere', 1, 'X', '', ?, ?)`, now, now)).toThrow(/FOREIGN KEY/);
    expect(() => run(`DELETE FROM meeting WHERE id = 'm1'`)).toThrow(/FOREIGN KEY/);
    const plan = v9.sqlite.prepare("EXPLAIN QUERY PLAN SELECT id FROM meeting WHERE year = 2026 ORDER BY date DESC").all().map((r) => (r as { detail: string }).detail).join();
    expect(plan).toContain('meeting_year');
    await v9.close();
  });
});
