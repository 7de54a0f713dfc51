// Issue 3's scenario, as a new animator would do it, through the browser host in Chromium.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, screenshot, typeInto, watchConsole } from './helpers';

const MEMBERS: Array<[name: string, institution: string, sector?: string]> = [
  ['Łukasz Żółć', 'Miejski Ośrodek Pomocy Społecznej', 'pomoc społeczna'],
  ['Anna Wiśniewska', 'Miejski Ośrodek Pomocy Społecznej'],
  ['Grażyna Ślęzak', 'Szkoła Podstawowa nr 2', 'edukacja'],
  ['Jan Kowalski', 'Komisariat Policji', 'policja'],
  ['Piotr Dąbrowski', 'Komisariat Policji'],
  ['Ewa Nowak', 'Powiatowy Urząd Pracy', 'rynek pracy'],
];

async function go(page: Page, link: string, heading: string) {
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

async function openItem(page: Page, ad: number) {
  await page.getByRole('grid', { name: 'Porządek obrad' }).getByRole('row', { name: new RegExp(`^Ad ${ad}\\.`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Ad ${ad}\\.`) })).toBeVisible();
}

async function typeMinutes(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: /^Przebieg/ });
  await editor.click();
  await editor.pressSequentially(text, { delay: 2 });
}

async function addActionItem(page: Page, text: string, ownerTyped: string, owner: string, chip: string) {
  const form = page.getByRole('form', { name: 'Dodaj zadanie' });
  await form.getByLabel('Co trzeba zrobić').fill(text);
  await form.getByRole('combobox', { name: 'Osoba odpowiedzialna' }).fill(ownerTyped);
  await page.getByRole('option', { name: owner }).click();
  await form.getByRole('button', { name: chip }).click();
  await form.getByRole('button', { name: 'Dodaj zadanie' }).click();
  await expect(page.getByText(text)).toBeVisible();
}

test('a team runs two meetings: roster, minutes, attendance, decisions, action items, follow-up, search, approval', async ({ app, browser, request }) => {
  test.setTimeout(240_000);
  let host = app.host;
  const context = await browser.newContext();
  let page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto(host.url);

  // Set up the team.
  await page.getByLabel('Nazwa zespołu').fill('Partnerski Zespół Kooperacyjny w Gminie Zielonka');
  await page.getByLabel('Gmina', { exact: true }).fill('Zielonka');
  await page.getByLabel('Kod TERYT gminy').fill('1434011');
  await page.getByRole('button', { name: 'Utwórz zespół' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();
  await expectNoAxeViolations(page, 'empty dashboard');

  // Six members from four institutions of different sectors.
  await go(page, 'Skład zespołu', 'Skład zespołu');
  const form = page.getByRole('form', { name: 'Dodaj członka' });
  for (const [name, institution, sector] of MEMBERS) {
    await form.getByLabel('Imię i nazwisko').fill(name);
    if (sector) {
      await form.getByLabel('Instytucja', { exact: true }).selectOption({ label: '+ nowa instytucja…' });
      await form.getByLabel('Nazwa nowej instytucji').fill(institution);
      await form.getByLabel('Sektor').selectOption({ label: sector });
    } else {
      await form.getByLabel('Instytucja', { exact: true }).selectOption({ label: institution });
    }
    await form.getByRole('button', { name: 'Dodaj członka' }).click();
    await expect(form.getByRole('status')).toHaveText(`Dodano: ${name}.`);
  }
  await expect(page.getByText('6 osób')).toBeVisible();
  for (const sector of ['pomoc społeczna', 'edukacja', 'policja', 'rynek pracy']) {
    await expect(page.getByRole('heading', { level: 2, name: sector })).toBeVisible();
  }
  await expectNoAxeViolations(page, 'roster');
  await screenshot(page, 'roster');

  // Meeting 1/2026 with the standard agenda.
  await go(page, 'Posiedzenia', 'Posiedzenia');
  await page.getByRole('button', { name: 'Nowe posiedzenie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowe posiedzenie' });
  await typeInto(dialog, 'Data', '15.01.2026');
  await dialog.getByLabel('Miejsce').fill('Urząd Miejski, sala 12');
  await expect(dialog.getByText('Posiedzenie otrzyma numer, gdy się odbędzie (teraz byłby to nr 1/2026).')).toBeVisible();
  await expectNoAxeViolations(page, 'new meeting dialog');
  await dialog.getByRole('button', { name: 'Utwórz posiedzenie' }).click();
  // Planned: no number yet (DECISIONS 12); it comes when the meeting begins.
  await expect(page.getByRole('heading', { level: 1, name: /^Posiedzenie PZK w dniu 15\.01\.2026/ })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Porządek obrad' }).getByRole('row')).toHaveCount(7);

  // Attendance with one key per person: one remote, one excused, the rest present.
  const statusKey: Record<string, string> = { 'Grażyna Ślęzak': 'z', 'Piotr Dąbrowski': 'u' };
  for (const [name] of MEMBERS) {
    await page.getByRole('radiogroup', { name: `Obecność: ${name}` }).getByRole('radio').first().focus();
    await page.keyboard.press(statusKey[name] ?? 'o');
    await expect(page.getByRole('radiogroup', { name: `Obecność: ${name}` }).getByRole('radio', { checked: true })).toHaveCount(1);
  }
  await expect(page.getByText('obecność: 5 z 6 · udział zdalny: 1 · goście: 0')).toBeVisible();
  await page.getByLabel('Imię i nazwisko gościa').fill('dr Maria Wójcik');
  await page.getByLabel('Instytucja gościa').fill('Poradnia Psychologiczno-Pedagogiczna');
  await page.getByRole('button', { name: 'Dodaj gościa' }).click();
  await expect(page.getByText('obecność: 5 z 6 · udział zdalny: 1 · goście: 1')).toBeVisible();

  await page.getByRole('button', { name: 'Rozpocznij posiedzenie' }).click();
  await expect(page.getByText('w toku', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Posiedzenie PZK nr 1\/2026/ })).toBeVisible();

  // Minutes with Polish letters in three items; decisions and action items from item 5.
  await openItem(page, 1);
  await typeMinutes(page, 'Posiedzenie otworzył Łukasz Żółć; stwierdzono kworum.');
  await openItem(page, 2);
  await typeMinutes(page, 'Porządek obrad przyjęto jednogłośnie — bez uwag.');
  await openItem(page, 5);
  await typeMinutes(page, 'Omówiono sytuację rodziny R-07 z Łodzi.\n\n- szkoła zgłasza nieobecności\n- OPS przygotuje diagnozę');
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano' })).toBeVisible();
  const decisions = page.getByRole('region', { name: /Sprawy merytoryczne/ });
  await page.getByLabel('Treść ustalenia').fill('Powołać ZZK dla rodziny R-07.');
  await page.getByRole('button', { name: 'Dodaj ustalenie' }).click();
  await page.getByLabel('Treść ustalenia').fill('Uchwała w sprawie harmonogramu spotkań została przyjęta.');
  await page.getByRole('button', { name: 'Dodaj ustalenie' }).click();
  await expect(decisions.getByRole('listitem').filter({ hasText: 'Powołać ZZK' })).toBeVisible();
  await addActionItem(page, 'Przygotować diagnozę sytuacji rodziny R-07', 'wisn', 'Anna Wiśniewska', '+7 dni');
  await addActionItem(page, 'Zorganizować spotkanie z rodzicami', 'slez', 'Grażyna Ślęzak', 'za 2 tygodnie');
  await addActionItem(page, 'Sprawdzić ofertę szkoleń dla rodzica', 'nowak', 'Ewa Nowak', 'koniec miesiąca');
  await expect(page.getByText('1/2026/3')).toBeVisible();
  await expectNoAxeViolations(page, 'live meeting');
  await screenshot(page, 'meeting-live');

  await page.getByRole('button', { name: 'Zakończ posiedzenie' }).click();
  await expect(page.getByText('odbyte', { exact: true })).toBeVisible();

  // Meeting 2/2026: the three open items arrive under "Realizacja ustaleń"; one is closed with a note.
  await go(page, 'Posiedzenia', 'Posiedzenia');
  await page.getByRole('button', { name: 'Nowe posiedzenie' }).click();
  await typeInto(page.getByRole('dialog'), 'Data', '12.02.2026');
  await page.getByRole('dialog').getByLabel('jak na poprzednim posiedzeniu (nr 1/2026)').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Utwórz posiedzenie' }).click();
  await page.getByRole('button', { name: 'Rozpocznij posiedzenie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /nr 2\/2026/ })).toBeVisible();
  await page.getByRole('tab', { name: /Realizacja zadań \(3\)/ }).click();
  const followUp = page.getByRole('tabpanel');
  await expect(followUp.getByRole('listitem')).toHaveCount(3);
  await followUp.getByLabel('Notatka z realizacji (1/2026/1)').fill('Diagnoza przekazana 10.02 — rodzina objęta wsparciem asystenta.');
  await followUp.getByRole('button', { name: 'Zrealizowane 1/2026/1' }).click();
  await expect(followUp.getByText('Odnotowano: zrealizowane')).toBeVisible();
  await expectNoAxeViolations(page, 'follow-up tab');
  await screenshot(page, 'meeting-follow-up');

  // Restart the host: everything is still there. (The tab is closed first: a tab left open would
  // rightly log that it lost its host.)
  await page.close();
  host = await app.restart();
  page = await context.newPage();
  errors.push(...watchConsole(page));
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();
  await screenshot(page, 'dashboard');
  await expectNoAxeViolations(page, 'dashboard');
  await go(page, 'Posiedzenia', 'Posiedzenia');
  await expectNoAxeViolations(page, 'meetings list');
  await screenshot(page, 'meetings');
  await page.getByRole('link', { name: 'Posiedzenie nr 1/2026' }).click();
  await openItem(page, 5);
  await expect(page.getByRole('textbox', { name: /^Przebieg/ })).toHaveValue(/Omówiono sytuację rodziny R-07 z Łodzi\.\n\n- szkoła/);
  await openItem(page, 1);
  await expect(page.getByRole('textbox', { name: /^Przebieg/ })).toHaveValue('Posiedzenie otworzył Łukasz Żółć; stwierdzono kworum.');
  const second = (await call(request, host, 'meetings.list', {})).find((m) => m.number === '2/2026')!;
  const detail = await call(request, host, 'meetings.get', { id: second.id });
  expect(detail.carriedOver.map((c) => [c.item.number, c.item.status])).toEqual([
    ['1/2026/1', 'done'],
    ['1/2026/2', 'new'],
    ['1/2026/3', 'new'],
  ]);

  // Tasks board: two open items, close one with the bulk action.
  await go(page, 'Zadania', 'Zadania');
  await expect(page.getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(page, 'tasks');
  await screenshot(page, 'tasks');
  await page.getByRole('checkbox', { name: 'Zaznacz zadanie nr 1/2026/3' }).check();
  await page.getByRole('button', { name: 'Oznacz jako zrealizowane (1)' }).click();
  await expect(page.getByText('Oznaczono jako zrealizowane: 1.')).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);

  // Search without diacritics finds minutes and decisions.
  await go(page, 'Szukaj', 'Szukaj');
  await page.getByLabel('Szukaj w protokołach, ustaleniach, zadaniach i składzie').fill('lodzi');
  await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
  await expect(page.getByText('1 wynik')).toBeVisible();
  await page.getByLabel('Szukaj w protokołach, ustaleniach, zadaniach i składzie').fill('uchwala');
  await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
  await expect(page.getByText(/Uchwała w sprawie harmonogramu/)).toBeVisible();
  await expectNoAxeViolations(page, 'search');
  await screenshot(page, 'search');
  await page.getByLabel('Szukaj w protokołach, ustaleniach, zadaniach i składzie').fill('lodzi');
  await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
  await page.getByRole('link', { name: 'Sprawy merytoryczne' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ad 5. Sprawy merytoryczne' })).toBeVisible();

  // Approve 1/2026: it is locked and the screen offers nothing that would be refused.
  await page.getByRole('button', { name: 'Przyjmij protokół' }).click();
  await expectNoAxeViolations(page, 'approve dialog');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Przyjmij protokół' }).click();
  await expect(page.getByText('Protokół przyjęty — posiedzenie jest tylko do odczytu.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Przebieg/ })).toHaveAttribute('readonly', '');
  for (const name of ['Dodaj ustalenie', 'Dodaj zadanie', 'Dodaj punkt', 'Dodaj gościa', 'Zmień nazwę', 'Usuń punkt', 'Wznów posiedzenie']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('radio').first()).toBeDisabled();
  await expectNoAxeViolations(page, 'locked meeting');
  await screenshot(page, 'meeting-locked');

  // Settings, and the shortcut sheet from the keyboard.
  await go(page, 'Ustawienia', 'Ustawienia');
  await expectNoAxeViolations(page, 'settings');
  await screenshot(page, 'settings');
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Skróty klawiszowe' })).toBeVisible();
  await expectNoAxeViolations(page, 'shortcut sheet');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Zadania' })).toBeVisible();

  // English, chosen in the settings, is complete for these screens.
  await go(page, 'Ustawienia', 'Ustawienia');
  await page.getByRole('combobox', { name: 'Język aplikacji' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Overdue action items' })).toBeVisible();

  expect(errors).toEqual([]);
  await context.close();
});
