import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../migrations/index';
import { expectAppError, tempDir } from '../../test/helpers';
import { APPLICATION_ID, openDatabase } from './open';

const fakeNext = [
  '9001_test_extra',
  {
    up: async (db: Kysely<unknown>) => {
      await sql`ALTER TABLE member ADD COLUMN nickname TEXT`.execute(db);
      await sql`UPDATE member SET nickname = 'x'`.execute(db);
    },
  },
] as const;

async function openAndClose(file: string, options: Parameters<typeof openDatabase>[1] = {}) {
  const opened = await openDatabase(file, options);
  await opened.close();
  return opened;
}

describe('openDatabase', () => {
  it('creates a fresh database with WAL, foreign keys and every table', async () => {
    const file = join(tempDir(), 'pzk.sqlite');
    const opened = await openDatabase(file);
    expect(opened.migration.applied).toEqual(['0001_initial', '0002_search', '0003_protocol_versions', '0004_state_outbox', '0005_team_title', '0006_protocol_adoption', '0007_history_indexes', '0008_attachments', '0009_meeting_numbers', '0010_meeting_types', '0011_world_cafe_search', '0012_declarations', '0013_rules_and_benefits', '0014_action_plan', '0015_basket', '0016_offer_links', '0017_support', '0018_case_work']);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(opened.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const tables = (opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['team', 'institution', 'member', 'meeting', 'agenda_item', 'attendance', 'decision', 'action_item', 'action_item_review', 'case', 'outbox', 'write_session', 'settings']),
    );
    expect(tables).not.toContain('change_log');
    await opened.close();
  });

  it('re-opening is a no-op: nothing applied, no backup', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    await openAndClose(file, { backupDir: join(dir, 'backups') });
    const again = await openAndClose(file, { backupDir: join(dir, 'backups') });
    expect(again.migration).toEqual({ applied: [], backupFile: null });
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('backs the file up, then migrates a database holding data to the next version', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v1 = await openDatabase(file);
    v1.sqlite
      .prepare("INSERT INTO member (id, full_name, role, created_at, updated_at) VALUES ('m1', 'Łukasz Żółć', 'member', 'now', 'now')")
      .run();
    await v1.close();
    const v2 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: [...MIGRATIONS, fakeNext] });
    expect(v2.migration.applied).toEqual(['9001_test_extra']);
    expect(v2.sqlite.prepare('SELECT full_name, nickname FROM member').get()).toEqual({ full_name: 'Łukasz Żółć', nickname: 'x' });
    await v2.close();
    const backup = v2.migration.backupFile!;
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    const copy = new BetterSqlite3(backup, { readonly: true });
    expect(copy.prepare('SELECT full_name FROM member').get()).toEqual({ full_name: 'Łukasz Żółć' });
    expect(copy.prepare("SELECT count(*) AS n FROM pragma_table_info('member') WHERE name = 'nickname'").get()).toEqual({ n: 0 });
    copy.close();
  });

  it('rolls a failing migration back entirely', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    await openAndClose(file);
    const failing = [
      '9001_fails',
      {
        up: async (db: Kysely<unknown>) => {
          await sql`CREATE TABLE half_done (x INTEGER)`.execute(db);
          await sql`SELECT * FROM no_such_table`.execute(db);
        },
      },
    ] as const;
    await expectAppError(openDatabase(file, { migrations: [...MIGRATIONS, failing] }), 'INTERNAL');
    const raw = new BetterSqlite3(file);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(raw.prepare('SELECT name FROM kysely_migration ORDER BY name').all()).toEqual(MIGRATIONS.map(([name]) => ({ name })));
    raw.close();
  });

  it('refuses a database from a newer version', async () => {
    const file = join(tempDir(), 'pzk.sqlite');
    await openAndClose(file, { migrations: [...MIGRATIONS, fakeNext] });
    const error = await expectAppError(openDatabase(file), 'DB_NEWER_VERSION');
    expect(error.details).toEqual({ migration: '9001_test_extra' });
  });

  it('refuses a database whose migrations are not a prefix of the known list', async () => {
    const file = join(tempDir(), 'pzk.sqlite');
    await openAndClose(file);
    const raw = new BetterSqlite3(file);
    raw.prepare("UPDATE kysely_migration SET name = '0001_other' WHERE name = '0001_initial'").run();
    raw.close();
    await expectAppError(openDatabase(file), 'DB_UNKNOWN_MIGRATION');
  });

  it('refuses an SQLite file of another app and a file that is not SQLite, leaving them untouched', async () => {
    const dir = tempDir();
    const foreign = join(dir, 'other.sqlite');
    const raw = new BetterSqlite3(foreign);
    raw.exec('CREATE TABLE notes (x TEXT)');
    raw.close();
    await expectAppError(openDatabase(foreign), 'NOT_A_PZK_DATABASE');
    const check = new BetterSqlite3(foreign);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'team'").get()).toEqual({ n: 0 });
    check.close();
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'to nie jest baza danych, tylko zwykły tekst '.repeat(200));
    await expectAppError(openDatabase(text), 'NOT_A_PZK_DATABASE');
    await expectAppError(openDatabase(join(dir, 'missing.sqlite'), { mustExist: true }), 'NOT_FOUND');
  });

  it('zeroes removed text in the file (secure_delete) and keeps the WAL short after a checkpoint', async () => {
    const opened = await openDatabase(join(tempDir(), 'pzk.sqlite'));
    expect(opened.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('journal_size_limit', { simple: true })).toBe(0);
    await opened.close();
  });

  it('opens read-only beside a writer, and refuses to when the file must be upgraded first', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const writer = await openDatabase(file);
    const reader = await openDatabase(file, { readOnly: true });
    expect(() => reader.sqlite.prepare("INSERT INTO settings VALUES ('a', 'b')").run()).toThrow(/readonly/);
    await reader.close();
    await writer.close();
    const old = join(dir, 'old.sqlite');
    await openAndClose(old, { migrations: MIGRATIONS.slice(0, 3) });
    await expectAppError(openDatabase(old, { readOnly: true }), 'DB_NEEDS_UPGRADE');
  });
});
