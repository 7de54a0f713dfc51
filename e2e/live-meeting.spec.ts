// The live meeting's promises: nothing typed is lost (reload, failing saves), and the agenda
// reorders by keyboard and by drag.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { call, type RunningHost } from './helpers';

let host: RunningHost;
let meetingId: string;

async function seed(request: APIRequestContext) {
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  const meeting = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Otwarcie', 'Sprawy merytoryczne', 'Sprawy różne'] });
  meetingId = meeting.id;
  // The live meeting has begun: it has its number (DECISIONS 12).
  await call(request, host, 'meetings.setStatus', { id: meetingId, status: 'in_progress' });
}

test.beforeEach(async ({ app, request }) => {
  host = app.host;
  await seed(request);
});

async function openMeeting(page: Page) {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meetings/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: /nr 1\/2026/ })).toBeVisible();
}

const savedMinutes = async (request: APIRequestContext, title: string) =>
  (await call(request, host, 'meetings.get', { id: meetingId })).agenda.find((i) => i.title === title)!.minutes;

test('text typed just before a reload is there after it, and gets saved', async ({ page, request }) => {
  await openMeeting(page);
  const editor = page.getByRole('textbox', { name: /^Przebieg/ });
  await editor.click();
  await editor.pressSequentially('Zdanie wpisane tuż przed przeładowaniem — żółć.', { delay: 1 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: /^Przebieg/ })).toHaveValue('Zdanie wpisane tuż przed przeładowaniem — żółć.');
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano' })).toBeVisible();
  expect(await savedMinutes(request, 'Otwarcie')).toBe('Zdanie wpisane tuż przed przeładowaniem — żółć.');
});

test('while saving fails the text stays, the failure shows, and it is saved when the core recovers', async ({ page, request }) => {
  await openMeeting(page);
  await page.route('**/api/agenda.update', (route) => route.abort('connectionrefused'));
  const editor = page.getByRole('textbox', { name: /^Przebieg/ });
  await editor.click();
  await editor.pressSequentially('Notatka pisana bez połączenia.', { delay: 1 });
  await expect(page.getByText('Nie udało się zapisać — wpisany tekst nie zostanie utracony. Ponowna próba za chwilę…')).toBeVisible();
  await editor.pressSequentially(' I jeszcze jedno zdanie.', { delay: 1 });
  await expect(editor).toHaveValue('Notatka pisana bez połączenia. I jeszcze jedno zdanie.');
  expect(await savedMinutes(request, 'Otwarcie')).toBe('');
  await page.unroute('**/api/agenda.update');
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano' })).toBeVisible({ timeout: 20_000 });
  expect(await savedMinutes(request, 'Otwarcie')).toBe('Notatka pisana bez połączenia. I jeszcze jedno zdanie.');
});

test('switching items quickly keeps each item its own text', async ({ page, request }) => {
  await openMeeting(page);
  const grid = page.getByRole('grid', { name: 'Porządek obrad' });
  const editor = page.getByRole('textbox', { name: /^Przebieg/ });
  for (const [ad, text] of [[1, 'pierwszy'], [2, 'drugi'], [3, 'trzeci'], [1, ' i znów pierwszy']] as const) {
    await grid.getByRole('row', { name: new RegExp(`^Ad ${ad}\\.`) }).click();
    await editor.click();
    await editor.press('End');
    await editor.pressSequentially(text, { delay: 0 });
  }
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano' })).toBeVisible();
  await expect.poll(() => savedMinutes(request, 'Otwarcie')).toBe('pierwszy i znów pierwszy');
  expect(await savedMinutes(request, 'Sprawy merytoryczne')).toBe('drugi');
  expect(await savedMinutes(request, 'Sprawy różne')).toBe('trzeci');
});

test('the agenda reorders with Alt+Shift+arrows and by dragging', async ({ page, request }) => {
  await openMeeting(page);
  const grid = page.getByRole('grid', { name: 'Porządek obrad' });
  await grid.getByRole('row', { name: /^Ad 1\./ }).click();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(grid.getByRole('row').first()).toContainText('Sprawy merytoryczne');
  const titles = async () => (await call(request, host, 'meetings.get', { id: meetingId })).agenda.map((i) => i.title);
  await expect.poll(titles).toEqual(['Sprawy merytoryczne', 'Otwarcie', 'Sprawy różne']);

  await grid.getByRole('row', { name: /Sprawy różne/ }).dragTo(grid.getByRole('row', { name: /Sprawy merytoryczne/ }), {
    targetPosition: { x: 20, y: 2 },
  });
  await expect.poll(titles).toEqual(['Sprawy różne', 'Sprawy merytoryczne', 'Otwarcie']);
  await expect(grid.getByRole('row').first()).toHaveAccessibleName('Ad 1. Sprawy różne');
});
