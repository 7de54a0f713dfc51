import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../api/client';
import { openCore } from '../core/core';
import type { ChangeEvent } from '../domain/types';
import { expectAppError, openKeyed, tempDir, TEAM } from '../../test/helpers';
import { dailyBackup, isWholeDatabase } from './backup';

async function core(dataDir: string, now = '2026-03-01T10:00:00Z') {
  const c = await openCore(dataDir, { clock: () => new Date(now), logError: () => undefined });
  return { c, api: createClient((m, i) => c.dispatch(m, i)) };
}

describe('backups', () => {
  it('makes one daily copy per day once the team exists, listed for restoring', async () => {
    const dir = tempDir();
    const first = await core(dir);
    await first.api.team.setUp(TEAM);
    expect((await first.api.backup.list()).backups).toEqual([]);
    await first.c.close();
    const again = await core(dir);
    await again.c.close();
    const nextDay = await core(dir, '2026-03-02T09:00:00Z');
    const list = await nextDay.api.backup.list();
    expect(list.backups.map((b) => [b.name, b.kind])).toEqual(expect.arrayContaining([['daily-2026-03-01.sqlite', 'daily'], ['daily-2026-03-02.sqlite', 'daily']]));
    expect(list.backups).toHaveLength(2);
    await nextDay.c.close();
  });

  it('with backupLater, the copy is made when the host asks (after it listens), not while opening (issue 12)', async () => {
    const dir = tempDir();
    const first = await core(dir);
    await first.api.team.setUp(TEAM);
    await first.c.close();
    const host = await openCore(dir, { clock: () => new Date('2026-03-01T10:00:00Z'), logError: () => undefined, backupLater: true });
    const api = createClient((m, i) => host.dispatch(m, i));
    expect((await api.backup.list()).backups).toEqual([]);
    await host.dailyBackup();
    expect((await api.backup.list()).backups.map((b) => b.name)).toEqual(['daily-2026-03-01.sqlite']);
    await host.close();
  });

  it('hands over an encrypted copy that a new computer restores at once, telling every window to reload', async () => {
    const oldPc = tempDir();
    const a = await core(oldPc);
    await a.api.team.setUp(TEAM);
    await a.api.members.create({ fullName: 'Łukasz Żółć' });
    await expectAppError(a.api.backup.createHandover({ passphrase: 'short' }), 'VALIDATION_FAILED');
    const copy = await a.api.backup.createHandover({ passphrase: 'długie hasło przekazania' });
    expect(copy.fileName).toBe('pzk-kopia_1434011_2026-03-01.pzkbak');
    await a.c.close();

    const newPc = tempDir();
    const b = await core(newPc);
    const events: ChangeEvent[] = [];
    b.c.events.subscribe((e) => events.push(e));
    const wrong = await expectAppError(b.api.backup.restoreHandover({ bytes: copy.bytes, passphrase: 'inne hasło, złe' }), 'VALIDATION_FAILED');
    expect(wrong.details?.fields).toEqual({ passphrase: 'passphrase_wrong' });
    expect(await b.api.team.get()).toBeNull();
    expect(await b.api.backup.restoreHandover({ bytes: copy.bytes, passphrase: 'długie hasło przekazania' })).toEqual({ restored: true });
    expect(events).toEqual([{ origin: null, changes: [], reset: true }]);
    expect((await b.api.team.get())?.name).toBe(TEAM.name);
    expect((await b.api.members.list()).map((m) => m.fullName)).toEqual(['Łukasz Żółć']);
    expect(readdirSync(join(newPc, 'backups')).some((n) => n.startsWith('replaced-'))).toBe(true);
    // The restored database writes under a session of its own, apart from the original's.
    await b.api.members.create({ fullName: 'Nowa Osoba' });
    const sessions = b.c.database.sqlite.prepare('SELECT count(*) AS n FROM write_session').get() as { n: number };
    expect(sessions.n).toBe(2);
    await b.c.close();
  });

  it('restores a local backup in place, and refuses a file that is not a team database', async () => {
    const dir = tempDir();
    const a = await core(dir);
    await a.api.team.setUp(TEAM);
    await a.c.close();
    const b = await core(dir, '2026-03-02T09:00:00Z');
    await b.api.members.create({ fullName: 'Dodana po kopii' });
    await expectAppError(b.api.backup.restoreLocal({ name: 'nope.sqlite' }), 'NOT_FOUND');
    writeFileSync(join(dir, 'backups', 'broken.sqlite'), 'to nie jest baza');
    await expectAppError(b.api.backup.restoreLocal({ name: 'broken.sqlite' }), 'NOT_A_PZK_DATABASE');
    expect(existsSync(join(dir, 'restore-pending.sqlite'))).toBe(false);
    expect((await b.api.members.list()).map((m) => m.fullName)).toEqual(['Dodana po kopii']);
    // Calls made while the database is swapped wait for it instead of failing.
    const [restored, during] = await Promise.all([b.api.backup.restoreLocal({ name: 'daily-2026-03-02.sqlite' }), b.api.members.list()]);
    expect(restored).toEqual({ restored: true });
    expect([0, 1]).toContain(during.length);
    expect(await b.api.members.list()).toEqual([]);
    await b.c.close();
  });

  it('deletes every copy made before now, and makes one of the database as it is', async () => {
    const dir = tempDir();
    const a = await core(dir);
    await a.api.team.setUp(TEAM);
    const m = await a.api.members.create({ fullName: 'Anna Nowak', email: 'anna.nowak.stary@ops.example.pl' });
    await a.c.close();
    // The next day's first start copies the database as it was: with the address corrected below.
    const b = await core(dir, '2026-03-02T09:00:00Z');
    await b.api.members.update({ id: m.id, fullName: 'Anna Nowak', email: 'anna@ops.example.pl' });
    writeFileSync(join(dir, 'backups', 'before-0004_state_outbox-x.sqlite'), 'stara kopia z anna.nowak.stary@ops.example.pl');
    const daily = join(dir, 'backups', 'daily-2026-03-02.sqlite');
    // The copy is encrypted: its text is read through the database's key.
    const emails = () => {
      const copy = openKeyed(daily, join(dir, 'pzk.sqlite'));
      try {
        return copy.prepare('SELECT email FROM member').pluck().all();
      } finally {
        copy.close();
      }
    };
    expect(readFileSync(daily).includes('anna.nowak.stary')).toBe(false);
    expect(emails()).toEqual(['anna.nowak.stary@ops.example.pl']);
    expect((await b.api.backup.list()).backups.map((x) => x.name).sort()).toEqual(['before-0004_state_outbox-x.sqlite', 'daily-2026-03-02.sqlite']);
    expect(await b.api.backup.purge()).toEqual({ removed: 2 });
    expect((await b.api.backup.list()).backups.map((x) => x.name)).toEqual(['daily-2026-03-02.sqlite']);
    expect(emails()).toEqual(['anna@ops.example.pl']);
    await b.c.close();
  });
});

describe('the daily copy (issue 10.5)', () => {
  async function withTeam(dir: string, now = '2026-03-01T10:00:00Z') {
    const { c, api } = await core(dir, now);
    await api.team.setUp(TEAM);
    await api.members.create({ fullName: 'Łukasz Żółć' });
    await c.close();
    await (await core(dir, now)).c.close(); // the day's copy, now that the team exists
  }

  it('is never visible under its name before it is whole and checked', async () => {
    const dir = tempDir();
    await withTeam(dir, '2026-02-28T10:00:00Z');
    const db = openKeyed(join(dir, 'pzk.sqlite'), join(dir, 'pzk.sqlite'), { readonly: false });
    const seen: boolean[] = [];
    const file = join(dir, 'backups', 'daily-2026-03-01.sqlite');
    const prepare = db.prepare.bind(db);
    // Look at the destination right after the copy is written, before it is checked.
    db.prepare = ((source: string) => {
      const statement = prepare(source);
      if (!source.startsWith('VACUUM INTO')) return statement;
      return { run: (...args: unknown[]) => (statement.run(...args), seen.push(existsSync(file))) };
    }) as typeof db.prepare;
    const key = Buffer.from(readFileSync(join(dir, 'pzk.sqlite.UNPROTECTED-development-key'), 'utf8').trim(), 'hex');
    await dailyBackup(db, join(dir, 'backups'), new Date('2026-03-01T10:00:00Z'), key);
    db.close();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s === false)).toBe(true);
    expect(isWholeDatabase(file, key)).toBe(true);
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.includes('.partial'))).toEqual([]);
  });

  it('a fragment left by a killed copy is removed at the next start and the copy is made again', async () => {
    const dir = tempDir();
    await withTeam(dir);
    const backups = join(dir, 'backups');
    const today = join(backups, 'daily-2026-03-02.sqlite');
    const whole = readFileSync(join(backups, 'daily-2026-03-01.sqlite'));
    // What 0.1 left on a kill -9: today's copy cut short; and a temporary file of this version.
    writeFileSync(today, whole.subarray(0, Math.floor(whole.length / 3)));
    writeFileSync(`${today}.partial`, whole.subarray(0, 4096));
    const key = Buffer.from(readFileSync(join(dir, 'pzk.sqlite.UNPROTECTED-development-key'), 'utf8').trim(), 'hex');
    expect(isWholeDatabase(today, key)).toBe(false);
    const { c, api } = await core(dir, '2026-03-02T09:00:00Z');
    expect(isWholeDatabase(today, key)).toBe(true);
    expect(existsSync(`${today}.partial`)).toBe(false);
    expect((await api.backup.list()).backups.map((b) => b.name)).toContain('daily-2026-03-02.sqlite');
    await api.backup.restoreLocal({ name: 'daily-2026-03-02.sqlite' });
    expect((await api.members.list()).map((m) => m.fullName)).toEqual(['Łukasz Żółć']);
    await c.close();
  });
});
