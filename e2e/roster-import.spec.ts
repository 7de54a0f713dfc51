// Issue 13.2 in the browser host: the roster from a CSV saved by Polish Excel (semicolons, a BOM),
// its preview with the columns and each row's state, a column re-assigned, nothing written until the
// confirmation; the template and the export downloaded.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, screenshot } from './helpers';

const CSV = [
  '"Imię";"Nazwisko";"Instytucja";"Sektor";"Stanowisko";"E-mail";"Uwagi"',
  '"Zofia";"Wróbel";"Poradnia Psychologiczno-Pedagogiczna";"edukacja";"psycholog";"z.wrobel@ppp.example.pl";"22 111 22 33"',
  '"Katarzyna";"Wiśniewska";"Miejski Ośrodek Pomocy Społecznej";"pomoc społeczna";"";"";""',
  '"Piotr";"Nowak";"Komisariat Policji";"policja";"dzielnicowy";"nie-email";""',
].join('\r\n');

test('roster import with a preview, the template and the export', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.goto(app.host.url);
  await page.getByRole('button', { name: 'Wczytaj dane przykładowe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Skład zespołu' }).click();
  const roster = page.getByRole('region', { name: 'Skład zespołu' });
  await expect(roster.getByRole('row').first()).toBeVisible();
  const before = await roster.getByRole('row').count();

  await page.getByLabel('Importuj skład z pliku (XLSX, CSV)…').setInputFiles({ name: 'sklad.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${CSV}`, 'utf8') });
  const dialog = page.getByRole('dialog', { name: 'Import składu — podgląd' });
  await expect(dialog.getByRole('status')).toHaveText(/^Do dodania: 1 · już w składzie lub powtórzone: 1 \(pominięte\) · z błędami: 1 \(pominięte\)\. Nowe instytucje: Poradnia Psychologiczno-Pedagogiczna\.$/);
  await expect(dialog.getByRole('row', { name: /Zofia Wróbel/ })).toContainText('do dodania');
  await expect(dialog.getByRole('row', { name: /Katarzyna Wiśniewska/ })).toContainText('już w składzie: Katarzyna Wiśniewska');
  await expect(dialog.getByRole('row', { name: /Piotr Nowak/ })).toContainText('E-mail: Podaj poprawny adres e-mail.');
  // "Stanowisko" was recognised as the position; the phone sits in the notes column: assigned by hand.
  await expect(dialog.getByLabel('Funkcja')).toHaveValue('4');
  await dialog.getByLabel('Telefon').selectOption({ label: 'G: Uwagi' });
  await expect(dialog.getByRole('row', { name: /Zofia Wróbel/ })).toContainText('22 111 22 33');
  await expectNoAxeViolations(page, 'roster import preview');
  await screenshot(page, 'roster-import');
  // Nothing is written before the confirmation.
  expect(await roster.getByRole('row').count()).toBe(before);
  await dialog.getByRole('button', { name: 'Dodaj 1 osobę do składu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Dodano do składu' })).toHaveText('Dodano do składu osoby: 1, nowe instytucje: 1; pominięte wiersze: 2.');
  await expect(roster.getByRole('row', { name: /Zofia Wróbel/ })).toBeVisible();

  // A file that is no table: a clear message, nothing opened.
  await page.getByLabel('Importuj skład z pliku (XLSX, CSV)…').setInputFiles({ name: 'sklad.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 not a table') });
  await expect(page.getByRole('alert')).toContainText('Tego pliku nie da się odczytać jako tabeli.');

  for (const [button, name] of [
    ['Pobierz wzór pliku (XLSX)', /^wzor_skladu_zespolu\.xlsx$/],
    ['Eksportuj skład (XLSX)', /^sklad_zespolu_\d{4}-\d{2}-\d{2}\.xlsx$/],
    ['Eksportuj skład (CSV)', /^sklad_zespolu_\d{4}-\d{2}-\d{2}\.csv$/],
  ] as const) {
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await pending;
    expect(file.suggestedFilename()).toMatch(name);
    if (name.source.includes('csv')) expect(readFileSync(await file.path(), 'utf8')).toContain('"Zofia Wróbel";"Poradnia Psychologiczno-Pedagogiczna";"edukacja";"psycholog"');
  }
});
