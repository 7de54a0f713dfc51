// The dark theme (the system's prefers-color-scheme), Windows high contrast (forced colors) and zoom from 80 %
// to 200 % on the municipal laptop (issue 14.7): every screen stays at zero axe violations (WCAG 2.1 AA,
// contrast included) in each theme, and at each zoom nothing overlaps and nothing scrolls sideways.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, screenshot } from './helpers';
import { findOverlaps, sidewaysScroll } from './layout';

async function screens(page: Page, origin: string, meetingId: string, visit: (name: string) => Promise<void>) {
  const go = async (path: string, heading: RegExp | string, name: string) => {
    await page.goto(`${origin}/#${path}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.waitForTimeout(200);
    await visit(name);
  };
  await go('/', 'Pulpit', 'dashboard');
  await go('/meetings', 'Posiedzenia', 'meetings');
  await go(`/meetings/${meetingId}`, /Posiedzenie PZK nr/, 'meeting');
  await go('/tasks', 'Zadania', 'tasks');
  await go('/roster', 'Skład zespołu', 'roster');
  await go('/statistics', 'Statystyki', 'statistics');
  await go('/settings', 'Ustawienia', 'settings');
}

async function liveMeeting(request: Parameters<typeof call>[0], host: Parameters<typeof call>[1]) {
  await call(request, host, 'app.loadDemo');
  const meetings = await call(request, host, 'meetings.list');
  return meetings.find((m) => m.status === 'held' || m.status === 'in_progress')!.id;
}

for (const theme of [
  { name: 'dark', media: { colorScheme: 'dark' } },
  { name: 'forced-colors', media: { forcedColors: 'active' } },
] as const) {
  test(`every screen in the ${theme.name} theme has no axe violations`, async ({ page, request, app }) => {
    test.setTimeout(180_000);
    const meetingId = await liveMeeting(request, app.host);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.emulateMedia(theme.media);
    await page.goto(app.host.url);
    await screens(page, app.host.origin, meetingId, async (name) => {
      await expectNoAxeViolations(page, `${name} (${theme.name})`);
      await screenshot(page, `theme-${theme.name}-${name}`);
    });
  });
}

for (const zoom of [80, 125, 150, 200]) {
  test(`at ${zoom} % zoom on 1366×768 nothing overlaps and nothing scrolls sideways`, async ({ page, request, app }) => {
    test.setTimeout(180_000);
    const meetingId = await liveMeeting(request, app.host);
    // Browser zoom is a smaller viewport in CSS pixels.
    await page.setViewportSize({ width: Math.round((1366 * 100) / zoom), height: Math.round((768 * 100) / zoom) });
    await page.goto(app.host.url);
    await screens(page, app.host.origin, meetingId, async (name) => {
      expect(await findOverlaps(page), `overlapping controls on ${name} at ${zoom} %`).toEqual([]);
      expect(await sidewaysScroll(page), `sideways scrolling on ${name} at ${zoom} %`).toBeLessThanOrEqual(0);
      await screenshot(page, `zoom-${zoom}-${name}`);
    });
  });
}
