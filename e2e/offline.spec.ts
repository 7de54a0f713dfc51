// Nothing phones home (issue 14.5): through a whole session — the demo team, every screen, a meeting, the
// protocol's preview (pdf.js and its worker), the settings with the diagnostic report — every request the
// page makes goes to its own host, and the host's core makes none (src/core/offline.test.ts).
import { expect, test } from './fixtures';
import { watchConsole } from './helpers';

test('a whole session makes no request outside the app itself', async ({ page, app }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  const foreign: string[] = [];
  let requests = 0;
  page.context().on('request', (request) => {
    requests += 1;
    const url = new URL(request.url());
    if (url.origin !== app.host.origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(request.url());
  });
  await page.goto(app.host.url);
  await page.getByRole('button', { name: 'Wczytaj dane przykładowe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible({ timeout: 60_000 });
  for (const [key, heading] of [['Alt+2', 'Posiedzenia'], ['Alt+3', 'Zadania'], ['Alt+4', 'Skład zespołu'], ['Alt+5', 'Szukaj'], ['Alt+6', 'Ustawienia'], ['Alt+7', 'Statystyki'], ['Alt+8', 'Deklaracje']] as const) {
    await page.keyboard.press(key);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.keyboard.press('Alt+2');
  await page.getByRole('link', { name: 'Posiedzenie nr 5/2026' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /nr 5\/2026/ })).toBeVisible();
  await page.getByRole('button', { name: 'Podgląd protokołu' }).click();
  const preview = page.getByRole('dialog', { name: /Podgląd protokołu nr 5\/2026/ });
  await expect(preview.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+6');
  const report = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Zapisz raport diagnostyczny' }).click();
  expect((await report).suggestedFilename()).toMatch(/^pzk-raport-diagnostyczny_\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByText(/logs[/\\]pzk\.log$/)).toBeVisible();

  expect(requests).toBeGreaterThan(20);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
