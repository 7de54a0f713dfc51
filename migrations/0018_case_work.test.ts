import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0018_case_work', () => {
  it('keeps the cases and the outbox, and holds a case’s team, plan and reviews with their checks', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const now = '2026-01-01T00:00:00Z';
    const v17 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 17) });
    const run17 = (query: string, ...params: unknown[]) => v17.sqlite.prepare(query).run(...params);
    run17(`INSERT INTO institution (id, name, sector, level, created_at, updated_at) VALUES ('i1', 'OPS', 'social_assistance', 'gmina', ?, ?)`, now, now);
    run17(`INSERT INTO "case" (id, code, kind, opened_on, created_at, updated_at) VALUES ('c1', 'R-01', 'family', '2025-10-01', ?, ?)`, now, now);
    run17(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('case', 'c1', 3, 'upsert')`);
    await v17.close();

    const v18 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 18) });
    expect(v18.migration.applied).toEqual(['0018_case_work']);
    const run = (query: string, ...params: unknown[]) => v18.sqlite.prepare(query).run(...params);
    expect(v18.sqlite.prepare(`SELECT code, difficulties, consent_scope, close_reason FROM "case"`).all()).toEqual([{ code: 'R-01', difficulties: '[]', consent_scope: '[]', close_reason: null }]);
    expect(v18.sqlite.prepare('SELECT entity, entity_id, seq FROM outbox').all()).toEqual([{ entity: 'case', entity_id: 'c1', seq: 3 }]);
    run(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('ipw_goal', 'g1', 4, 'upsert')`);
    expect(() => run(`UPDATE "case" SET close_reason = 'happy' WHERE id = 'c1'`)).toThrow(/CHECK/);
    expect(() => run(`UPDATE "case" SET difficulties = 'ubóstwo' WHERE id = 'c1'`)).toThrow(/CHECK|JSON/);
    run(`INSERT INTO case_team_member (id, case_id, institution_id, created_at, updated_at) VALUES ('t1', 'c1', 'i1', ?, ?)`, now, now);
    expect(() => run(`INSERT INTO case_team_member (id, case_id, institution_id, created_at, updated_at) VALUES ('t2', 'c1', 'i1', ?, ?)`, now, now)).toThrow(/UNIQUE/);
    run(`INSERT INTO ipw_goal (id, case_id, position, text, created_at, updated_at) VALUES ('g1', 'c1', 1, 'Cel', ?, ?)`, now, now);
    expect(() => run(`INSERT INTO ipw_task (id, goal_id, position, text, institution_id, status, created_at, updated_at) VALUES ('k1', 'g1', 1, 'Zadanie', 'i1', 'late', ?, ?)`, now, now)).toThrow(/CHECK/);
    run(`INSERT INTO ipw_task (id, goal_id, position, text, institution_id, created_at, updated_at) VALUES ('k1', 'g1', 1, 'Zadanie', 'i1', ?, ?)`, now, now);
    run(`INSERT INTO case_review (id, case_id, reviewed_on, note, results, created_at, updated_at) VALUES ('r1', 'c1', '2026-01-05', 'Przegląd', '[{"goalId":"g1","result":"partial"}]', ?, ?)`, now, now);
    await v18.close();
  });
});
