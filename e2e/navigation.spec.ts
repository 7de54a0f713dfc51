// The first screen carries only its own code (issue 12): the other screens are chunks fetched after it is
// painted. A screen whose chunk is still on its way shows "Wczytywanie…" and, once there, gets the focus on
// its heading like any other (screen-reader users hear where they are).
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { call, watchConsole } from './helpers';

test('the dashboard comes first; a screen still loading takes the focus on its heading when it arrives', async ({ page, request, app }) => {
  await call(request, app.host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  const errors = watchConsole(page);
  const screens: string[] = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.split('/').pop() ?? '';
    if (/Screen-[\w-]+\.js$/.test(file)) screens.push(file);
  });
  // The roster's chunk arrives late, as on a slow disk: the click must not be lost meanwhile.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/RosterScreen-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });

  await page.goto(app.host.url);
  const dashboard = page.getByRole('heading', { level: 1, name: 'Pulpit' });
  await expect(dashboard).toBeFocused();
  // No screen's chunk was asked for before the dashboard was painted (the warm-up starts after it).
  const early = await page.evaluate(() => {
    const warm = performance.getEntriesByName('pzk-warm-screens')[0]?.startTime ?? Infinity;
    return performance.getEntriesByType('resource').filter((e) => /Screen-[\w-]+\.js$/.test(e.name) && e.startTime < warm).map((e) => e.name);
  });
  expect(early).toEqual([]);

  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Skład zespołu' }).click();
  await expect(page.locator('main[aria-busy="true"]')).toHaveText('Wczytywanie…');
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Skład zespołu' })).toBeFocused();

  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Posiedzenia' })).toBeFocused();
  // The remaining screens are fetched while the app is idle, so that later clicks never wait.
  const chunks = readdirSync('dist/renderer/assets').filter((f) => /Screen-[\w-]+\.js$/.test(f));
  expect(chunks.length).toBeGreaterThanOrEqual(9);
  await expect.poll(() => [...new Set(screens)].sort(), { timeout: 10_000 }).toEqual(chunks.sort());

  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'Skróty klawiszowe' });
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Zamknij' }).click();
  await expect(sheet).toBeHidden();
  expect(errors).toEqual([]);
});
