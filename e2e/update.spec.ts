// "Aktualizacja z pliku" through the screens (issue 14.5): an installer and its signed release manifest are
// checked before anything runs; a changed installer is refused and says why; the browser host, which cannot
// start a program, says so after the same check. The host is given the release key a built app would carry.
import { test as base } from '@playwright/test';
import { expect } from './fixtures';
import { call, expectNoAxeViolations, freshDataDir, startHost, watchConsole } from './helpers';
import { sha256Hex } from '../src/services/files';
import { newSigningKeys } from '../src/sync/crypto';
import { signReleaseManifest } from '../src/update/release';

const release = newSigningKeys();
const installer = Buffer.from('MZ… stands in for PZK-Animator-9.0.0-x64-nsis.exe');
const manifest = signReleaseManifest(
  { format: 1, product: 'pzk-animator', version: '9.0.0', publishedOn: '2026-12-01', files: [{ name: 'PZK-Animator-9.0.0-x64-nsis.exe', size: installer.length, sha256: sha256Hex(installer) }] },
  release.privateKey,
  release.publicKey,
);

base('an installer is checked against its signed manifest before it runs; a changed one is refused', async ({ page, request }) => {
  const data = freshDataDir();
  const host = await startHost(data.dir, { PZK_RELEASE_PUBLIC_KEYS: release.publicKey }, { fromSources: true });
  try {
    const errors = watchConsole(page);
    await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeFocused();
    await page.keyboard.press('Alt+6');
    const card = page.getByRole('region', { name: 'Aktualizacja z pliku' });
    await card.getByLabel('Wybierz wykaz wydania (.release.json)…').setInputFiles({ name: 'pzk-animator-9.0.0-win32.release.json', mimeType: 'application/json', buffer: Buffer.from(manifest) });
    const changed = Buffer.from(installer);
    changed[0] = 0x4e;
    await card.getByLabel('Wybierz instalator…').setInputFiles({ name: 'PZK-Animator-9.0.0-x64-nsis.exe', mimeType: 'application/octet-stream', buffer: changed });
    await card.getByRole('button', { name: 'Sprawdź instalator' }).click();
    await expect(card.getByRole('alert')).toHaveText(/^Instalator różni się od tego, który wymienia wykaz \(inna suma SHA-256\)/);
    await expect(card.getByRole('button', { name: /^Zainstaluj/ })).toHaveCount(0);

    await card.getByLabel('Wybierz instalator…').setInputFiles({ name: 'PZK-Animator-9.0.0-x64-nsis.exe', mimeType: 'application/octet-stream', buffer: installer });
    await card.getByRole('button', { name: 'Sprawdź instalator' }).click();
    await expect(card.getByRole('status')).toContainText(`Instalator wersji 9.0.0 z dnia 01.12.2026 jest podpisany przez wydawcę i nienaruszony (SHA-256 ${sha256Hex(installer).slice(0, 16)}…).`);
    await expectNoAxeViolations(page, 'update from a file');
    await card.getByRole('button', { name: 'Zainstaluj wersję 9.0.0' }).click();
    await expect(card.getByRole('status')).toContainText('W tej wersji aplikacji (w przeglądarce) uruchom go samodzielnie');
    // The refusal is an HTTP 409 answer, which Chromium reports on the console; nothing else may be there.
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
  } finally {
    await host.stop();
    data.remove();
  }
});
