// Declarations through the screens (issue 16.2): who has not signed, seen at a glance; the missing ones
// prepared and printed; one filled in with its head, delegate, date and scan; a bad scan refused in
// words; the dashboard's count; a withdrawal makes the institution history.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, typeInto } from './helpers';
import { EXE, PNG } from '../test/sampleFiles';

test('declarations: prepared, printed, filled in with a scan, counted on the dashboard, withdrawn', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK w Zgierzu', gminaName: 'Zgierz', teryt: '1020011', modelType: 'miejska', titleLocative: 'w Zgierzu' });
  const ops = await call(request, host, 'institutions.create', { name: 'Miejski Ośrodek Pomocy Społecznej w Zgierzu', sector: 'social_assistance' });
  const school = await call(request, host, 'institutions.create', { name: 'Szkoła Podstawowa nr 3', sector: 'education' });
  await call(request, host, 'members.create', { fullName: 'Anna Kowalska', institutionId: ops.id, role: 'animator' });
  await call(request, host, 'members.create', { fullName: 'Piotr Nowak', institutionId: ops.id });
  await call(request, host, 'members.create', { fullName: 'Ewa Lis', institutionId: school.id });

  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pulpit');
  // Alt+8: the screen after Statystyki.
  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deklaracje');
  const accession = page.getByRole('region', { name: 'Deklaracje przystąpienia instytucji' }).first();
  await expect(accession).toContainText('Podpisane: 0 z 2.');
  await expect(accession.getByRole('row', { name: /Szkoła Podstawowa nr 3/ })).toContainText('brak');
  await accession.getByRole('button', { name: 'Przygotuj brakujące' }).click();
  await expect(page.getByRole('status')).toHaveText('Przygotowano 2 dokumenty do podpisu.');
  await expect(accession.getByRole('row', { name: /Szkoła Podstawowa nr 3/ })).toContainText('do podpisu');
  await expectNoAxeViolations(page, 'declarations');

  // Everyone not signed, one page each, for the formalising meeting.
  const pending = page.waitForEvent('download');
  await accession.getByRole('button', { name: 'Drukuj niepodpisane (PDF)' }).click();
  const printed = await pending;
  expect(printed.suggestedFilename()).toMatch(/^deklaracja-przystapienia_\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = execFileSync('pdftotext', ['-raw', await printed.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('DEKLARACJA PRZYSTĄPIENIA do Partnerskiego Zespołu Kooperacyjnego w Zgierzu');
  expect(text).toContain('Szkoła Podstawowa nr 3');

  // The OPS signed: its head, its delegate and deputy from the roster, the date, the scan.
  await accession.getByRole('button', { name: 'Uzupełnij: Miejski Ośrodek Pomocy Społecznej w Zgierzu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deklaracja przystąpienia: Miejski Ośrodek Pomocy Społecznej w Zgierzu' });
  await dialog.getByLabel('Imię i nazwisko kierownika instytucji').fill('Barbara Michalska');
  await dialog.getByLabel('Stanowisko').fill('Dyrektor');
  await dialog.getByLabel('Przedstawiciel (delegat)').selectOption({ label: 'Anna Kowalska' });
  await dialog.getByLabel('Zastępca przedstawiciela').selectOption({ label: 'Anna Kowalska' });
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog.getByText('Zastępcą przedstawiciela musi być inna osoba.')).toBeVisible();
  await dialog.getByLabel('Zastępca przedstawiciela').selectOption({ label: 'Piotr Nowak' });
  await typeInto(dialog, 'Data podpisania (nieobowiązkowe)', '02.02.2026');
  // A program is no scan, whatever its name says.
  await dialog.getByLabel('Wybierz skan podpisanego dokumentu (PDF, JPG, PNG)…').setInputFiles({ name: 'skan.pdf', mimeType: 'application/pdf', buffer: EXE });
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog.getByRole('alert')).toContainText('nie jest plikiem PDF, JPG ani PNG');
  await dialog.getByLabel('Wybierz skan podpisanego dokumentu (PDF, JPG, PNG)…').setInputFiles({ name: 'deklaracja MOPS.png', mimeType: 'image/png', buffer: PNG });
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('status')).toHaveText('Zapisano: Miejski Ośrodek Pomocy Społecznej w Zgierzu.');
  const row = accession.getByRole('row', { name: /Miejski Ośrodek/ });
  await expect(row).toContainText('podpisana');
  await expect(row).toContainText('02.02.2026');
  await expect(row).toContainText('Barbara Michalska, Dyrektor');
  await expect(accession).toContainText('Podpisane: 1 z 2.');
  const scan = page.waitForEvent('download');
  await row.getByRole('button', { name: /Pobierz skan/ }).click();
  expect(readFileSync(await (await scan).path()).equals(PNG)).toBe(true);

  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Etap w Modelu Kooperacji' })).toContainText('Deklaracje przystąpienia: 1 z 2 podpisanych; oświadczenia o zachowaniu poufności: 0 z 3.');

  // The school signed and left: it is history, not a gap.
  const schoolDecl = (await call(request, host, 'declarations.list', {})).declarations.find((d) => d.institutionId === school.id)!;
  await call(request, host, 'declarations.update', { id: schoolDecl.id, signedOn: '2026-02-02', withdrawnOn: '2026-02-20' });
  await page.goto(`${host.origin}/#/declarations`);
  await expect(accession.getByRole('row', { name: /Szkoła Podstawowa nr 3/ })).toContainText('wystąpiła z zespołu');
  await expect(accession).toContainText('Podpisane: 1 z 1.');
});
