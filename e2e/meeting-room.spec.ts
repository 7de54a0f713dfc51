// In the meeting room (issue 11), through the screens: the place the protocol's title names is the
// team's own choice, set once in the settings.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, typeInto } from './helpers';

test('the protocol title says where the team works in the team’s own words (issue 11.7)', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK w Zgierzu', gminaName: 'Zgierz', teryt: '1020011', modelType: 'miejska' });
  const meeting = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Otwarcie'] });
  const title = async () => {
    const pdf = await call(request, host, 'protocol.get', { meetingId: meeting.id });
    const file = join(app.dir, 'p.pdf');
    writeFileSync(file, pdf.bytes);
    return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  // The default names the unit of an urban gmina (TERYT type 1), never "Gmina Zgierz" (the rural one).
  expect(await title()).toContain('Kooperacyjnego w Gminie Miasto Zgierz');

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/settings`);
  const field = page.getByLabel('Miejsce w tytule protokołu');
  await expect(page.getByText('Gdy pole jest puste: „w Gminie Miasto Zgierz”.')).toBeVisible();
  await field.fill('w Zgierzu');
  await field.locator('xpath=ancestor::form').getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('status').filter({ hasText: /zapisan/i }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'team settings');
  expect(await title()).toContain('z posiedzenia Partnerskiego Zespołu Kooperacyjnego w Zgierzu');
});

test('the owner picker shows the person chosen, by keyboard and by mouse (issue 11.2)', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  const ops = await call(request, host, 'institutions.create', { name: 'Ośrodek Pomocy Społecznej', sector: 'social_assistance' });
  for (const fullName of ['Grażyna Ślęzak', 'Łukasz Żółć', 'Anna Wierzbicka']) await call(request, host, 'members.create', { fullName, institutionId: ops.id, joinedOn: '2026-01-01' });
  const meeting = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Sprawy merytoryczne'] });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meetings/${meeting.id}`);
  const owner = page.getByRole('combobox', { name: 'Osoba odpowiedzialna' });

  await owner.fill('graz');
  // (As a user does: the list shows the match, then the arrow goes to it.)
  await expect(page.getByRole('option', { name: /Grażyna Ślęzak/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(owner).toHaveValue('Grażyna Ślęzak');

  await owner.fill('lukasz');
  await page.getByRole('option', { name: /Łukasz Żółć/ }).click();
  await expect(owner).toHaveValue('Łukasz Żółć');

  await page.getByLabel('Co trzeba zrobić').fill('Zwołać zespół zadaniowy');
  await page.getByRole('button', { name: 'Dodaj zadanie' }).click();
  await expect(page.getByText('Zwołać zespół zadaniowy')).toBeVisible();
  await expect(page.locator('.outcomes__list--tasks')).toContainText('Łukasz Żółć');
  // The form is ready for the next item: the picker is empty again.
  await expect(page.getByRole('combobox', { name: 'Osoba odpowiedzialna' })).toHaveValue('');
});

test('attendance by keyboard: a letter sets the status and moves on, arrows never change it, the letters are explained (issue 11.3)', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  const names = ['Anna Wierzbicka', 'Grażyna Ślęzak', 'Łukasz Żółć'];
  for (const fullName of names) await call(request, host, 'members.create', { fullName, joinedOn: '2026-01-01' });
  const meeting = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Otwarcie'] });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meetings/${meeting.id}`);
  const legend = page.getByRole('definition').filter({ hasText: 'udział zdalny' });
  await expect(legend).toBeVisible();
  await expect(page.locator('.attendance__legend')).toContainText('O');
  await expect(page.locator('.attendance__legend')).toContainText('nieobecność usprawiedliwiona');

  const group = (name: string) => page.getByRole('radiogroup', { name: `Obecność: ${name}` });
  await group(names[0]!).getByRole('radio').first().focus();
  await page.keyboard.press('o');
  await expect(group(names[0]!).getByRole('radio', { name: 'obecność', exact: true })).toBeChecked();
  // The focus moved on to the next person: the next letter is hers.
  await page.keyboard.press('z');
  await expect(group(names[1]!).getByRole('radio', { name: 'udział zdalny', exact: true })).toBeChecked();
  // Arrows move between people and options, and set nothing.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  const saved = await call(request, host, 'meetings.get', { id: meeting.id });
  const statuses = Object.fromEntries(saved.attendance.map((r) => [r.memberId, r.status]));
  expect(Object.values(statuses).sort()).toEqual(['present', 'remote']);
  await expect(group(names[2]!).getByRole('radio', { checked: true })).toHaveCount(0);
  // Space on a focused option sets it (the keyboard way for anyone who does not use the letters).
  await page.keyboard.press(' ');
  await expect(group(names[2]!).getByRole('radio', { checked: true })).toHaveCount(1);
});

test('chair and minute-taker are chosen in the live meeting; approving without them warns (issue 11.6)', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  for (const fullName of ['Anna Wierzbicka', 'Grażyna Ślęzak']) await call(request, host, 'members.create', { fullName, joinedOn: '2026-01-01' });
  const meeting = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Otwarcie'] });
  await call(request, host, 'meetings.setStatus', { id: meeting.id, status: 'held' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meetings/${meeting.id}`);

  await page.getByRole('button', { name: 'Przyjmij protokół' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Przyjąć protokół?' });
  await expect(dialog).toContainText('nie wskazano protokolanta');
  await expect(dialog).toContainText('nie wskazano prowadzącego');
  await dialog.getByRole('button', { name: 'Anuluj' }).click();

  await page.getByLabel('Protokolant').selectOption({ label: 'Grażyna Ślęzak' });
  await page.getByLabel('Prowadzący posiedzenie').selectOption({ label: 'Anna Wierzbicka' });
  await expect.poll(async () => (await call(request, host, 'meetings.get', { id: meeting.id })).meeting.minuteTakerMemberId).not.toBeNull();
  await expect.poll(async () => (await call(request, host, 'meetings.get', { id: meeting.id })).meeting.chairMemberId).not.toBeNull();
  await expectNoAxeViolations(page, 'live meeting with roles');

  await page.getByRole('button', { name: 'Przyjmij protokół' }).click();
  await expect(dialog).not.toContainText('nie wskazano');
  await dialog.getByRole('button', { name: 'Przyjmij protokół' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Protokół przyjęty' })).toBeVisible();
  const pdf = await call(request, host, 'protocol.get', { meetingId: meeting.id });
  const file = join(app.dir, 'approved.pdf');
  writeFileSync(file, pdf.bytes);
  expect(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('Protokolant: Grażyna Ślęzak.');
});

test('action items are corrected in place and removed after a confirmation; so are decisions (issue 11.1)', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  for (const fullName of ['Grażyna Ślęzak', 'Łukasz Żółć']) await call(request, host, 'members.create', { fullName, joinedOn: '2026-01-01' });
  const meeting = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Sprawy merytoryczne'] });
  const itemId = (await call(request, host, 'meetings.get', { id: meeting.id })).agenda[0]!.id;
  await call(request, host, 'actionItems.create', { meetingId: meeting.id, agendaItemId: itemId, text: 'Zwolać zespół', dueOn: '2026-03-20' });
  await call(request, host, 'actionItems.create', { meetingId: meeting.id, agendaItemId: itemId, text: 'Dodane przez pomyłkę' });
  await call(request, host, 'decisions.add', { meetingId: meeting.id, agendaItemId: itemId, text: 'Ustalenie do usunięcia' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meetings/${meeting.id}`);

  await page.getByRole('button', { name: /^Edytuj\s*: 1\/2026\/1$/ }).click();
  const form = page.getByRole('form', { name: 'Edycja zadania nr 1/2026/1' });
  await form.getByLabel('Co trzeba zrobić').fill('Zwołać zespół zadaniowy');
  const owner = form.getByRole('combobox', { name: 'Osoba odpowiedzialna' });
  await owner.fill('graz');
  await page.getByRole('option', { name: /Grażyna Ślęzak/ }).click();
  await typeInto(form, 'Termin', '27.03.2026');
  await form.getByLabel('Stan zadania').selectOption({ label: 'w realizacji' });
  await expectNoAxeViolations(page, 'action item correction');
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Zwołać zespół zadaniowy')).toBeVisible();
  const saved = (await call(request, host, 'meetings.get', { id: meeting.id })).actionItems.find((i) => i.number === '1/2026/1')!;
  expect(saved).toMatchObject({ text: 'Zwołać zespół zadaniowy', dueOn: '2026-03-27', status: 'in_progress' });
  expect(saved.ownerMemberId).not.toBeNull();

  // Removing asks first; cancelling keeps the item.
  await page.getByRole('button', { name: /^Usuń\s*: 1\/2026\/2$/ }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Usunąć zadanie nr 1/2026/2?' });
  await expect(confirm).toContainText('Dodane przez pomyłkę');
  await confirm.getByRole('button', { name: 'Anuluj' }).click();
  await expect(page.getByText('Dodane przez pomyłkę')).toBeVisible();
  await page.getByRole('button', { name: /^Usuń\s*: 1\/2026\/2$/ }).click();
  await confirm.getByRole('button', { name: 'Usuń', exact: true }).click();
  await expect(page.getByText('Dodane przez pomyłkę')).toBeHidden();

  await page.getByRole('button', { name: /^Usuń\s*: Ustalenie do usunięcia$/ }).click();
  await page.getByRole('alertdialog', { name: 'Usunąć ustalenie?' }).getByRole('button', { name: 'Usuń', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Ustalenia' })).not.toContainText('Ustalenie do usunięcia');
  const after = await call(request, host, 'meetings.get', { id: meeting.id });
  expect(after.actionItems.map((i) => i.number)).toEqual(['1/2026/1']);
  expect(after.decisions).toEqual([]);
});

test('on the Zadania board an item is corrected and removed; an approved meeting’s item changes its status only (issue 11.1)', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  for (const fullName of ['Grażyna Ślęzak', 'Łukasz Żółć']) await call(request, host, 'members.create', { fullName, joinedOn: '2026-01-01' });
  const approved = await call(request, host, 'meetings.create', { date: '2026-02-12', agenda: ['Sprawy merytoryczne'] });
  await call(request, host, 'actionItems.create', { meetingId: approved.id, text: 'Zadanie z przyjętego protokołu', dueOn: '2026-03-01' });
  await call(request, host, 'meetings.setStatus', { id: approved.id, status: 'held' });
  await call(request, host, 'meetings.setStatus', { id: approved.id, status: 'approved' });
  const open = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Sprawy merytoryczne'] });
  await call(request, host, 'actionItems.create', { meetingId: open.id, text: 'Zwolać zespół', dueOn: '2026-03-20' });
  await call(request, host, 'actionItems.create', { meetingId: open.id, text: 'Dodane przez pomyłkę' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/tasks`);
  await expect(page.getByRole('columnheader', { name: 'Opcje' })).toBeVisible();

  await page.getByRole('button', { name: 'Edytuj: 2/2026/1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edycja zadania nr 2/2026/1' });
  await dialog.getByLabel('Co trzeba zrobić').fill('Zwołać zespół zadaniowy');
  await dialog.getByRole('combobox', { name: 'Osoba odpowiedzialna' }).fill('graz');
  await page.getByRole('listbox').getByRole('option', { name: /Grażyna Ślęzak/ }).click();
  await typeInto(dialog, 'Termin', '27.03.2026');
  await dialog.getByLabel('Stan zadania').selectOption({ label: 'w realizacji' });
  await expectNoAxeViolations(page, 'action item correction on the board');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: /2\/2026\/1/ });
  await expect(row).toContainText('Zwołać zespół zadaniowy');
  await expect(row).toContainText('Grażyna Ślęzak');
  await expect(row).toContainText('27.03.2026');
  const items = await call(request, host, 'actionItems.list');
  expect(items.find((i) => i.number === '2/2026/1')).toMatchObject({ text: 'Zwołać zespół zadaniowy', dueOn: '2026-03-27', status: 'in_progress' });

  // Removing asks first.
  await page.getByRole('button', { name: 'Usuń: 2/2026/2' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Usunąć zadanie nr 2/2026/2?' });
  await expect(confirm).toContainText('Dodane przez pomyłkę');
  await confirm.getByRole('button', { name: 'Usuń', exact: true }).click();
  await expect(page.getByRole('row', { name: /2\/2026\/2/ })).toBeHidden();

  // The approved meeting's item: no removal, what it says is locked, its status still moves on.
  await expect(page.getByRole('button', { name: 'Usuń: 1/2026/1' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Edytuj: 1/2026/1' }).click();
  const locked = page.getByRole('dialog', { name: 'Edycja zadania nr 1/2026/1' });
  await expect(locked).toContainText('ma przyjęty protokół');
  await expect(locked.getByLabel('Co trzeba zrobić')).toBeDisabled();
  await locked.getByLabel('Stan zadania').selectOption({ label: 'zrealizowane' });
  await locked.getByRole('button', { name: 'Zapisz' }).click();
  await expect(locked).toBeHidden();
  const after = await call(request, host, 'actionItems.list');
  expect(after.map((i) => i.number).sort()).toEqual(['1/2026/1', '2/2026/1']);
  expect(after.find((i) => i.number === '1/2026/1')).toMatchObject({ text: 'Zadanie z przyjętego protokołu', status: 'done', originLocked: true });
});

test('dates and times are shown and typed as dd.mm.rrrr and 24-hour gg:mm in an English browser too; file pickers speak Polish (issue 11.4)', async ({ app, request, browser }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  // A browser (and a system) set to American English: the native fields would say mm/dd/yyyy and AM/PM.
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Warsaw' });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meetings`);
  await page.getByRole('button', { name: 'Nowe posiedzenie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowe posiedzenie' });
  await typeInto(dialog, 'Data', '12.03.2026');
  await typeInto(dialog, 'Godzina rozpoczęcia', '09:30');
  await typeInto(dialog, 'Godzina zakończenia', '13:15');
  await expect(dialog.getByRole('group', { name: 'Data', exact: true })).toHaveText(/^12\.03\.2026/);
  await expect(dialog.getByRole('group', { name: 'Godzina zakończenia' })).toHaveText(/^\u2066?13:15\u2069?$/);
  await expect(dialog.getByRole('spinbutton', { name: /AM|PM|przed południem/i })).toHaveCount(0);
  // The calendar speaks Polish and starts on Monday.
  await dialog.getByRole('button', { name: /Wybierz datę z kalendarza/ }).click();
  const calendar = page.getByRole('dialog', { name: 'Wybierz datę z kalendarza' });
  await expect(calendar.getByRole('heading', { name: 'marzec 2026' })).toBeVisible();
  await expect(calendar.getByRole('row').nth(1).getByRole('button').first()).toHaveAccessibleName(/^poniedziałek, 2 marca 2026/);
  await calendar.getByRole('button', { name: /19 marca 2026/ }).click();
  await expect(dialog.getByRole('group', { name: 'Data', exact: true })).toHaveText(/^19\.03\.2026/);
  await expectNoAxeViolations(page, 'new meeting with date and time fields');
  await dialog.getByRole('button', { name: 'Utwórz posiedzenie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Posiedzenie PZK w dniu 19\.03\.2026/ })).toBeVisible();
  const [meeting] = await call(request, host, 'meetings.list');
  expect(meeting).toMatchObject({ date: '2026-03-19', startTime: '09:30', endTime: '13:15' });

  await page.goto(`${host.origin}/#/settings`);
  const picker = page.getByLabel('Wybierz pasek logotypów (PNG lub JPEG)…');
  await expect(picker.locator('xpath=ancestor::div[contains(@class,"file-picker")]')).toContainText('Nie wybrano pliku');
  await picker.setInputFiles({ name: 'logotypy.txt', mimeType: 'text/plain', buffer: Buffer.from('nie obraz') });
  await expect(picker.locator('xpath=ancestor::div[contains(@class,"file-picker")]')).toContainText('Wybrany plik: logotypy.txt');
  await context.close();
});

test('a PESEL-shaped number with a wrong checksum is flagged too, and the finding leads to its place (issue 11.14)', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  const meeting = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Otwarcie', 'Sprawy merytoryczne'] });
  const items = (await call(request, host, 'meetings.get', { id: meeting.id })).agenda;
  // 44051401459: the shape of a PESEL, its checksum wrong — a mistyped PESEL is personal data still.
  await call(request, host, 'agenda.update', { id: items[1]!.id, minutes: 'Matka, nr 44051401459, prosi o kontakt.' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meetings/${meeting.id}`);
  await page.getByRole('button', { name: 'Projekt protokołu (PDF)' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Dane osobowe w protokole?' });
  await expect(dialog).toContainText('44*******59 — Ad 2. Sprawy merytoryczne');
  await dialog.getByRole('button', { name: /^Przejdź do tego miejsca/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`item=${items[1]!.id}`));
  const editor = page.getByRole('textbox', { name: 'Przebieg — Sprawy merytoryczne' });
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue(/44051401459/);
});

test('search marks the matched words and finds a person with the action items they own (issue 11.12)', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  const person = await call(request, host, 'members.create', { fullName: 'Łukasz Żółć', joinedOn: '2026-01-01' });
  const meeting = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Sprawy merytoryczne'] });
  const itemId = (await call(request, host, 'meetings.get', { id: meeting.id })).agenda[0]!.id;
  await call(request, host, 'agenda.update', { id: itemId, minutes: 'Omówiono wyjazd rodziny do Łodzi.' });
  await call(request, host, 'actionItems.create', { meetingId: meeting.id, text: 'Zwołać zespół zadaniowy', ownerMemberId: person.id });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/search?q=lodz`);
  await expect(page.locator('.results__excerpt mark')).toHaveText('Łodz');
  await page.goto(`${host.origin}/#/search?q=${encodeURIComponent('zolc')}`);
  const results = page.locator('.results li');
  await expect(results).toHaveCount(2);
  await expect(results.nth(0)).toContainText('członek zespołu');
  await expect(results.nth(1)).toContainText('Zwołać zespół zadaniowy');
  await expectNoAxeViolations(page, 'search with marks');
});
