// Issue 13.6 in the browser host: the team's figures for a period and the yearly report.
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, screenshot, typeInto } from './helpers';

test('team statistics and the yearly report', async ({ page, app, request }) => {
  await call(request, app.host, 'app.loadDemo');
  await page.goto(app.host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Statystyki zespołu' })).toBeVisible();
  const institutions = page.getByRole('region', { name: 'Obecność instytucji na posiedzeniach PZK' });
  await expect(institutions.getByRole('row')).not.toHaveCount(0);
  await expect(institutions.getByRole('row', { name: /Miejski Ośrodek Pomocy Społecznej/ })).toContainText(/\d+ z \d+/);
  await expect(page.getByRole('region', { name: 'Posiedzenia, które się odbyły' })).toContainText(/PZK: \d+ · ZZK: \d+ · inne: \d+/);
  await expectNoAxeViolations(page, 'statistics');
  await screenshot(page, 'statistics');

  // A period without meetings says so.
  await typeInto(page, 'Od', '01.01.2001');
  await typeInto(page, 'Do', '31.12.2001');
  await page.getByRole('button', { name: 'Pokaż' }).click();
  await expect(institutions).toContainText('W tym okresie nie odbyło się żadne posiedzenie PZK.');

  const year = await page.getByLabel('Rok').inputValue();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: `Sprawozdanie za rok ${year} (PDF)` }).click();
  const pdf = await pending;
  expect(pdf.suggestedFilename()).toBe(`sprawozdanie_${year}.pdf`);
  expect(execFileSync('pdftotext', [await pdf.path(), '-'], { encoding: 'utf8' })).toContain(`za rok ${year}`);
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: `Sprawozdanie za rok ${year} (DOCX)` }).click();
  expect((await docx).suggestedFilename()).toBe(`sprawozdanie_${year}.docx`);
});

test('the support the team received: summed by kind for the period, added with its counts, bad input said in words', async ({ page, app, request }) => {
  await call(request, app.host, 'app.loadDemo');
  await page.goto(app.host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Statystyki zespołu' })).toBeVisible();
  await typeInto(page, 'Od', '01.01.2026');
  await typeInto(page, 'Do', '31.12.2026');
  await page.getByRole('button', { name: 'Pokaż' }).click();
  const support = page.getByRole('region', { name: 'Wsparcie otrzymane przez zespół' });
  await expect(support.getByRole('row', { name: /^coaching/ })).toHaveText(/coaching\s*3\s*9\s*23/);
  await expect(support.getByRole('row', { name: /^Razem/ })).toHaveText(/Razem\s*7\s*38,5\s*66/);

  await support.getByRole('button', { name: 'Dodaj wsparcie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj wsparcie' });
  await typeInto(dialog, 'Data', '03.11.2026');
  await dialog.getByLabel('Rodzaj wsparcia').selectOption({ label: 'coaching' });
  await dialog.getByLabel('Liczba godzin').fill('1,1');
  await dialog.getByLabel('Liczba uczestników').fill('8');
  await dialog.getByLabel('Kto prowadził').fill('Mazowieckie Centrum Polityki Społecznej');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog.getByText('Podaj liczbę godzin z dokładnością do kwadransa, np. 1,5.')).toBeVisible();
  await dialog.getByLabel('Liczba godzin').fill('1,5');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(support.getByRole('status')).toHaveText('Zapisano wsparcie z dnia 03.11.2026.');
  await expect(support.getByRole('row', { name: /^coaching/ })).toHaveText(/coaching\s*4\s*10,5\s*31/);
  await expectNoAxeViolations(page, 'support the team received');
});
