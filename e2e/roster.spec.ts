import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, screenshot } from './helpers';

async function addMember(page: Page, name: string, institution: { create: string; sector: string }) {
  const form = page.getByRole('form', { name: 'Dodaj członka' });
  await form.getByLabel('Imię i nazwisko').fill(name);
  await form.getByLabel('Instytucja', { exact: true }).selectOption({ label: '+ nowa instytucja…' });
  await form.getByLabel('Nazwa nowej instytucji').fill(institution.create);
  await form.getByLabel('Sektor').selectOption({ label: institution.sector });
  await form.getByRole('button', { name: 'Dodaj członka' }).click();
  await expect(form.getByRole('status')).toHaveText(`Dodano: ${name}.`);
}

test('set up a team, add two members, and find them after a restart', async ({ app, browser }) => {
  let host = app.host;
  const context = await browser.newContext();
  let page = await context.newPage();
  await page.goto(host.url);

  await expect(page.getByRole('heading', { name: 'Nowy zespół' })).toBeVisible();
  await expectNoAxeViolations(page, 'set-up');
  await screenshot(page, 'setup');

  // A wrong TERYT is refused next to the field, in Polish, and nothing is created.
  await page.getByLabel('Nazwa zespołu').fill('Partnerski Zespół Kooperacyjny w Gminie Zielonka');
  await page.getByLabel('Gmina', { exact: true }).fill('Zielonka');
  await page.getByLabel('Kod TERYT gminy').fill('14340');
  await page.getByRole('button', { name: 'Utwórz zespół' }).click();
  await expect(page.getByText('Kod TERYT to dokładnie 7 cyfr.')).toBeVisible();
  await expect(page.getByLabel('Kod TERYT gminy')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Kod TERYT gminy')).toBeFocused();

  await page.getByLabel('Kod TERYT gminy').fill('1434011');
  await page.getByLabel('miejsko-wiejska').check();
  await page.getByRole('button', { name: 'Utwórz zespół' }).click();
  await expect(page.getByRole('heading', { name: 'Pulpit', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Skład zespołu' }).click();

  await addMember(page, 'Łukasz Żółć', { create: 'Miejski Ośrodek Pomocy Społecznej', sector: 'pomoc społeczna' });
  await addMember(page, 'Grażyna Ślęzak', { create: 'Szkoła Podstawowa nr 2', sector: 'edukacja' });
  await expect(page.getByText('2 osoby')).toBeVisible();

  // Restart the host: a new process, a new token, the same data folder.
  await page.close();
  host = await app.restart();
  page = await context.newPage();
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Skład zespołu' }).click();
  await expect(page.getByRole('cell', { name: 'Łukasz Żółć', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Grażyna Ślęzak', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Miejski Ośrodek Pomocy Społecznej' })).toBeVisible();
  await context.close();
});

test('an API call without the token is refused', async ({ app, request }) => {
  const response = await request.post(`${app.host.origin}/api/team.get`, { headers: { 'Content-Type': 'application/json' } });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
});
