// State, not history (issue 9), through the screens: a PESEL typed and corrected in the live meeting
// leaves neither in the bundle nor in the database file; a key press patches the meeting without
// reloading it; a second tab follows what the first one changes; a restore shows in an open window;
// a member who left is erased from the roster.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { enrolTeam, initHub } from '../src/hub/hub';
import { openHubAt } from '../test/hubAt';
import { decryptWith, unzipFiles } from '../src/sync/crypto';
import { call, expectNoAxeViolations, freshDataDir, screenshot, watchConsole, type RunningHost } from './helpers';

const PESEL = '44051401458';

let host: RunningHost;
let dataDir: string;
let meetingId: string;

test.beforeEach(async ({ app, request }) => {
  host = app.host;
  dataDir = app.dir;
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  const ops = await call(request, host, 'institutions.create', { name: 'Ośrodek Pomocy Społecznej', sector: 'social_assistance' });
  for (const fullName of ['Anna Wierzbicka', 'Łukasz Żółć']) await call(request, host, 'members.create', { fullName, institutionId: ops.id, joinedOn: '2026-01-01' });
  meetingId = (await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Otwarcie', 'Sprawy merytoryczne'] })).id;
  await call(request, host, 'meetings.setStatus', { id: meetingId, status: 'in_progress' });
});

async function openMeeting(page: Page) {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meetings/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: /nr 1\/2026/ })).toBeVisible();
}

async function typeAndSave(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: /^Przebieg/ });
  await editor.fill(text);
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano' })).toBeVisible();
}

/** Everything of the team's database on disk: the file and its WAL. */
const onDisk = () => Buffer.concat(['pzk.sqlite', 'pzk.sqlite-wal'].map((n) => join(dataDir, n)).filter(existsSync).map((f) => readFileSync(f)));

test('a PESEL typed into the minutes and corrected reaches neither the bundle nor the database file', async ({ page }) => {
  const errors = watchConsole(page);
  const hubDir = freshDataDir();
  const hub = await openHubAt(join(hubDir.dir, 'hub.sqlite'));
  await initHub(hub, 'Mazowieckie Centrum Polityki Społecznej');
  const enrolment = await enrolTeam(hub, { name: 'PZK Zielonka', teryt: '1434011' });
  const { ageIdentity } = await hub.db.selectFrom('hub').select('ageIdentity').executeTakeFirstOrThrow();
  await hub.close();
  try {
    await openMeeting(page);
    await typeAndSave(page, 'Matka zgłosiła się do OPS');
    await typeAndSave(page, `Matka (PESEL ${PESEL}) zgłosiła się do OPS.`);

    // Before the correction: the check of what the bundle would carry stops the sending.
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Ustawienia' }).click();
    await page.getByLabel('Wczytaj plik zgłoszenia…').setInputFiles({ name: 'zgloszenie.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(enrolment)) });
    await expect(page.getByText('Zespół został zgłoszony. Centrum regionalne: Mazowieckie Centrum Polityki Społecznej.')).toBeVisible();
    await page.getByRole('button', { name: 'Wyślij do centrum regionalnego' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Dane osobowe w paczce dla centrum?' });
    await expect(dialog.getByText(/PESEL\s+44\*{7}58 — Posiedzenie nr 1\/2026, Ad 1\. Otwarcie \(przebieg\)/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Wyślij mimo to' })).toBeDisabled();
    await expectNoAxeViolations(page, 'findings of a bundle');
    await screenshot(page, 'rodo-bundle');
    await dialog.getByRole('button', { name: 'Wrócę i poprawię' }).click();

    // The correction, autosaved; then the bundle goes without a question.
    await openMeeting(page);
    await typeAndSave(page, 'Matka zgłosiła się do OPS.');
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Ustawienia' }).click();
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Wyślij do centrum regionalnego' }).click();
    const download = await pending;
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    const files = unzipFiles(await decryptWith(ageIdentity, readFileSync(await download.path())));
    expect(Buffer.from(files['records.ndjson']!).toString()).toContain('Matka zgłosiła się do OPS.');
    for (const [name, bytes] of Object.entries(files)) expect(Buffer.from(bytes).includes(PESEL), name).toBe(false);
    // The export ends with a checkpoint; the running host's file and WAL hold no trace of it.
    expect(onDisk().includes(PESEL)).toBe(false);
    expect(errors).toEqual([]);
  } finally {
    hubDir.remove();
  }
});

test('an attendance key and a decision change the screen from what the write returned, without reloading the meeting', async ({ page }) => {
  await openMeeting(page);
  const reloads: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/meetings.get')) reloads.push(r.url());
  });
  const row = page.getByRole('radiogroup', { name: 'Obecność: Anna Wierzbicka' });
  await row.getByRole('radio').first().focus();
  await page.keyboard.press('o');
  await expect(row.getByRole('radio', { name: 'obecność', exact: true })).toBeChecked();
  await expect(page.getByText(/obecność: 1 z 2/)).toBeVisible();
  await page.getByPlaceholder('Treść ustalenia').fill('Zwołać zespół zadaniowy.');
  await page.getByRole('button', { name: 'Dodaj ustalenie' }).click();
  await expect(page.getByText('Zwołać zespół zadaniowy.', { exact: true })).toBeVisible();
  await page.getByLabel('Co trzeba zrobić').fill('Przygotować diagnozę');
  await page.getByRole('button', { name: 'Dodaj zadanie' }).last().click();
  await expect(page.getByText('1/2026/1')).toBeVisible();
  expect(reloads).toEqual([]);
});

test('a second tab follows what the first one changes, and a restore shows in both', async ({ app, context, request }) => {
  // Started again on a later day, the host made its daily copy of the team as it is now.
  host = await app.restart();
  const first = await context.newPage();
  const second = await context.newPage();
  await openMeeting(first);
  await openMeeting(second);
  await first.getByPlaceholder('Treść ustalenia').fill('Ustalenie z pierwszej karty.');
  await first.getByRole('button', { name: 'Dodaj ustalenie' }).click();
  await expect(second.getByText('Ustalenie z pierwszej karty.', { exact: true })).toBeVisible();

  // The roster of the second tab follows a member added in the first.
  await second.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Skład zespołu' }).click();
  await expect(second.getByRole('cell', { name: 'Anna Wierzbicka', exact: true })).toBeVisible();
  await call(request, host, 'members.create', { fullName: 'Ewa Nowicka' });
  await expect(second.getByRole('cell', { name: 'Ewa Nowicka', exact: true })).toBeVisible();

  // A restore of the copy made when the host started: both tabs show the data as it was then.
  await first.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Ustawienia' }).click();
  await first.getByRole('button', { name: /^Przywróć\s+daily-/ }).click();
  await first.getByRole('alertdialog').getByRole('button', { name: 'Przywróć' }).click();
  await expect(first.getByText('Przywrócono dane z kopii.')).toBeVisible();
  await expect(second.getByRole('cell', { name: 'Ewa Nowicka', exact: true })).toHaveCount(0);
  await expect(second.getByRole('cell', { name: 'Anna Wierzbicka', exact: true })).toBeVisible();
});

test('a member who left is anonymised from the roster; where the name is still written is listed', async ({ page, request }) => {
  const anna = (await call(request, host, 'members.list', {})).find((m) => m.fullName === 'Anna Wierzbicka')!;
  const item = (await call(request, host, 'meetings.get', { id: meetingId })).agenda[1]!;
  await call(request, host, 'agenda.update', { id: item.id, minutes: 'Anna Wierzbicka przedstawiła sytuację.' });
  await call(request, host, 'members.deactivate', { id: anna.id, leftOn: '2026-03-01' });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Skład zespołu' }).click();
  await page.getByLabel('Pokaż byłych członków').check();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Dane osoby \(RODO\)\s*: Anna Wierzbicka$/ }).click();
  expect((await exported).suggestedFilename()).toMatch(/^dane-osobowe_.*\.json$/);
  await page.getByRole('button', { name: /^Anonimizuj\s*: Anna Wierzbicka$/ }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Anonimizować dane: Anna Wierzbicka?' });
  await expectNoAxeViolations(page, 'anonymise dialog');
  await confirm.getByRole('button', { name: 'Anonimizuj trwale' }).click();
  const done = page.getByRole('dialog', { name: 'Zanonimizowano dane osoby.' });
  await expect(done.getByRole('link', { name: 'Posiedzenie nr 1/2026' })).toBeVisible();
  await screenshot(page, 'roster-anonymised');
  await done.getByRole('button', { name: 'Zamknij' }).click();
  await expect(page.getByRole('cell', { name: /^Osoba anonimizowana nr 1 członkostwo zakończone/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Anna Wierzbicka', exact: true })).toHaveCount(0);
});


test('the first screen asks for everything it shows in one round of requests (issue 12)', async ({ page }) => {
  // The order in which the page sends requests and gets answers: no request may wait for an answer.
  const events: string[] = [];
  const api = (url: string) => (url.includes('/api/') && !url.endsWith('/api/events') ? new URL(url).pathname.replace('/api/', '') : null);
  page.on('request', (r) => {
    const method = api(r.url());
    if (method) events.push(`ask ${method}`);
  });
  page.on('requestfinished', (r) => {
    const method = api(r.url());
    if (method) events.push(`got ${method}`);
  });
  await page.goto(host.url);
  await expect(page.getByText(/Dziś jest/)).toBeVisible();
  await expect(page.getByText(/Zespół nie jest jeszcze zgłoszony/)).toBeVisible();
  const asked = events.filter((e) => e.startsWith('ask ')).map((e) => e.slice(4));
  expect(asked.sort()).toEqual(['app.status', 'dashboard.get', 'institutions.list', 'members.list', 'security.draftKey', 'settings.get', 'sync.status', 'team.get']);
  const firstAnswer = events.findIndex((e) => e.startsWith('got '));
  expect(events.slice(firstAnswer).filter((e) => e.startsWith('ask ')), `asked after the first answer: ${events.join(', ')}`).toEqual([]);
});
