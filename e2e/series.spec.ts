// Issue 13.3: a series of meetings planned from the meetings screen — the days shown first, then
// created at once, planned: each gets its number when it is held (DECISIONS 12).
import { expect, test } from './fixtures';
import { expectNoAxeViolations, screenshot, typeInto } from './helpers';

test('plan "2. i 4. czwartek miesiąca" for a quarter', async ({ page, app }) => {
  await page.goto(app.host.url);
  await page.getByLabel('Nazwa zespołu').fill('PZK w Gminie Zielonka');
  await page.getByLabel('Gmina', { exact: true }).fill('Zielonka');
  await page.getByLabel('Kod TERYT gminy').fill('1434011');
  await page.getByRole('button', { name: 'Utwórz zespół' }).click();
  await expect(page.getByRole('heading', { name: 'Pulpit', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Posiedzenia' }).click();
  await page.getByRole('button', { name: 'Zaplanuj cykl…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cykl posiedzeń' });
  await dialog.getByLabel('Powtarzanie').selectOption({ label: 'w wybrane tygodnie miesiąca' });
  await dialog.getByLabel('Dzień tygodnia').selectOption({ label: 'czwartek' });
  // The 2nd and the 4th week are offered ticked.
  await expect(dialog.getByLabel('2.')).toBeChecked();
  await expect(dialog.getByLabel('4.')).toBeChecked();
  await typeInto(dialog, 'Od dnia', '01.01.2027');
  await typeInto(dialog, 'Do dnia', '31.03.2027');
  await dialog.getByLabel('Miejsce').fill('Urząd Gminy, sala 5');
  const dates = dialog.getByRole('region', { name: /^Posiedzenia w cyklu: 6$/ });
  await expect(dates.getByRole('listitem')).toHaveText(['czwartek, 14 stycznia 2027', 'czwartek, 28 stycznia 2027', 'czwartek, 11 lutego 2027', 'czwartek, 25 lutego 2027', 'czwartek, 11 marca 2027', 'czwartek, 25 marca 2027']);
  await expectNoAxeViolations(page, 'series dialog');
  await screenshot(page, 'series');
  await dialog.getByRole('button', { name: 'Utwórz 6 posiedzeń' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zaplanowano' })).toHaveText('Zaplanowano 6 posiedzeń.');
  await page.getByLabel('Rok').selectOption('2027');
  await expect(page.getByRole('link', { name: /^Posiedzenie w dniu \d\d\.\d\d\.2027$/ })).toHaveCount(6);
  await expect(page.getByRole('row', { name: /Posiedzenie w dniu 14\.01\.2027/ })).toContainText('Urząd Gminy, sala 5');
  await expect(page.getByRole('link', { name: /Posiedzenie nr/ })).toHaveCount(0);
});
