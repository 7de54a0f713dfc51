// The Lokalny Koszyk Usług through the screens (issue 16.4): an offer added with its lists, found without
// Polish letters and by problem area, a duplicate refused in words, the guide downloaded as a PDF, and the basket
// exported to a spreadsheet and read back through the import's preview.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations } from './helpers';

test('basket of services: an offer added, found without Polish letters and by area, a duplicate refused, the guide printed', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK w Zgierzu', gminaName: 'Zgierz', teryt: '1020011', modelType: 'miejska', titleLocative: 'w Zgierzu' });
  await call(request, host, 'institutions.create', { name: 'Miejski Ośrodek Pomocy Społecznej w Zgierzu', sector: 'social_assistance' });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pulpit');
  await page.goto(`${host.origin}/#/basket`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lokalny Koszyk Usług');

  const add = async () => {
    await page.getByRole('button', { name: 'Dodaj ofertę' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dodaj ofertę' });
    await dialog.getByLabel('Instytucja').selectOption({ label: 'Miejski Ośrodek Pomocy Społecznej w Zgierzu' });
    await dialog.getByLabel('Usługa').fill('Mieszkanie chronione treningowe');
    await dialog.getByRole('checkbox', { name: 'mieszkanie' }).check();
    await dialog.getByRole('checkbox', { name: 'osoby w kryzysie bezdomności' }).check();
    await dialog.getByRole('checkbox', { name: 'skierowanie' }).check();
    await dialog.getByLabel('Telefon instytucji').fill('42 716 00 11');
    await dialog.getByRole('button', { name: 'Zapisz' }).click();
    return dialog;
  };
  await add();
  await expect(page.getByRole('status')).toHaveText('Zapisano ofertę: Mieszkanie chronione treningowe.');
  await expectNoAxeViolations(page, 'basket of services');
  const dialog = await add();
  await expect(dialog.getByText('Taka pozycja już istnieje.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Anuluj' }).click();

  await page.getByLabel('Szukaj w ofertach').fill('mieszkanie chronione trening');
  await expect(page.getByRole('heading', { level: 2, name: 'Oferty: 1' })).toBeVisible();
  await page.getByLabel('Szukaj w ofertach').fill('');
  await page.getByLabel('Obszary problemowe').selectOption({ label: 'edukacja' });
  await expect(page.getByText('Brak ofert spełniających warunki wyszukiwania.')).toBeVisible();
  await page.getByLabel('Obszary problemowe').selectOption({ label: 'mieszkanie' });
  await expect(page.getByRole('heading', { level: 3, name: 'Mieszkanie chronione treningowe' })).toBeVisible();

  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Przewodnik po usługach (PDF)' }).click();
  const guide = execFileSync('pdftotext', [await (await pending).path(), '-'], { encoding: 'utf8' });
  expect(guide).toContain('LOKALNY KOSZYK USŁUG');
  expect(guide).toContain('Obszar: mieszkanie');

  // The basket in a spreadsheet: exported, one offer renamed in the file, read back with a preview — nothing is
  // written until the animator confirms; the unchanged row says so.
  await page.getByText('Koszyk w arkuszu (Excel, CSV)').click();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportuj koszyk (CSV)' }).click();
  const csv = readFileSync(await (await exported).path(), 'utf8');
  const lines = csv.replace(/\r\n$/, '').split('\r\n');
  const row = lines.find((l) => l.includes('Mieszkanie chronione treningowe'))!;
  const file = `${[...lines, row.replace('Mieszkanie chronione treningowe', 'Mieszkanie chronione wspierane')].join('\r\n')}\r\n`;
  await page.getByLabel('Importuj oferty z pliku (XLSX, CSV)…').setInputFiles({ name: 'koszyk.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  const preview = page.getByRole('dialog', { name: 'Import ofert — podgląd' });
  await expect(preview.getByRole('row', { name: /Mieszkanie chronione wspierane.*nowa oferta/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Mieszkanie chronione treningowe.*bez zmian/ })).toBeVisible();
  await expectNoAxeViolations(page, 'basket import preview');
  await preview.getByRole('button', { name: 'Zapisz 1 ofertę' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dodano oferty' })).toHaveText('Dodano oferty: 1, zmieniono: 0; pominięte wiersze: 1.');
  await expect(preview).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: 'Mieszkanie chronione wspierane' })).toBeVisible();
});
