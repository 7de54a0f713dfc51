// Issue 13.3: a team's own agenda template made in the settings and chosen for a new meeting.
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations } from './helpers';

test('an agenda template from the settings becomes a new meeting’s agenda', async ({ page, app, request }) => {
  await call(request, app.host, 'app.loadDemo');
  await page.goto(app.host.url);
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Ustawienia' }).click();
  const form = page.getByRole('form', { name: 'Nowy szablon porządku obrad' });
  await form.getByRole('button', { name: 'Dodaj szablon' }).click();
  await expect(form.getByText('To pole jest wymagane.').first()).toBeVisible();
  await form.getByLabel('Nazwa szablonu').fill('Warsztaty kooperacyjne');
  await form.getByLabel('Punkty porządku obrad (każdy w osobnym wierszu)').fill('Powitanie uczestników\n\nPraca w grupach: mapa zasobów\nPodsumowanie i ustalenia');
  await form.getByRole('button', { name: 'Dodaj szablon' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano szablon' })).toHaveText('Zapisano szablon „Warsztaty kooperacyjne”.');
  await expect(page.getByText('(3 punkty)')).toBeVisible();
  await expectNoAxeViolations(page, 'settings with agenda templates');

  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Posiedzenia' }).click();
  await page.getByRole('button', { name: 'Nowe posiedzenie' }).click();
  await page.getByLabel('szablon „Warsztaty kooperacyjne” (3 pkt)').check();
  await page.getByRole('button', { name: 'Utwórz posiedzenie' }).click();
  const agenda = page.getByRole('grid', { name: 'Porządek obrad' });
  await expect(agenda.getByRole('row')).toHaveCount(3);
  await expect(agenda.getByRole('row').first()).toContainText('Powitanie uczestników');
  await expect(agenda.getByRole('row').last()).toContainText('Podsumowanie i ustalenia');
});
