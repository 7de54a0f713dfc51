import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

const PESEL = '44051401458';

describe('0004_state_outbox', () => {
  it('turns the change history into one outbox row per record, and leaves no superseded text in the file', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v3 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 3) });
    const now = '2026-01-01T00:00:00Z';
    const run = (query: string, ...params: unknown[]) => v3.sqlite.prepare(query).run(...params);
    run(`INSERT INTO meeting (id, kind, year, seq_in_year, date, status, created_at, updated_at) VALUES ('m1', 'pzk', 2026, 1, '2026-01-10', 'held', ?, ?)`, now, now);
    run(`INSERT INTO agenda_item (id, meeting_id, position, title, minutes, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Sprawy', 'Notatka poprawiona.', ?, ?)`, now, now);
    run(`INSERT INTO member (id, full_name, role, created_at, updated_at) VALUES ('p1', 'Łukasz Żółć', 'member', ?, ?)`, now, now);
    // The history 0003 kept: every autosave of the minutes, one of them with a PESEL, and a deletion.
    const log = [
      ['meeting', 'm1', 'insert', { id: 'm1' }],
      ['agenda_item', 'a1', 'insert', { id: 'a1', minutes: '' }],
      ['agenda_item', 'a1', 'update', { id: 'a1', minutes: `Notatka, PESEL ${PESEL}.` }],
      ['member', 'p1', 'insert', { id: 'p1' }],
      ['agenda_item', 'a1', 'update', { id: 'a1', minutes: 'Notatka poprawiona.' }],
      ['decision', 'd1', 'insert', { id: 'd1', text: 'Usunięte' }],
      ['decision', 'd1', 'delete', null],
      ['meeting', 'm1', 'update', { id: 'm1', status: 'held' }],
    ] as const;
    for (const [entity, id, op, row] of log) {
      run('INSERT INTO change_log (entity, entity_id, op, row, at) VALUES (?, ?, ?, ?, ?)', entity, id, op, row === null ? null : JSON.stringify(row), now);
    }
    // The search index held the PESEL too, as a token of the text it was typed in.
    run(`UPDATE agenda_item SET minutes = ? WHERE id = 'a1'`, `Notatka, PESEL ${PESEL}.`);
    run(`UPDATE agenda_item SET minutes = 'Notatka poprawiona.' WHERE id = 'a1'`);
    await v3.close();

    const v4 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 4) });
    expect(v4.migration.applied).toEqual(['0004_state_outbox']);
    const outbox = v4.sqlite.prepare('SELECT entity, entity_id AS id, seq, op FROM outbox ORDER BY seq').all();
    expect(outbox).toEqual([
      { entity: 'member', id: 'p1', seq: 4, op: 'upsert' },
      { entity: 'agenda_item', id: 'a1', seq: 5, op: 'upsert' },
      { entity: 'decision', id: 'd1', seq: 7, op: 'delete' },
      { entity: 'meeting', id: 'm1', seq: 8, op: 'upsert' },
    ]);
    expect(v4.sqlite.prepare('SELECT id, first_seq AS firstSeq FROM write_session').all()).toEqual([{ id: 'legacy', firstSeq: 1 }]);
    expect(v4.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'change_log'").get()).toEqual({ n: 0 });
    // The data itself is untouched; the new columns are there and empty.
    expect(v4.sqlite.prepare('SELECT minutes FROM agenda_item').get()).toEqual({ minutes: 'Notatka poprawiona.' });
    expect(v4.sqlite.prepare('SELECT full_name, anonymised_on FROM member').get()).toEqual({ full_name: 'Łukasz Żółć', anonymised_on: null });
    const vocab = v4.sqlite.prepare("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'search_index', 'row')");
    vocab.run();
    expect(v4.sqlite.prepare('SELECT count(*) AS n FROM temp.v WHERE term = ?').get(PESEL)).toEqual({ n: 0 });
    expect(v4.sqlite.prepare('SELECT count(*) AS n FROM temp.v WHERE term = ?').get('poprawiona')).toEqual({ n: 1 });
    await v4.close();
    // Not in the file, and not in a WAL (the migration ends with a checkpoint that empties it).
    expect(readFileSync(file).includes(PESEL)).toBe(false);
    // The copy made before the migration still has it: docs/data-protection.md says so, and
    // "Usuń kopie sprzed poprawki" deletes it (src/backup/backup.test.ts).
    const [before] = (await import('node:fs')).readdirSync(join(dir, 'backups'));
    expect(readFileSync(join(dir, 'backups', before!)).includes(PESEL)).toBe(true);
  });

  it('migrates an empty database (no history: no legacy session)', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    await (await openDatabase(file, { migrations: MIGRATIONS.slice(0, 3) })).close();
    const v4 = await openDatabase(file);
    expect(v4.sqlite.prepare('SELECT count(*) AS n FROM write_session').get()).toEqual({ n: 0 });
    expect(v4.sqlite.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    await v4.close();
  });
});
