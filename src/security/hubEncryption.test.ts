// The regional hub's database at rest (issue 17.6): hub.sqlite holds every team's minutes and rosters and the
// hub's private key, so it is encrypted like a team's database, with a key of its own opened by what opened
// the team's; a plain hub of an older version is encrypted through a verified copy; a wrong key changes nothing.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient, type ApiClient } from '../api/client';
import { openCore, openCoreFile, type Unlock } from '../core/core';
import { isPlainDatabase } from '../db/cipher';
import { enrolTeam, initHub } from '../hub/hub';
import { importBundle } from '../hub/import';
import { openHubAt } from '../../test/hubAt';
import { expectAppError, filesOf, folderDigest, seededCore, systemStore, tempDir } from '../../test/helpers';
import { developmentKeyFileOf, keysFileOf } from './keys';

const MINUTES = 'Rodzina z ulicy Lipowej potrzebuje mieszkania chronionego.';
const PASSPHRASE = 'regionalne centrum nad Wisłą';

const clientOf = (core: Awaited<ReturnType<typeof openCore>>) => ({ core, api: createClient((m, i) => core.dispatch(m, i)) });
/** The data folder of the regional centre, as the app and the browser host open it. */
const openFolder = async (dir: string, unlock: Unlock) => clientOf(await openCore(dir, { unlock, logError: () => undefined }));
/** The hub's file alone, as `pzk hub …` opens it. */
const openHubFile = async (file: string, unlock: Unlock, mustExist = true) => clientOf(await openCoreFile(':memory:', { hubFile: file, hubMustExist: mustExist, unlock, logError: () => undefined }));

/** A team whose approved meeting's minutes hold MINUTES, enrolled by `enrol`; its first bundle. */
async function teamBundle(enrol: () => Promise<string>) {
  const team = await seededCore({ now: '2026-03-01T10:00:00Z' });
  const m = await team.api.meetings.create({ date: '2026-02-10', agenda: ['Sprawy rodzin'] });
  const item = (await team.api.meetings.get({ id: m.id })).agenda[0]!;
  await team.api.agenda.update({ id: item.id, minutes: MINUTES });
  await team.api.meetings.setStatus({ id: m.id, status: 'held' });
  await team.api.meetings.setStatus({ id: m.id, status: 'approved' });
  await team.api.sync.importEnrolment({ text: await enrol() });
  return (await team.api.sync.exportBundle()).bytes;
}

async function hubWithBundle(api: ApiClient) {
  await api.hub.init({ name: 'Regionalny Ośrodek Polityki Społecznej' });
  const bytes = await teamBundle(async () => Buffer.from((await api.hub.enrol({ name: 'PZK Zielonka', teryt: '1434011' })).bytes).toString());
  const [imported] = await api.hub.import({ files: [{ name: 'zielonka.pzkb', bytes }] });
  expect(imported!.report.accepted).toBe(true);
}

const holdingMinutes = (dir: string) => filesOf(dir).filter((f) => f.bytes.includes(Buffer.from('Lipowej'))).map((f) => f.name);
const heldMeetings = async (api: ApiClient) => (await api.hub.teams()).map((t) => t.meetingsHeld);

describe("the regional hub's database encrypted at rest", () => {
  it('holds no minute text in any file, open (WAL) or closed; it has a key file of its own, opened by the same passphrase', async () => {
    const dir = tempDir();
    const first = await openFolder(dir, { passphrase: PASSPHRASE });
    await hubWithBundle(first.api);
    expect(existsSync(join(dir, 'hub.sqlite-wal'))).toBe(true);
    expect(holdingMinutes(dir)).toEqual([]);
    await first.core.close();
    expect(holdingMinutes(dir)).toEqual([]);
    expect(isPlainDatabase(join(dir, 'hub.sqlite'))).toBe(false);
    expect(existsSync(keysFileOf(join(dir, 'hub.sqlite')))).toBe(true);
    expect(existsSync(developmentKeyFileOf(join(dir, 'hub.sqlite')))).toBe(false);
    const again = await openFolder(dir, { passphrase: PASSPHRASE });
    expect(await heldMeetings(again.api)).toEqual([1]);
    await again.core.close();
  });

  it('a wrong passphrase, or none, is refused and changes nothing; the right one opens it', async () => {
    const dir = tempDir();
    const file = join(dir, 'hub.sqlite');
    const first = await openHubFile(file, { passphrase: PASSPHRASE }, false);
    await hubWithBundle(first.api);
    await first.core.close();
    const before = folderDigest(dir);
    for (const [unlock, code] of [[{ passphrase: 'to nie jest to hasło' }, 'DB_KEY_WRONG'], [{}, 'DB_KEY_NEEDED'], [{ developmentKey: true }, 'DB_KEY_NEEDED']] as const) {
      const refused = await openHubFile(file, unlock);
      await expectAppError(refused.api.hub.teams(), code);
      await refused.core.close();
    }
    expect(folderDigest(dir)).toBe(before);
    // The app still starts as the regional centre's; its hub screens say what is wrong.
    const app = await openFolder(dir, { passphrase: 'to nie jest to hasło' });
    expect((await app.api.app.status()).mode).toBe('hub');
    await expectAppError(app.api.hub.status(), 'DB_KEY_WRONG');
    await app.core.close();
    const right = await openHubFile(file, { passphrase: PASSPHRASE });
    expect(await heldMeetings(right.api)).toEqual([1]);
    await right.core.close();
  });

  it('encrypts a plain hub of an older version through a verified copy, keeps every row, and leaves no plain byte behind', async () => {
    const dir = tempDir();
    const file = join(dir, 'hub.sqlite');
    const plain = await openHubAt(file);
    await initHub(plain, 'Regionalny Ośrodek Polityki Społecznej');
    const bytes = await teamBundle(async () => JSON.stringify(await enrolTeam(plain, { name: 'PZK Zielonka', teryt: '1434011' })));
    expect((await importBundle(plain, bytes)).accepted).toBe(true);
    await plain.close();
    expect(isPlainDatabase(file)).toBe(true);
    expect(holdingMinutes(dir)).not.toEqual([]);

    const opened = await openHubFile(file, { passphrase: PASSPHRASE });
    expect(await heldMeetings(opened.api)).toEqual([1]);
    expect((await opened.api.hub.status()).name).toBe('Regionalny Ośrodek Polityki Społecznej');
    await opened.core.close();
    expect(isPlainDatabase(file)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('encrypting'))).toEqual([]);
    expect(holdingMinutes(dir)).toEqual([]);
  });

  it('the recovery passphrase set in the app wraps the hub\'s key too: it opens the folder on another computer', async () => {
    const dir = tempDir();
    const first = await openFolder(dir, { secrets: systemStore('rops-1') });
    await hubWithBundle(first.api);
    // Set means set for every database of the folder: the hub's key has no passphrase yet either.
    expect((await first.api.app.status()).encryption).toEqual({ source: 'os', recoverySet: false });
    await first.api.security.setRecoveryPassphrase({ passphrase: PASSPHRASE });
    expect((await first.api.app.status()).encryption).toEqual({ source: 'os', recoverySet: true });
    await first.core.close();

    const moved = await openFolder(dir, { secrets: systemStore('rops-2'), passphrase: PASSPHRASE });
    expect(await heldMeetings(moved.api)).toEqual([1]);
    await moved.core.close();
    // The new computer's key store sealed both keys again: no passphrase the next time.
    const next = await openFolder(dir, { secrets: systemStore('rops-2') });
    expect(await heldMeetings(next.api)).toEqual([1]);
    expect((await next.api.app.status()).mode).toBe('hub');
    await next.core.close();
  });
});
