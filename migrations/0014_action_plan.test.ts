import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0014_action_plan', () => {
  it('keeps the action items and the outbox, and lets an action item carry out a plan task', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v13 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 13) });
    const now = '2026-01-01T00:00:00Z';
    v13.sqlite.prepare(`INSERT INTO meeting (id, kind, pzk_type, year, seq_in_year, date, status, created_at, updated_at) VALUES ('m1', 'pzk', 'working', 2026, 1, '2026-02-10', 'held', ?, ?)`).run(now, now);
    v13.sqlite.prepare(`INSERT INTO action_item (id, origin_meeting_id, seq_in_meeting, number, text, status, created_at, updated_at) VALUES ('a1', 'm1', 1, '1/2026/1', 'Zadanie', 'new', ?, ?)`).run(now, now);
    v13.sqlite.prepare(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('action_item', 'a1', 3, 'upsert')`).run();
    await v13.close();

    const v14 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 14) });
    expect(v14.migration.applied).toEqual(['0014_action_plan']);
    const run = (query: string, ...params: unknown[]) => v14.sqlite.prepare(query).run(...params);
    expect(v14.sqlite.prepare('SELECT id, number, plan_task_id FROM action_item').all()).toEqual([{ id: 'a1', number: '1/2026/1', plan_task_id: null }]);
    expect(v14.sqlite.prepare('SELECT entity, entity_id, seq FROM outbox').all()).toEqual([{ entity: 'action_item', entity_id: 'a1', seq: 3 }]);
    run(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('action_plan', 'p1', 4, 'upsert'), ('plan_task', 't1', 4, 'upsert')`);
    expect(() => run(`INSERT INTO action_plan (id, title, period_from, period_to, created_at, updated_at) VALUES ('bad', 'Plan', '2026-12-31', '2026-01-01', ?, ?)`, now, now)).toThrow(/CHECK/);
    run(`INSERT INTO action_plan (id, title, period_from, period_to, created_at, updated_at) VALUES ('p1', 'Plan', '2026-01-01', '2026-12-31', ?, ?)`, now, now);
    run(`INSERT INTO plan_task (id, plan_id, position, text, created_at, updated_at) VALUES ('t1', 'p1', 1, 'Diagnoza', ?, ?)`, now, now);
    // Done needs its day, and only done has one.
    expect(() => run(`UPDATE plan_task SET status = 'done' WHERE id = 't1'`)).toThrow(/CHECK/);
    run(`UPDATE action_item SET plan_task_id = 't1' WHERE id = 'a1'`);
    expect(() => run(`DELETE FROM plan_task WHERE id = 't1'`)).toThrow(/FOREIGN KEY/);
    await v14.close();
  });
});
