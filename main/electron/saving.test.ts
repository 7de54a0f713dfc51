// Issue 13.5: the Electron shell saves through the native dialog (mocked here: no Electron binary),
// offering the Polish file name in Documents; a cancelled dialog writes nothing; the core shows only
// files it saved in the folder.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../test/helpers';
import { openCore } from '../../src/core/core';
import { createClient } from '../../src/api/client';
import { tempDir } from '../../test/helpers';
import { electronSaving } from './saving';

function fakes(answer: { canceled: boolean; filePath?: string }) {
  const asked: unknown[] = [];
  const written: Array<[string, number]> = [];
  const shown: string[] = [];
  const saving = electronSaving(
    { showSaveDialog: async (o) => (asked.push(o), answer) },
    { showItemInFolder: (p) => void shown.push(p) },
    '/home/ania/Dokumenty',
    async (path, bytes) => void written.push([path, bytes.byteLength]),
  );
  return { saving, asked, written, shown };
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
