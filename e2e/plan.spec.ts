// The action plan through the screens (issue 16.6): a plan for the year, a task added with its goal, owner,
// deadline and measure, tied to a meeting's action item, adopted at a meeting, marked done; the progress and
// the schedule follow, and the dashboard says how far the plan has got.
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, typeInto } from './helpers';

test('action plan: a task with its measure, tied to a meeting action item, adopted and done; progress and schedule', async ({ app, request, page }) => {
  const { host } = app;
  const year = new Date().getFullYear();
  await call(request, host, 'team.setUp', { name: 'PZK w Zgierzu', gminaName: 'Zgierz', teryt: '1020011', modelType: 'miejska', titleLocative: 'w Zgierzu' });
  await call(request, host, 'institutions.create', { name: 'Miejski Ośrodek Pomocy Społecznej w Zgierzu', sector: 'social_assistance' });
  const formal = await call(request, host, 'meetings.create', { date: `${year}-01-15`, pzkType: 'formalising' });
  const item = await call(request, host, 'actionItems.create', { meetingId: formal.id, text: 'Zebrać dane do diagnozy' });
  await call(request, host, 'meetings.setStatus', { id: formal.id, status: 'held' });

  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pulpit');
  await page.goto(`${host.origin}/#/plan`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan działania');
  await page.getByRole('button', { name: 'Utwórz plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Plan działania Partnerskiego Zespołu Kooperacyjnego w Zgierzu na rok ${year}` })).toBeVisible();

  await page.getByRole('button', { name: 'Dodaj zadanie planu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj zadanie planu' });
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog.getByText('To pole jest wymagane.')).toBeVisible();
  await dialog.getByLabel('Cel').fill('Wczesne wsparcie rodzin');
  await dialog.getByLabel('Zadanie', { exact: true }).fill('Diagnoza lokalna potrzeb rodzin');
  await dialog.getByLabel('Instytucja odpowiedzialna').selectOption({ label: 'Miejski Ośrodek Pomocy Społecznej w Zgierzu' });
  await typeInto(dialog, 'Termin (nieobowiązkowe)', `31.12.${year}`);
  await dialog.getByLabel('Miernik').fill('raport z diagnozy');
  await dialog.getByLabel('Powiąż zadanie z posiedzenia').selectOption({ label: `${item.number} — Zebrać dane do diagnozy` });
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('status')).toHaveText('Zapisano zadanie planu: Diagnoza lokalna potrzeb rodzin.');
  const goal = page.getByRole('region', { name: 'Cel 1. Wczesne wsparcie rodzin' });
  await expect(goal.getByRole('row', { name: /Diagnoza lokalna/ })).toContainText(`zadania z posiedzeń: ${item.number}`);
  await expect(goal.getByRole('row', { name: /Diagnoza lokalna/ })).toContainText('raport z diagnozy');
  await expectNoAxeViolations(page, 'action plan');

  await page.getByLabel('Przyjęcie planu na posiedzeniu').selectOption({ label: `Spotkanie formalizujące PZK nr ${formal.number ?? '1/' + year}` });
  await page.getByRole('button', { name: 'Przyjmij plan' }).click();
  await expect(page.getByRole('status')).toHaveText('Przyjęto plan działania.');
  await expect(page.getByText('przyjęty 15.01.' + year)).toBeVisible();
  await page.getByLabel('Stan realizacji: Diagnoza lokalna potrzeb rodzin').selectOption('done');
  await expect(page.getByRole('status')).toHaveText('Zapisano stan zadania: Diagnoza lokalna potrzeb rodzin.');
  const figures = page.locator('.figures');
  await expect(figures.getByText('Zrealizowane').locator('xpath=following-sibling::dd')).toHaveText('1');
  await expect(page.getByRole('region', { name: 'Harmonogram' })).toContainText(`31.12.${year} Diagnoza lokalna potrzeb rodzin (zrealizowane)`);

  await page.goto(`${host.origin}/#/`);
  await expect(page.getByRole('region', { name: 'Etap w Modelu Kooperacji' })).toContainText('zrealizowano 1 z 1 zadań, po terminie 0.');
});
