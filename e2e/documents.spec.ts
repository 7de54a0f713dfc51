// Documents from the UI: the demo team, the protocol with its RODO check, the attendance list,
// versions and corrections of an approved protocol, and the protocol settings.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, screenshot, watchConsole } from './helpers';

async function download(page: Page, button: string | RegExp) {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
}

async function openMeeting(page: Page, number: string) {
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Posiedzenia' }).click();
  await page.getByRole('link', { name: `Posiedzenie nr ${number}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`nr ${number.replace('/', '\\/')}`) })).toBeVisible();
}

test('demo team, protocol with the RODO check, attendance list, versions and settings', async ({ page, app }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await page.goto(app.host.url);
  await page.getByRole('button', { name: 'Wczytaj dane przykładowe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Partnerski Zespół Kooperacyjny w Gminie Zielonka').first()).toBeVisible();

  // A held meeting gives a draft; a PESEL in the minutes is caught before the file is made.
  await openMeeting(page, '13/2026');
  const draft = await download(page, 'Projekt protokołu (PDF)');
  expect(draft.name).toBe('protokol_13-2026_projekt.pdf');
  expect(draft.text).toContain('PROTOKÓŁ NR 13/2026');
  await page.getByRole('grid', { name: 'Porządek obrad' }).getByRole('row', { name: /^Ad 6\./ }).click();
  const editor = page.getByRole('textbox', { name: /^Przebieg/ });
  await editor.fill('Ojciec dziecka, PESEL 44051401458, prosi o kontakt.');
  // Chair, minute-taker and other business go into the protocol.
  await page.getByRole('button', { name: 'Dane posiedzenia' }).click();
  const details = page.getByRole('dialog', { name: 'Dane posiedzenia nr 13/2026' });
  await details.getByLabel('Protokolant').selectOption({ label: 'Grażyna Ślęzak' });
  await details.getByLabel('Sprawy różne i wolne wnioski (do protokołu)').fill('Omówiono termin szkolenia z procedury „Niebieskiej Karty”.');
  await expectNoAxeViolations(page, 'meeting details');
  await details.getByRole('button', { name: 'Zapisz' }).click();
  await expect(details).toBeHidden();
  await page.getByRole('button', { name: 'Projekt protokołu (PDF)' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Dane osobowe w protokole?' });
  await expect(dialog).toContainText('PESEL 44*******58 — Ad 6. Sprawy różne');
  await expectNoAxeViolations(page, 'RODO findings');
  await screenshot(page, 'rodo-check');
  // A valid PESEL stops the save until the animator confirms it explicitly.
  const anyway = dialog.getByRole('button', { name: 'Zapisz mimo to' });
  await expect(anyway).toBeDisabled();
  await dialog.getByLabel('Te dane mają opuścić ten komputer — potwierdzenie').check();
  await expect(anyway).toBeEnabled();
  const overridden = page.waitForEvent('download');
  await anyway.click();
  expect((await overridden).suggestedFilename()).toBe('protokol_13-2026_projekt.pdf');
  await page.getByRole('button', { name: 'Projekt protokołu (PDF)' }).click();
  await dialog.getByRole('button', { name: 'Wrócę i poprawię' }).click();
  await editor.fill('Ojciec dziecka prosi o kontakt przez OPS.');
  const clean = await download(page, 'Projekt protokołu (PDF)');
  expect(clean.text).toContain('Ojciec dziecka prosi o kontakt przez OPS.');
  expect(clean.text).not.toContain('44051401458');
  expect(clean.text).toContain('Protokolant: Grażyna Ślęzak.');
  // Other business is printed once, under its agenda item (issue 11.9).
  expect(clean.text).toContain('Ad 6. Sprawy różne i wolne wnioski Ojciec dziecka prosi o kontakt przez OPS. Omówiono termin szkolenia z procedury „Niebieskiej Karty”.');

  const list = await download(page, 'Lista obecności (PDF)');
  expect(list.name).toBe('lista-obecnosci_13-2026.pdf');
  expect(list.text).toContain('Lp. Imię i nazwisko Instytucja Sektor / funkcja Podpis');
  expect(list.text).toContain('Katarzyna Wiśniewska');

  // The DOCX working copy (issue 13.1): after the same RODO check, a Word package with the same text.
  await expect(page.getByRole('button', { name: 'Do edycji (DOCX)' })).toHaveAccessibleDescription(/Obowiązującym protokołem jest plik PDF\./);
  const pendingDocx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Do edycji (DOCX)' }).click();
  const docx = await pendingDocx;
  expect(docx.suggestedFilename()).toBe('protokol_13-2026_kopia-robocza.docx');
  const word = Buffer.from(unzipSync(readFileSync(await docx.path()))['word/document.xml']!).toString();
  expect(word).toContain('PROTOKÓŁ NR 13/2026');
  expect(word).toContain('Ojciec dziecka prosi o kontakt przez OPS.');
  await expect(page.getByRole('status').filter({ hasText: 'protokol_13-2026_kopia-robocza.docx' })).toContainText('Obowiązującym protokołem jest plik PDF.');

  // The preview draws the very PDF that will be saved.
  await page.getByRole('button', { name: 'Podgląd protokołu' }).click();
  const preview = page.getByRole('dialog', { name: 'Podgląd protokołu nr 13/2026' });
  await expect(preview.getByRole('img', { name: /^Strona 1 z \d+$/ })).toBeVisible();
  await expect(preview.getByRole('img', { name: /^Strona 2 z \d+$/ })).toBeVisible();
  await expectNoAxeViolations(page, 'protocol preview');
  await screenshot(page, 'protocol-preview');
  await preview.getByRole('button', { name: 'Zamknij' }).click();

  // An approved meeting: the stored protocol, and a correction as version 2.
  await openMeeting(page, '5/2026');
  const approved = await download(page, 'Protokół (PDF)');
  expect(approved.text).toContain('PROTOKÓŁ NR 5/2026');
  expect(approved.text).not.toContain('PROJEKT');
  await page.getByRole('button', { name: 'Wersje i korekty protokołu' }).click();
  const versions = page.getByRole('dialog', { name: 'Protokół nr 5/2026 — wersje' });
  await expect(versions.getByRole('button', { name: 'Wersja 1 (PDF)' })).toBeVisible();
  await versions.getByLabel('Przyczyna korekty').fill('Błędna godzina zakończenia');
  await versions.getByLabel('Kto wprowadza korektę').fill('Katarzyna Wiśniewska');
  await versions.getByLabel('Treść korekty').fill('Posiedzenie zakończyło się o godz. 12:15.');
  await versions.getByRole('button', { name: 'Zapisz korektę' }).click();
  await expect(versions.getByRole('button', { name: 'Wersja 2 (PDF)' })).toBeVisible();
  await expectNoAxeViolations(page, 'protocol versions');
  const pending = page.waitForEvent('download');
  await versions.getByRole('button', { name: 'Wersja 2 (PDF)' }).click();
  const v2 = await pending;
  expect(v2.suggestedFilename()).toBe('protokol_5-2026_korekta-2.pdf');
  expect(execFileSync('pdftotext', [await v2.path(), '-'], { encoding: 'utf8' })).toContain('Posiedzenie zakończyło się o godz. 12:15.');
  await versions.getByRole('button', { name: 'Zamknij' }).click();

  // Protocol settings: a footer and a section switched off show in the next document.
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Ustawienia' }).click();
  await page.getByLabel('Tekst w stopce protokołu').fill('Projekt współfinansowany ze środków Unii Europejskiej');
  await page.getByLabel('Podpisy').uncheck();
  await expect(page.getByText('Zapisano ustawienia protokołu.')).toBeVisible();
  await expectNoAxeViolations(page, 'settings with protocol');
  await openMeeting(page, '13/2026');
  const withFooter = await download(page, 'Projekt protokołu (PDF)');
  expect(withFooter.text).toContain('Projekt współfinansowany ze środków Unii Europejskiej');
  expect(withFooter.text).not.toContain('Protokołował/a');
  expect(errors).toEqual([]);
});
