// The team's database at rest (issue 17.6): encrypted with its WAL and its copies, opened by the system's key
// store or the recovery passphrase, refused — with nothing changed — by a wrong key, never replaced by a new
// empty database; a plain database of an older version is encrypted through a verified copy.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../api/client';
import { openCore, type Unlock } from '../core/core';
import { isPlainDatabase } from '../db/cipher';
import { expectAppError, filesOf, folderDigest as digest, systemStore, tempDir, TEAM } from '../../test/helpers';
import { developmentKeyFileOf, keysFileOf } from './keys';
import { hostUnlock } from './hostUnlock';

const MINUTES = 'Omówiono sytuację rodziny z ulicy Kwiatowej; wniosek o asystenta rodziny.';
const PASSPHRASE = 'zielona łąka nad Bugiem';

async function open(dir: string, unlock: Unlock) {
  const core = await openCore(dir, { unlock, logError: () => undefined, clock: () => new Date('2026-03-02T10:00:00Z') });
  return { core, api: createClient((m, i) => core.dispatch(m, i)) };
}

async function teamWithMinutes(dir: string, unlock: Unlock) {
  const { core, api } = await open(dir, unlock);
  await api.team.setUp(TEAM);
  const meeting = await api.meetings.create({ kind: 'pzk', date: '2026-03-01', agenda: ['Sprawy rodzin'] });
  const item = (await api.meetings.get({ id: meeting.id })).agenda[0]!;
  await api.agenda.update({ id: item.id, minutes: MINUTES });
  return { core, api };
}

describe('the database encrypted at rest', () => {
  it('no file of the data folder holds a minute text, while open (WAL) and after: the database, its copies, the key file', async () => {
    const dir = tempDir();
    const { core, api } = await teamWithMinutes(dir, { secrets: systemStore('laptop-1'), passphrase: PASSPHRASE });
    expect(core.database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    const scan = () => filesOf(dir).filter((f) => f.bytes.includes(Buffer.from('Kwiatowej')) || f.bytes.includes(Buffer.from(MINUTES.slice(0, 20), 'utf16le')));
    expect(scan()).toEqual([]);
    expect(existsSync(join(dir, 'pzk.sqlite-wal'))).toBe(true);
    // A handover copy is made through the temporary folder, never plain on disk; today's copy is encrypted too.
    await api.backup.createHandover({ passphrase: 'hasło przekazania 2026' });
    await core.dailyBackup();
    expect((await api.app.status()).encryption).toEqual({ source: 'os', recoverySet: true });
    await core.close();
    await (await open(dir, { secrets: systemStore('laptop-1') })).core.close();
    expect(readdirSync(join(dir, 'backups')).some((n) => n.startsWith('daily-'))).toBe(true);
    expect(scan()).toEqual([]);
    for (const f of filesOf(dir).filter((x) => x.name.endsWith('.sqlite'))) expect(isPlainDatabase(join(dir, f.name)), f.name).toBe(false);
    expect(readFileSync(join(dir, 'pzk.sqlite')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(existsSync(developmentKeyFileOf(join(dir, 'pzk.sqlite')))).toBe(false);
  });

  it('the recovery passphrase opens it on another computer; a wrong one, or none, is refused and changes nothing', async () => {
    const dir = tempDir();
    const first = await teamWithMinutes(dir, { secrets: systemStore('laptop-1') });
    expect((await first.api.app.status()).encryption).toEqual({ source: 'os', recoverySet: false });
    const short = await expectAppError(first.api.security.setRecoveryPassphrase({ passphrase: 'krótkie' }), 'VALIDATION_FAILED');
    expect(short.details?.fields).toEqual({ passphrase: 'passphrase_short' });
    expect(await first.api.security.setRecoveryPassphrase({ passphrase: PASSPHRASE })).toEqual({ source: 'os', recoverySet: true });
    await first.core.close();

    const before = digest(dir);
    await expectAppError(open(dir, { secrets: systemStore('laptop-2'), passphrase: 'to nie jest to hasło' }), 'DB_KEY_WRONG');
    await expectAppError(open(dir, { secrets: systemStore('laptop-2') }), 'DB_KEY_NEEDED');
    await expectAppError(open(dir, {}), 'DB_KEY_NEEDED');
    expect(digest(dir)).toBe(before);

    // The reimaged laptop: the passphrase opens it, and its own key store seals the key from now on.
    const second = await open(dir, { secrets: systemStore('laptop-2'), passphrase: PASSPHRASE });
    const meetings = await second.api.meetings.list();
    expect((await second.api.meetings.get({ id: meetings[0]!.id })).agenda[0]!.minutes).toBe(MINUTES);
    expect((await second.api.app.status()).encryption).toEqual({ source: 'passphrase', recoverySet: true });
    await second.core.close();
    const third = await open(dir, { secrets: systemStore('laptop-2') });
    expect((await third.api.app.status()).encryption?.source).toBe('os');
    await third.core.close();
  });

  it('never makes a new empty database for one it cannot open: a missing key file is an error', async () => {
    const dir = tempDir();
    const first = await teamWithMinutes(dir, { passphrase: PASSPHRASE });
    await first.core.close();
    const keys = keysFileOf(join(dir, 'pzk.sqlite'));
    const saved = readFileSync(keys);
    rmSync(keys);
    const size = statSync(join(dir, 'pzk.sqlite')).size;
    await expectAppError(open(dir, { passphrase: PASSPHRASE }), 'DB_KEY_MISSING');
    await expectAppError(open(dir, { developmentKey: true }), 'DB_KEY_MISSING');
    expect(statSync(join(dir, 'pzk.sqlite')).size).toBe(size);
    writeFileSync(keys, saved);
    const again = await open(dir, { passphrase: PASSPHRASE });
    expect((await again.api.team.get())?.name).toBe(TEAM.name);
    await again.core.close();
  });

  it('encrypts a plain database of an older version through a verified copy, its plain copies too, and keeps every row', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    copyFileSync('test/fixtures/v0.1.0/team.sqlite', file);
    mkdirSync(join(dir, 'backups'));
    copyFileSync('test/fixtures/v0.1.0/team.sqlite', join(dir, 'backups', 'daily-2026-01-01.sqlite'));
    expect(isPlainDatabase(file)).toBe(true);
    const { core, api } = await open(dir, { passphrase: PASSPHRASE });
    const team = await api.team.get();
    const members = await api.members.list();
    await core.close();
    expect(team).not.toBeNull();
    expect(members.length).toBeGreaterThan(0);
    expect(isPlainDatabase(file)).toBe(false);
    expect(isPlainDatabase(join(dir, 'backups', 'daily-2026-01-01.sqlite'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('encrypting'))).toEqual([]);
    const again = await open(dir, { passphrase: PASSPHRASE });
    expect((await again.api.members.list()).map((m) => m.id)).toEqual(members.map((m) => m.id));
    // The encrypted copy restores like any other.
    await again.api.backup.restoreLocal({ name: 'daily-2026-01-01.sqlite' });
    expect((await again.api.team.get())?.name).toBe(team!.name);
    await again.core.close();
  });

  it('the hosts without a key store: PZK_PASSPHRASE, a prompt (twice for a new database), the development key only by name', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const asked: string[] = [];
    const answers = (...a: Array<string | null>) => async (q: string) => (asked.push(q), a.shift() ?? null);
    expect(await hostUnlock(file, { PZK_PASSPHRASE: PASSPHRASE }, answers())).toEqual({ passphrase: PASSPHRASE });
    expect(await hostUnlock(file, { PZK_DEV_KEY: '1' }, answers())).toEqual({ developmentKey: true, passphrase: null });
    expect(await hostUnlock(file, {}, answers(PASSPHRASE, PASSPHRASE))).toEqual({ passphrase: PASSPHRASE });
    expect(asked).toHaveLength(2);
    const differ = await expectAppError(hostUnlock(file, {}, answers(PASSPHRASE, 'inne hasło niż pierwsze')), 'VALIDATION_FAILED');
    expect(differ.details?.fields).toEqual({ passphrase: 'passphrase_mismatch' });
    await expectAppError(hostUnlock(file, {}, answers(null)), 'DB_KEY_NEEDED');
    // A demo folder opened by its development key file: the host says how to open it instead of asking.
    await (await open(dir, { developmentKey: true })).core.close();
    await expectAppError(hostUnlock(file, {}, answers(PASSPHRASE)), 'DB_KEY_NEEDED');
  });
});
