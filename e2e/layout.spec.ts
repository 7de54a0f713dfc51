// Every screen at the municipal laptop's 1366×768 and at full HD (issue 11.5): a screenshot of each
// (test-results/screens/layout-*), no two interactive elements overlapping, no sideways scrolling;
// in the live meeting the minutes editor fills the window and the attendance column scrolls alone.
import { expect, test } from './fixtures';
import { call, freshDataDir, screenshot, startHost } from './helpers';
import { findOverlaps, sidewaysScroll } from './layout';
import type { Page } from '@playwright/test';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const LONG_EMAIL = 'agnieszka.wrobel-lecka.koordynatorka.zespolu@miejski-osrodek-pomocy-spolecznej.zielonka.example.pl';

async function expectClean(page: Page, name: string) {
  await page.waitForTimeout(300);
  expect(await findOverlaps(page), `overlapping controls on ${name}`).toEqual([]);
  expect(await sidewaysScroll(page), `sideways scrolling on ${name}`).toBeLessThanOrEqual(0);
  await screenshot(page, `layout-${name}`);
}

for (const size of SIZES) {
  const at = `${size.width}x${size.height}`;

  test(`every team screen at ${at}: nothing overlaps, nothing scrolls sideways`, async ({ app, request, page }) => {
    test.setTimeout(180_000);
    const { host } = app;
    await page.setViewportSize(size);
    await call(request, host, 'app.loadDemo');
    const institutions = await call(request, host, 'institutions.list');
    await call(request, host, 'members.create', { fullName: 'Agnieszka Wróbel-Łęcka', institutionId: institutions[0]!.id, position: 'koordynatorka zespołu', email: LONG_EMAIL, phone: '+48 22 123 45 67', joinedOn: '2026-01-01' });
    const meetings = await call(request, host, 'meetings.list');
    const locked = meetings.find((m) => m.status === 'approved')!;
    const live = meetings.find((m) => m.status === 'held' || m.status === 'in_progress')!;
    await call(request, host, 'meetings.setStatus', { id: live.id, status: 'in_progress' });

    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();
    const visit = async (path: string, heading: RegExp | string) => {
      await page.goto(`${host.origin}/#${path}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    };

    await expectClean(page, `${at}-dashboard`);
    await visit('/meetings', 'Posiedzenia');
    await expectClean(page, `${at}-meetings`);
    await page.getByRole('button', { name: 'Nowe posiedzenie' }).click();
    await expect(page.getByRole('dialog', { name: 'Nowe posiedzenie' })).toBeVisible();
    await expectClean(page, `${at}-meetings-new`);
    await page.keyboard.press('Escape');

    await visit(`/meetings/${live.id}`, /Posiedzenie PZK nr/);
    await expectClean(page, `${at}-meeting-live`);
    await page.getByRole('tab', { name: /Realizacja zadań/ }).click();
    await expectClean(page, `${at}-meeting-follow-up`);
    await visit(`/meetings/${locked.id}`, /Posiedzenie PZK nr/);
    await expectClean(page, `${at}-meeting-locked`);

    await visit('/tasks', 'Zadania');
    await expectClean(page, `${at}-tasks`);
    await page.getByRole('button', { name: /^Edytuj: / }).first().click();
    await expect(page.getByRole('dialog', { name: /^Edycja zadania/ })).toBeVisible();
    await expectClean(page, `${at}-tasks-edit`);
    await page.keyboard.press('Escape');

    await visit('/roster', 'Skład zespołu');
    await expectClean(page, `${at}-roster`);
    // The long address wraps at its "@" and dots: no line of it is cut inside a word.
    const email = page.locator('.roster__email', { hasText: 'agnieszka.wrobel-lecka' });
    const lines = await email.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBeGreaterThan(1);
    const cell = await email.boundingBox();
    const row = await email.locator('xpath=ancestor::tr').boundingBox();
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(row!.x + row!.width);

    await visit('/search?q=rodzin', 'Szukaj');
    await expectClean(page, `${at}-search`);
    await visit('/settings', 'Ustawienia');
    await expectClean(page, `${at}-settings`);
    await visit('/statistics', 'Statystyki zespołu');
    await expectClean(page, `${at}-statistics`);
    await visit('/declarations', 'Deklaracje');
    await expectClean(page, `${at}-declarations`);
    await page.getByRole('button', { name: /^Uzupełnij: / }).first().click();
    await expect(page.getByRole('dialog', { name: /^Deklaracja przystąpienia: / })).toBeVisible();
    await expectClean(page, `${at}-declarations-edit`);
    await page.keyboard.press('Escape');
    await visit('/rules', 'Regulamin zespołu');
    await expectClean(page, `${at}-rules`);
    await visit('/benefits', 'Rejestr wzajemnych korzyści');
    await expectClean(page, `${at}-benefits`);
    await visit('/plan', 'Plan działania');
    await expectClean(page, `${at}-plan`);
    await visit('/basket', 'Lokalny Koszyk Usług');
    await expectClean(page, `${at}-basket`);
  });

  test(`the live meeting at ${at}: the minutes editor fills the window, the attendance column scrolls on its own`, async ({ app, request, page }) => {
    const { host } = app;
    await page.setViewportSize(size);
    await call(request, host, 'app.loadDemo');
    const live = (await call(request, host, 'meetings.list')).find((m) => m.status === 'held' || m.status === 'in_progress')!;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/meetings/${live.id}`);
    const editor = page.getByRole('textbox', { name: /^Przebieg — / });
    await expect(editor).toBeVisible();
    // The page itself does not scroll: the three columns do.
    expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
    const box = (await editor.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    expect(box.height).toBeGreaterThan(size.height * 0.4);
    const panel = page.getByRole('tabpanel', { name: 'Obecność' });
    const scrolls = await panel.evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, more: el.scrollHeight > el.clientHeight }));
    expect(scrolls).toEqual({ overflow: 'auto', more: true });
    // Scrolling the attendance leaves the editor where it was.
    await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect((await editor.boundingBox())!.y).toBe(box.y);
  });

  test(`set-up and the regional centre at ${at}`, async ({ page }) => {
    const data = freshDataDir();
    const host = await startHost(data.dir);
    try {
      await page.setViewportSize(size);
      await page.goto(host.url);
      await expect(page.getByRole('heading', { level: 1, name: 'Nowy zespół' })).toBeVisible();
      await expectClean(page, `${at}-setup`);
      await page.getByLabel('Centrum regionalne (ROPS/RCPS) — zbieranie danych od zespołów').check();
      await page.getByLabel('Nazwa centrum regionalnego').fill('Mazowieckie Centrum Polityki Społecznej');
      await page.getByRole('button', { name: 'Utwórz centrum regionalne' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Centrum regionalne' })).toBeVisible();
      await expectClean(page, `${at}-hub`);
    } finally {
      await host.stop();
      data.remove();
    }
  });
}
