// The regional centre in the app: set up as a hub, enrol a team, import its bundle, send the receipt
// back; the team (another data folder) does its part in its own app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createClient } from '../src/api/client';
import { openCore } from '../src/core/core';
import { enrolTeam, initHub } from '../src/hub/hub';
import { importBundle } from '../src/hub/import';
import { openHubAt } from '../test/hubAt';
import { expectNoAxeViolations, freshDataDir, screenshot, startHost } from './helpers';

async function download(page: Page, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('hub mode: enrol, import a team bundle, receipt back to the team, figures and CSV', async ({ browser }) => {
  test.setTimeout(180_000);
  const hubDir = freshDataDir();
  const teamDir = freshDataDir();
  const hubHost = await startHost(hubDir.dir);
  const teamHost = await startHost(teamDir.dir);
  try {
    const hub = await (await browser.newContext()).newPage();
    await hub.goto(hubHost.url);
    await hub.getByLabel('Centrum regionalne (ROPS/RCPS) — zbieranie danych od zespołów').check();
    // Set-up of a centre is not "Nowy zespół" (issue 11.13).
    await expect(hub.getByRole('heading', { level: 1, name: 'Nowe centrum regionalne' })).toBeVisible();
    await hub.getByLabel('Nazwa centrum regionalnego').fill('Mazowieckie Centrum Polityki Społecznej');
    await hub.getByRole('button', { name: 'Utwórz centrum regionalne' }).click();
    await expect(hub.getByRole('heading', { level: 1, name: 'Centrum regionalne' })).toBeVisible();
    await hub.getByLabel('Nazwa zespołu').fill('PZK w Gminie Zielonka');
    await hub.getByLabel('Kod TERYT gminy').fill('1434011');
    const enrolment = await download(hub, () => hub.getByRole('button', { name: 'Zapisz plik zgłoszenia…' }).click());
    expect(enrolment.name).toBe('zgloszenie_1434011.json');
    // And the centre is told what to do with the file it saved.
    await expect(hub.getByRole('status').filter({ hasText: 'Zapisano plik zgłoszenia zgloszenie_1434011.json. Przekaż go animatorowi zespołu „PZK w Gminie Zielonka”' })).toBeVisible();

    const team = await (await browser.newContext()).newPage();
    await team.goto(teamHost.url);
    await team.getByRole('button', { name: 'Wczytaj dane przykładowe' }).click();
    await expect(team.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible({ timeout: 60_000 });
    await team.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Ustawienia' }).click();
    await team.getByLabel('Wczytaj plik zgłoszenia…').setInputFiles({ name: enrolment.name, mimeType: 'application/json', buffer: enrolment.bytes });
    const bundle = await download(team, () => team.getByRole('button', { name: 'Wyślij do centrum regionalnego' }).click());

    await hub.getByLabel('Wybierz pliki paczek (.pzkb)…').setInputFiles({ name: bundle.name, mimeType: 'application/octet-stream', buffer: bundle.bytes });
    await expect(hub.getByText(/przyjęta — TERYT 1434011/)).toBeVisible();
    const teams = hub.getByRole('table', { name: 'Zespoły' });
    // The name, and under it the team's stage on the Model's path (the demo team walked it to the formalising meeting) and its declarations.
    await expect(teams.getByRole('cell', { name: 'PZK w Gminie Zielonka po spotkaniu formalizującym deklaracje przystąpienia: 7 z 8', exact: true })).toBeVisible();
    const receipt = await download(hub, () => hub.getByRole('button', { name: /Zapisz potwierdzenie/ }).click());
    // Several files at once: each imported in turn, each with its own outcome.
    await hub.getByLabel('Wybierz pliki paczek (.pzkb)…').setInputFiles([
      { name: 'zly.pzkb', mimeType: 'application/octet-stream', buffer: Buffer.from('nie jest paczką') },
      { name: bundle.name, mimeType: 'application/octet-stream', buffer: bundle.bytes },
    ]);
    await expect(hub.getByRole('listitem').filter({ hasText: /zly\.pzkb: odrzucona/ })).toBeVisible();
    await expect(hub.getByRole('listitem').filter({ hasText: `${bundle.name}: już wcześniej przyjęta (TERYT 1434011)` })).toBeVisible();
    await expectNoAxeViolations(hub, 'hub');
    await screenshot(hub, 'hub');
    await hub.getByRole('button', { name: /Dane miesięczne/ }).click();
    await expect(hub.getByRole('dialog', { name: 'Dane miesięczne: PZK w Gminie Zielonka' }).getByRole('rowheader', { name: 'Styczeń 2026' })).toBeVisible();
    await expectNoAxeViolations(hub, 'hub monthly figures');
    // The visible button (react-aria adds a hidden one, also "Zamknij", for screen readers).
    await hub.getByText('Zamknij', { exact: true }).click();
    const csv = await download(hub, () => hub.getByRole('button', { name: 'Raport CSV' }).click());
    expect(csv.bytes.toString('utf8')).toContain('1434011;"PZK w Gminie Zielonka";2026-01;');

    // The region's case figures (issue 17.5): a year is given once it has ended and every team of the type of gmina
    // has sent a bundle made after it (the published case is the next test); before that, only what it waits for.
    const cases = hub.getByRole('region', { name: 'Sprawy według typu gminy' });
    const urban = cases.getByRole('region', { name: 'Gminy miejskie (1 zespół)' });
    if (new Date().getFullYear() <= 2026) {
      await expect(urban).toContainText('Dane za rok 2026 zostaną podane po jego zakończeniu.');
      await expect(urban.getByRole('table')).toHaveCount(0);
    }
    await expect(cases).not.toContainText('PZK w Gminie Zielonka');
    await expectNoAxeViolations(hub, 'hub case figures');
    const sheet = await download(hub, () => cases.getByRole('button', { name: 'Sprawy 2026 (XLSX)' }).click());
    expect(sheet.name).toBe('wskazniki_spraw_2026.xlsx');

    await team.getByLabel('Wczytaj potwierdzenie odbioru…').setInputFiles({ name: receipt.name, mimeType: 'application/octet-stream', buffer: receipt.bytes });
    await expect(team.getByText(/Centrum potwierdziło zmiany do nr \d+\./).first()).toBeVisible();
    await expect(team.getByText(/Zmiany niepotwierdzone przez centrum: 0;/)).toBeVisible();

    // The import journal keeps them all, the unreadable file under no team.
    const journal = hub.getByRole('table', { name: 'Historia wczytanych paczek' });
    await expect(journal.getByRole('row').filter({ hasText: 'zly.pzkb' })).toContainText('nieznany zespół');
    await expect(journal.getByRole('row').filter({ hasText: bundle.name })).toHaveCount(2);
    await expect(journal.getByRole('row').filter({ hasText: bundle.name }).filter({ hasText: 'przyjęta: zmiany 1–' })).toHaveCount(1);

    // The team's computer was restored from an older copy: the centre issues a new enrolment.
    await hub.getByRole('button', { name: 'Nowe zgłoszenie PZK w Gminie Zielonka' }).click();
    const dialog = hub.getByRole('alertdialog', { name: 'Nowe zgłoszenie: PZK w Gminie Zielonka' });
    await expectNoAxeViolations(hub, 'hub re-enrolment dialog');
    const again = await download(hub, () => dialog.getByRole('button', { name: 'Zapisz nowy plik zgłoszenia…' }).click());
    await expect(teams).toContainText('nowe zgłoszenie — czeka na pełną paczkę');
    // A bundle made before it is refused, and the team list says why.
    await hub.getByLabel('Wybierz pliki paczek (.pzkb)…').setInputFiles({ name: bundle.name, mimeType: 'application/octet-stream', buffer: bundle.bytes });
    await expect(teams).toContainText('zespół musi wczytać najnowszy plik zgłoszenia');
    await screenshot(hub, 'hub-reenrolled');

    // The team loads the new file and sends everything; the progress shows while it is made.
    await team.getByLabel('Wczytaj nowy plik zgłoszenia…').setInputFiles({ name: again.name, mimeType: 'application/json', buffer: again.bytes });
    await expect(team.getByText(/centrum potwierdziło zmiany do nr 0\./)).toBeVisible();
    await team.route('**/api/sync.exportBundle', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    });
    const pendingFull = team.waitForEvent('download');
    await team.getByRole('button', { name: 'Wyślij do centrum regionalnego' }).click();
    await expect(team.getByRole('progressbar', { name: /Krok 2 z 2: pakowanie, podpisywanie i szyfrowanie/ })).toBeVisible();
    await screenshot(team, 'sync-progress');
    const full = await pendingFull;
    await expect(team.getByRole('progressbar')).toHaveCount(0);
    await hub.getByLabel('Wybierz pliki paczek (.pzkb)…').setInputFiles({ name: full.suggestedFilename(), mimeType: 'application/octet-stream', buffer: readFileSync(await full.path()) });
    await expect(hub.getByText(/przyjęta — TERYT 1434011/)).toBeVisible();
    await expect(teams.getByRole('row').filter({ hasText: 'PZK w Gminie Zielonka' })).toContainText('w porządku');
  } finally {
    await hubHost.stop();
    await teamHost.stop();
    hubDir.remove();
    teamDir.remove();
  }
});

test('a year of a type of gmina published once complete: its figures, hidden cells and charts, and the day they were given', async ({ browser }) => {
  test.setTimeout(120_000);
  const hubDir = freshDataDir();
  const teamDir = freshDataDir();
  // The demo team (its eight cases are of 2026) sends its bundle on 10 January 2027: 2026 is complete for its type.
  const hubFile = join(hubDir.dir, 'hub.sqlite');
  const store = await openHubAt(hubFile);
  await initHub(store, 'Mazowieckie Centrum Polityki Społecznej');
  const january = new Date('2027-01-10T10:00:00Z');
  const team = await openCore(teamDir.dir, { clock: () => january, logError: () => undefined });
  const teamApi = createClient((m, i) => team.dispatch(m, i));
  await teamApi.app.loadDemo();
  await teamApi.sync.importEnrolment({ text: JSON.stringify(await enrolTeam(store, { name: 'PZK w Gminie Zielonka', teryt: '1434011' })) });
  expect((await importBundle(store, (await teamApi.sync.exportBundle()).bytes, january)).accepted).toBe(true);
  await team.close();
  await store.close();
  const hubHost = await startHost(hubDir.dir);
  try {
    const hub = await (await browser.newContext()).newPage();
    await hub.goto(hubHost.url);
    const cases = hub.getByRole('region', { name: 'Sprawy według typu gminy' });
    const urban = cases.getByRole('region', { name: 'Gminy miejskie (1 zespół)' });
    await expect(urban).toContainText('Dane podane 10 stycznia 2027.');
    // Its two closures (1 and 1) are hidden, and their total with them; a chart beside the numbers.
    const figures = urban.getByRole('table', { name: 'Gminy miejskie', exact: true });
    for (const row of ['sprawy skierowane 8', 'posiedzenia zespołów zadaniowych 6', 'sprawy zamknięte x', '— IPW zrealizowany x', '— wycofanie zgody x', 'IPW zrealizowane wśród zamkniętych x']) {
      await expect(figures.getByRole('row', { name: row, exact: true })).toBeVisible();
    }
    await expect(urban.getByRole('figure', { name: 'Gminy miejskie: Sprawy i posiedzenia zespołów zadaniowych w roku' }).getByRole('img')).toBeVisible();
    await expect(cases).not.toContainText('PZK w Gminie Zielonka');
    await expectNoAxeViolations(hub, 'hub case figures, published');
    await cases.scrollIntoViewIfNeeded();
    await screenshot(hub, 'hub-cases');
  } finally {
    await hubHost.stop();
    hubDir.remove();
    teamDir.remove();
  }
});
