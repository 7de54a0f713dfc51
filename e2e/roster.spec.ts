import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './host';

let dataDir: string;
let host: RunningHost | null = null;

test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pzk-e2e-'));
});
test.afterEach(async () => {
  await host?.stop();
  host = null;
  rmSync(dataDir, { recursive: true, force: true });
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function addMember(page: Page, name: string, institution: { existing?: string; create?: string; sector?: string }) {
  await page.getByLabel('Imię i nazwisko').fill(name);
  if (institution.create) {
    await page.getByLabel('Instytucja', { exact: true }).selectOption({ label: '+ nowa instytucja…' });
    await page.getByLabel('Nazwa nowej instytucji').fill(institution.create);
    await page.getByLabel('Sektor').selectOption({ label: institution.sector! });
  } else {
    await page.getByLabel('Instytucja', { exact: true }).selectOption({ label: institution.existing! });
  }
  await page.getByRole('button', { name: 'Dodaj członka' }).click();
  await expect(page.getByRole('status')).toHaveText(`Dodano: ${name}.`);
}

test('set up a team, add two members, and find them after a restart', async ({ browser }) => {
  host = await startHost(dataDir);
  const context = await browser.newContext();
  let page = await context.newPage();
  await page.goto(host.url);

  await expect(page.getByRole('heading', { name: 'Nowy zespół' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/setup.png', fullPage: true });

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
  await expect(page.getByRole('heading', { name: 'Skład zespołu', level: 1 })).toBeVisible();

  await addMember(page, 'Łukasz Żółć', { create: 'Miejski Ośrodek Pomocy Społecznej', sector: 'pomoc społeczna' });
  await addMember(page, 'Grażyna Ślęzak', { create: 'Szkoła Podstawowa nr 2', sector: 'edukacja' });
  await expect(page.getByText('2 osoby')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/roster.png', fullPage: true });

  // Restart the host: a new process, a new token, the same data folder.
  await host.stop();
  host = await startHost(dataDir);
  page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('cell', { name: 'Łukasz Żółć' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Grażyna Ślęzak' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Miejski Ośrodek Pomocy Społecznej/ })).toBeVisible();
  await expect(page.getByText('Partnerski Zespół Kooperacyjny w Gminie Zielonka')).toBeVisible();
  await context.close();
});

test('an API call without the token is refused', async ({ request }) => {
  host = await startHost(dataDir);
  const response = await request.post(`${host.origin}/api/team.get`, { headers: { 'Content-Type': 'application/json' } });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
});
