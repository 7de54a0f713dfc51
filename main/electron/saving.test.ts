// Issue 13.5: the Electron shell saves through the native dialog (mocked here: no Electron binary),
// offering the Polish file name in Documents; a cancelled dialog writes nothing; the core shows only
// files it saved in the folder. A bundle is moved there as the file the core wrote.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAppError, TEAM, tempDir, testCore } from '../../test/helpers';
import { openHubAt } from '../../test/hubAt';
import { openCore } from '../../src/core/core';
import { createClient } from '../../src/api/client';
import { enrolTeam, initHub } from '../../src/hub/hub';
import { importBundle } from '../../src/hub/import';
import type { HostSaving } from '../../src/core/saving';
import { electronSaving } from './saving';

function fakes(answer: { canceled: boolean; filePath?: string }) {
  const asked: unknown[] = [];
  const written: Array<[string, number]> = [];
  const moved: Array<[string, string]> = [];
  const shown: string[] = [];
  const saving = electronSaving(
    { showSaveDialog: async (o) => (asked.push(o), answer) },
    { showItemInFolder: (p) => void shown.push(p) },
    '/home/ania/Dokumenty',
    { write: async (path, bytes) => void written.push([path, bytes.byteLength]), move: async (from, to) => void moved.push([from, to]) },
  );
  return { saving, asked, written, moved, shown };
}

describe('saving in the Electron shell', () => {
  it('offers the document’s name in Documents, writes where the user chose, then shows it in its folder', async () => {
    const f = fakes({ canceled: false, filePath: '/home/ania/Pulpit/protokol_5-2026.pdf' });
    const core = await openCore(tempDir(), { saving: f.saving });
    const api = createClient((m, i) => core.dispatch(m, i));
    const result = await api.files.save({ fileName: 'protokol_5-2026_projekt.pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    expect(result).toEqual({ saved: true, path: '/home/ania/Pulpit/protokol_5-2026.pdf' });
    expect(f.asked).toEqual([
      {
        title: 'Zapisz plik',
        defaultPath: join('/home/ania/Dokumenty', 'protokol_5-2026_projekt.pdf'),
        buttonLabel: 'Zapisz',
        filters: [
          { name: 'Dokument PDF', extensions: ['pdf'] },
          { name: 'Wszystkie pliki', extensions: ['*'] },
        ],
      },
    ]);
    expect(f.written).toEqual([['/home/ania/Pulpit/protokol_5-2026.pdf', 4]]);
    expect(await api.files.showInFolder({ path: '/home/ania/Pulpit/protokol_5-2026.pdf' })).toEqual({ shown: true });
    // Any other path: not opened (the renderer cannot make the shell open arbitrary places).
    expect(await api.files.showInFolder({ path: '/etc' })).toEqual({ shown: false });
    expect(f.shown).toEqual(['/home/ania/Pulpit/protokol_5-2026.pdf']);
    await core.close();
  });

  it('a cancelled dialog writes nothing; without the shell the renderer downloads', async () => {
    const f = fakes({ canceled: true });
    const core = await openCore(tempDir(), { saving: f.saving });
    const api = createClient((m, i) => core.dispatch(m, i));
    expect(await api.files.save({ fileName: 'lista.pdf', bytes: new Uint8Array([1]) })).toEqual({ saved: false, reason: 'cancelled' });
    expect(f.written).toEqual([]);
    await core.close();
    const plain = await testCore();
    expect(await plain.api.files.save({ fileName: 'lista.pdf', bytes: new Uint8Array([1]) })).toEqual({ saved: false, reason: 'download' });
    expect(await plain.api.files.showInFolder({ path: '/tmp' })).toEqual({ shown: false });
  });
});

describe('saving a bundle in the Electron shell (issue 12: written as it is encrypted, never crossing as bytes)', () => {
  async function enrolledCore(saving: HostSaving | null) {
    const dataDir = tempDir();
    const core = await openCore(dataDir, { saving, logError: () => undefined });
    const api = createClient((m, i) => core.dispatch(m, i));
    await api.team.setUp(TEAM);
    const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Centrum Regionalne');
    await api.sync.importEnrolment({ text: JSON.stringify(await enrolTeam(hub, { name: 'PZK', teryt: TEAM.teryt })) });
    return { core, api, hub, tmp: join(dataDir, 'tmp') };
  }

  it('moves the finished bundle where the user chose; the hub accepts it; the core keeps no copy', async () => {
    const chosen = join(tempDir(), 'paczka.pzkb');
    const asked: string[] = [];
    const saving = electronSaving({ showSaveDialog: async (o) => (asked.push(o.defaultPath), { canceled: false, filePath: chosen }) }, { showItemInFolder: () => undefined }, '/home/ania/Dokumenty');
    const { core, api, hub, tmp } = await enrolledCore(saving);
    const m = await api.meetings.create({ date: '2026-03-10', agenda: ['Sprawy'] });
    await api.agenda.update({ id: (await api.meetings.get({ id: m.id })).agenda[0]!.id, minutes: 'Ustalenia zespołu.' });
    const check = await api.sync.check();
    const saved = await api.sync.saveBundle();
    const fileName = `${TEAM.teryt}_0-${check.toSeq}.pzkb`;
    expect(saved).toEqual({ saved: true, path: chosen, fileName });
    expect(asked).toEqual([join('/home/ania/Dokumenty', fileName)]);
    expect(existsSync(tmp)).toBe(false);
    expect((await api.sync.status()).lastBundle).toMatchObject({ toSeq: check.toSeq });
    const report = await importBundle(hub, readFileSync(chosen));
    expect(report).toMatchObject({ accepted: true, imported: check.records });
    expect(await api.files.showInFolder({ path: chosen })).toEqual({ shown: true });
    await hub.close();
    await core.close();
  });

  it('what an export killed midway left is removed when the data folder is next opened for writing', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'tmp'));
    const unfinished = join(dataDir, 'tmp', 'bundle-3f2b8c1e-0000-4000-8000-000000000000.pzkb.partial');
    const other = join(dataDir, 'tmp', 'kopia.sqlite');
    writeFileSync(unfinished, 'age-encryption.org/v1');
    writeFileSync(other, '');
    const core = await openCore(dataDir, { logError: () => undefined });
    expect([existsSync(unfinished), existsSync(other)]).toEqual([false, true]);
    await core.close();
  });

  it('a cancelled dialog or a refused bundle leaves no file; without the shell the renderer asks for the bytes', async () => {
    const saving = electronSaving({ showSaveDialog: async () => ({ canceled: true }) }, { showItemInFolder: () => undefined }, '/home/ania/Dokumenty');
    const { core, api, hub, tmp } = await enrolledCore(saving);
    expect(await api.sync.saveBundle()).toEqual({ saved: false, reason: 'cancelled' });
    expect(existsSync(tmp)).toBe(false);
    // Not saved, so not made: the status does not show a bundle that went nowhere.
    expect((await api.sync.status()).lastBundle).toBeNull();
    const m = await api.meetings.create({ date: '2026-03-10', agenda: ['Sprawy'] });
    await api.agenda.update({ id: (await api.meetings.get({ id: m.id })).agenda[0]!.id, minutes: 'PESEL 44051401458 w notatce.' });
    await expectAppError(api.sync.saveBundle(), 'RODO_FINDINGS');
    expect(existsSync(tmp)).toBe(false);
    await hub.close();
    await core.close();
    const plain = await enrolledCore(null);
    expect(await plain.api.sync.saveBundle()).toEqual({ saved: false, reason: 'download' });
    await plain.hub.close();
    await plain.core.close();
  });
});
