import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../api/client';
import { openCore } from '../core/core';
import { expectAppError, tempDir, TEAM } from '../../test/helpers';

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

  it('hands over an encrypted copy that a new computer restores at the next start', async () => {
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
    const wrong = await expectAppError(b.api.backup.restoreHandover({ base64: copy.base64, passphrase: 'inne hasło, złe' }), 'VALIDATION_FAILED');
    expect(wrong.details?.fields).toEqual({ passphrase: 'passphrase_wrong' });
    expect(await b.api.backup.restoreHandover({ base64: copy.base64, passphrase: 'długie hasło przekazania' })).toEqual({ restartRequired: true });
    expect((await b.api.backup.list()).restorePending).toBe(true);
    expect(await b.api.team.get()).toBeNull();
    await b.c.close();
    const restarted = await core(newPc);
    expect((await restarted.api.team.get())?.name).toBe(TEAM.name);
    expect((await restarted.api.members.list()).map((m) => m.fullName)).toEqual(['Łukasz Żółć']);
    expect(readdirSync(join(newPc, 'backups')).some((n) => n.startsWith('replaced-'))).toBe(true);
    expect((await restarted.api.backup.list()).restorePending).toBe(false);
    await restarted.c.close();
  });

  it('restores a local backup, and refuses a file that is not a team database', async () => {
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
    await b.api.backup.restoreLocal({ name: 'daily-2026-03-02.sqlite' });
    await b.c.close();
    const c = await core(dir, '2026-03-02T10:00:00Z');
    expect(await c.api.members.list()).toEqual([]);
    await c.c.close();
  });
});
