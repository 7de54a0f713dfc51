import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

const plan = (sqlite: { prepare(sql: string): { all(...a: unknown[]): unknown[] } }, query: string) =>
  (sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all('m') as Array<{ detail: string }>).map((r) => r.detail).join(' | ');

describe('0007_history_indexes', () => {
  it("finds a member's attendance and action items, and a year's meetings, by index in the order shown", async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v6 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) });
    expect(plan(v6.sqlite, 'SELECT count(*) FROM attendance WHERE member_id = ?')).not.toContain('attendance_member');
    await v6.close();
    const v7 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 7) });
    expect(v7.migration.applied).toEqual(['0007_history_indexes']);
    expect(plan(v7.sqlite, 'SELECT count(*) FROM attendance WHERE member_id = ?')).toContain('attendance_member');
    const items = plan(v7.sqlite, 'SELECT id FROM action_item WHERE owner_member_id = ? ORDER BY created_at DESC LIMIT 50');
    expect(items).toContain('action_item_owner');
    expect(items).not.toContain('TEMP B-TREE');
    expect(plan(v7.sqlite, "SELECT id FROM meeting WHERE year = 2026 AND ? = 'm' ORDER BY date DESC")).toContain('meeting_year');
    await v7.close();
  });
});
