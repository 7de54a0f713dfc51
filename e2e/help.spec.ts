// The user guide in the app (issue 14.6): F1 → "Pomoc" opens docs/podrecznik, chapters link to each other inside
// the app, the illustrations load from the app itself, and axe finds nothing.
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, screenshot, watchConsole } from './helpers';

test('F1 → Pomoc opens the user guide; its chapters, links and pictures work offline', async ({ page, request, app }) => {
  const errors = watchConsole(page);
  await call(request, app.host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  await page.goto(app.host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeFocused();
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'Skróty klawiszowe' });
  await sheet.getByRole('button', { name: 'Pomoc — podręcznik użytkownika' }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Podręcznik użytkownika PZK Animator' })).toBeFocused();
  const toc = page.getByRole('navigation', { name: 'Spis treści podręcznika' });
  await expect(toc.getByRole('link')).toHaveCount(16);
  await expectNoAxeViolations(page, 'user guide');

  await toc.getByRole('link', { name: 'Prowadzenie posiedzenia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prowadzenie posiedzenia' })).toBeFocused();
  await expect(page).toHaveURL(/#\/help\/05-prowadzenie-posiedzenia$/);
  const picture = page.getByRole('img', { name: 'Posiedzenie w toku' });
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1366);
  await expectNoAxeViolations(page, 'user guide chapter');
  await screenshot(page, 'help');

  // A link in the text goes to another chapter, inside the app.
  await toc.getByRole('link', { name: 'Posiedzenia: planowanie i zaproszenia' }).click();
  await page.getByRole('article').getByRole('link', { name: 'RODO w praktyce' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'RODO w praktyce' })).toBeFocused();
  expect(errors).toEqual([]);
});
