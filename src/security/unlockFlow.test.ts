// Issue 17.6 in the desktop app without the system's key: a reimaged laptop opens its team's database with the
// recovery passphrase typed in a window, a wrong one is asked again with nothing changed, the OS seals the key
// again so the next start does not ask; a new database on a computer without a key store gets a passphrase set.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../api/client';
import { DATABASE_FILE_NAME, HUB_FILE_NAME } from '../config/dataDir';
import { openCore, requireHubOpen, type SecretStore } from '../core/core';
import { expectAppError, systemStore, TEAM, tempDir } from '../../test/helpers';
import { keysFileOf } from './keys';
import { openAsking, type UnlockRequest } from './unlockFlow';

const PASSPHRASE = 'zielona łąka nad Bugiem';

/** A window that answers in turn, and remembers what it was asked. */
function window(...answers: Array<string | null>) {
  const asked: UnlockRequest[] = [];
  return { asked, ask: async (r: UnlockRequest) => (asked.push(r), answers.shift() ?? null) };
}

const openWith = (dir: string, secrets: SecretStore | null) => (passphrase: string | null) => openCore(dir, { secrets, unlock: { secrets, passphrase }, logError: () => undefined });

describe('the recovery passphrase asked in a window', () => {
  it('opens a team database on a reimaged laptop, asks again after a wrong one, and seals the key for the next start', async () => {
    const dir = tempDir();
    const made = await openCore(dir, { secrets: systemStore('old'), unlock: { secrets: systemStore('old'), passphrase: PASSPHRASE }, logError: () => undefined });
    await createClient((m, i) => made.dispatch(m, i)).team.setUp(TEAM);
    await made.close();
    const keysBefore = readFileSync(keysFileOf(join(dir, DATABASE_FILE_NAME)), 'utf8');

    const w = window('nie to hasło wcale', PASSPHRASE);
    const core = await openAsking(openWith(dir, systemStore('new')), w.ask);
    expect(w.asked).toEqual([{ creating: false, error: null }, { creating: false, error: 'wrong' }]);
    expect((await createClient((m, i) => core.dispatch(m, i)).team.get())?.name).toBe(TEAM.name);
    await core.close();
    // Sealed again by the new computer: no window at the next start.
    expect(readFileSync(keysFileOf(join(dir, DATABASE_FILE_NAME)), 'utf8')).not.toBe(keysBefore);
    const next = window();
    await (await openAsking(openWith(dir, systemStore('new')), next.ask)).close();
    expect(next.asked).toEqual([]);
  });

  it('closing the window gives up with the reason, and the database is untouched', async () => {
    const dir = tempDir();
    const made = await openCore(dir, { secrets: systemStore('old'), unlock: { secrets: systemStore('old'), passphrase: PASSPHRASE }, logError: () => undefined });
    await made.close();
    const file = join(dir, DATABASE_FILE_NAME);
    const [db, keys] = [readFileSync(file), readFileSync(keysFileOf(file))];
    const w = window(null);
    await expectAppError(openAsking(openWith(dir, systemStore('new')), w.ask), 'DB_KEY_NEEDED');
    expect(readFileSync(keysFileOf(file)).equals(keys)).toBe(true);
    expect(readFileSync(file).equals(db)).toBe(true);
  });

  it('a new database on a computer without a key store: a passphrase of at least 10 characters is set', async () => {
    const dir = tempDir();
    const w = window('krótkie', PASSPHRASE);
    const core = await openAsking(openWith(dir, null), w.ask);
    expect(w.asked).toEqual([{ creating: true, error: null }, { creating: true, error: 'short' }]);
    await core.close();
    // It opens with that passphrase only.
    const again = window('nie to hasło wcale', PASSPHRASE);
    await (await openAsking(openWith(dir, null), again.ask)).close();
    expect(again.asked).toEqual([{ creating: false, error: null }, { creating: false, error: 'wrong' }]);
  });

  it('a database that never had a passphrase set is not asked for one: the reason stands', async () => {
    const dir = tempDir();
    await (await openCore(dir, { secrets: systemStore('old'), unlock: { secrets: systemStore('old'), passphrase: null }, logError: () => undefined })).close();
    const w = window(PASSPHRASE);
    const error = await expectAppError(openAsking(openWith(dir, systemStore('new')), w.ask), 'DB_KEY_NEEDED');
    expect(error.details).toMatchObject({ reason: 'no_recovery' });
    expect(w.asked).toEqual([]);
  });

  it('a regional hub brought from another computer: the window asks for its passphrase, then the system seals its key', async () => {
    // The centre's hub was made on the old computer; the team's database of this folder is this computer's own.
    const old = tempDir();
    const made = await openCore(old, { secrets: systemStore('old'), unlock: { secrets: systemStore('old'), passphrase: PASSPHRASE }, logError: () => undefined });
    await createClient((m, i) => made.dispatch(m, i)).hub.init({ name: 'Regionalny Ośrodek Polityki Społecznej' });
    await made.close();
    const dir = tempDir();
    await (await openCore(dir, { secrets: systemStore('new'), unlock: { secrets: systemStore('new'), passphrase: null }, logError: () => undefined })).close();
    for (const name of [HUB_FILE_NAME, keysFileOf(HUB_FILE_NAME)]) copyFileSync(join(old, name), join(dir, name));
    const openHubToo = (passphrase: string | null) => openWith(dir, systemStore('new'))(passphrase).then(requireHubOpen);

    const w = window('nie to hasło wcale', PASSPHRASE);
    const core = await openAsking(openHubToo, w.ask);
    expect(w.asked).toEqual([{ creating: false, error: null }, { creating: false, error: 'wrong' }]);
    expect((await createClient((m, i) => core.dispatch(m, i)).hub.status()).name).toBe('Regionalny Ośrodek Polityki Społecznej');
    await core.close();
    const next = window();
    await (await openAsking(openHubToo, next.ask)).close();
    expect(next.asked).toEqual([]);
  });
});
