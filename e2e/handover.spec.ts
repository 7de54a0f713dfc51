// Handover to a new animator: an encrypted copy made in the settings, restored on a "new computer"
// (a fresh data folder) from the first-run screen: the team opens at once, and is there after a restart.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, freshDataDir, screenshot, startHost } from './helpers';

test('an encrypted copy moves the team to a new computer', async ({ context }) => {
  let page = await context.newPage();
  test.setTimeout(120_000);
  const oldPc = freshDataDir();
  const newPc = freshDataDir();
  let host = await startHost(oldPc.dir);
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Wczytaj dane przykładowe' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Ustawienia' }).click();
    await page.getByLabel('Hasło kopii (co najmniej 10 znaków)').first().fill('krótkie');
    await page.getByLabel('Powtórz hasło', { exact: true }).fill('krótkie');
    await page.getByRole('button', { name: 'Zapisz zaszyfrowaną kopię…' }).click();
    await expect(page.getByText('Hasło musi mieć co najmniej 10 znaków.')).toBeVisible();
    await page.getByLabel('Hasło kopii (co najmniej 10 znaków)').first().fill('zielonka-przekazanie-2026');
    await page.getByLabel('Powtórz hasło', { exact: true }).fill('zielonka-przekazanie-2026');
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Zapisz zaszyfrowaną kopię…' }).click();
    const copy = await pending;
    expect(copy.suggestedFilename()).toMatch(/^pzk-kopia_1434011_\d{4}-\d{2}-\d{2}\.pzkbak$/);
    const bytes = readFileSync(await copy.path());
    await expectNoAxeViolations(page, 'settings with backups');
    await host.stop();

    host = await startHost(newPc.dir);
    await page.goto(host.url);
    await page.getByText('Nowy komputer? Przywróć dane z kopii przekazania').click();
    await page.getByLabel('Plik kopii (.pzkbak)').setInputFiles({ name: 'kopia.pzkbak', mimeType: 'application/octet-stream', buffer: bytes });
    await page.getByLabel('Hasło kopii (co najmniej 10 znaków)').fill('złe hasło do kopii');
    await page.getByRole('button', { name: 'Przywróć z zaszyfrowanej kopii' }).click();
    // Each try derives the key with age's scrypt (in JavaScript, by design slow): on 2 busy cores beside
    // another test it took over the 5 s an expectation waits.
    const derived = { timeout: 30_000 };
    await expect(page.getByRole('status').filter({ hasText: 'Sprawdzanie hasła i przywracanie danych' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Przywróć z zaszyfrowanej kopii' })).toBeDisabled();
    await screenshot(page, 'handover-restoring');
    await expect(page.getByText('To hasło nie otwiera tej kopii')).toBeVisible(derived);
    await page.getByLabel('Hasło kopii (co najmniej 10 znaków)').fill('zielonka-przekazanie-2026');
    await page.getByRole('button', { name: 'Przywróć z zaszyfrowanej kopii' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible(derived);
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Skład zespołu' }).click();
    await expect(page.getByRole('cell', { name: 'Katarzyna Wiśniewska', exact: true })).toBeVisible();
    await page.close();
    await host.stop();
    page = await context.newPage();

    host = await startHost(newPc.dir);
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Skład zespołu' }).click();
    await expect(page.getByRole('cell', { name: 'Katarzyna Wiśniewska', exact: true })).toBeVisible();
  } finally {
    await host.stop();
    oldPc.remove();
    newPc.remove();
  }
});
