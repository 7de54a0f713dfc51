// Issue 10.6: a read-only database file or data folder is found at open; the app starts, shows the
// data and says what cannot be written; every write fails with READ_ONLY_DATA and changes nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../api/client';
import { AppError } from '../api/errors';
import { expectAppError, makeReadOnly, tempDir, TEAM } from '../../test/helpers';
import { openCore } from './core';

async function teamFolder() {
  const dir = tempDir();
  const core = await openCore(dir, { logError: () => undefined });
  const api = createClient((m, i) => core.dispatch(m, i));
  await api.team.setUp(TEAM);
  const m = await api.meetings.create({ date: '2026-03-01', agenda: ['Sprawy bieżące'] });
  const item = (await api.meetings.get({ id: m.id })).agenda[0]!;
  await api.agenda.update({ id: item.id, minutes: 'Zapisane wcześniej.' });
  await core.close();
  return { dir, meetingId: m.id, itemId: item.id };
}

async function opened(dir: string) {
  const core = await openCore(dir, { logError: () => undefined });
  return { core, api: createClient((m, i) => core.dispatch(m, i)) };
}

describe.each(['file', 'folder'] as const)('a read-only %s', (what) => {
  it('opens to be read, says what is read-only, and refuses every write with READ_ONLY_DATA', async (t) => {
    const { dir, meetingId, itemId } = await teamFolder();
    const target = what === 'file' ? join(dir, 'pzk.sqlite') : dir;
    const before = readFileSync(join(dir, 'pzk.sqlite'));
    const filesBefore = readdirSync(dir).sort();
    if (!makeReadOnly(target)) return t.skip('neither chmod nor chattr can make a path read-only here');
    const { core, api } = await opened(dir);
    try {
      expect((await api.app.status()).readOnly).toEqual({ what, path: target });
      expect((await api.meetings.get({ id: meetingId })).agenda[0]!.minutes).toBe('Zapisane wcześniej.');
      const refused = await expectAppError(api.agenda.update({ id: itemId, minutes: 'Nowy tekst' }), 'READ_ONLY_DATA');
      expect(refused.message).toMatch(/read-only/);
      await expectAppError(api.members.create({ fullName: 'Nowa Osoba' }), 'READ_ONLY_DATA');
      if (what === 'folder') await expectAppError(api.backup.createHandover({ passphrase: 'długie hasło przekazania' }), 'READ_ONLY_DATA');
    } finally {
      await core.close();
    }
    expect(readFileSync(join(dir, 'pzk.sqlite')).equals(before)).toBe(true);
    if (what === 'folder') expect(readdirSync(dir).sort()).toEqual(filesBefore);
  });
});

describe('a read-only folder without a database', () => {
  it('is refused at once with READ_ONLY_DATA naming the folder', async (t) => {
    const dir = tempDir();
    if (!makeReadOnly(dir)) return t.skip('neither chmod nor chattr can make a path read-only here');
    const error = await openCore(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'READ_ONLY_DATA', details: { what: 'folder', path: dir } });
    expect(existsSync(join(dir, 'pzk.sqlite'))).toBe(false);
  });
});
