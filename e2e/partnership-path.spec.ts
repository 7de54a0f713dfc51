// A new team's path through the Model in the browser host (issue 16): the initiating meeting, the World
// Café, the formalising meeting (declarations printed, two signed with their scans, the rules adopted, the
// plan adopted), then a working meeting that finds an offer in the basket from its agenda item and makes it
// an action item that also carries out a plan task; the bundle goes to the regional centre, whose
// catalogue of services shows the offer.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { enrolTeam, initHub } from '../src/hub/hub';
import { openHubAt } from '../test/hubAt';
import { call, expectNoAxeViolations, freshDataDir, startHost, typeInto } from './helpers';
import { PNG } from '../test/sampleFiles';

test('the Model’s path: initiating → World Café → formalising → a working meeting using the basket and the plan → the regional catalogue', async ({ app, request, page, browser }) => {
  test.setTimeout(240_000);
  const { host } = app;
  const year = new Date().getFullYear();
  const hubDir = freshDataDir();
  const hub = await openHubAt(join(hubDir.dir, 'hub.sqlite'));
  await initHub(hub, 'Łódzkie Centrum Polityki Społecznej');
  const enrolment = await enrolTeam(hub, { name: 'PZK w Zgierzu', teryt: '1020011' });
  await hub.close();

  await call(request, host, 'team.setUp', { name: 'PZK w Zgierzu', gminaName: 'Zgierz', teryt: '1020011', modelType: 'miejska', titleLocative: 'w Zgierzu', powiat: 'zgierski' });
  const ops = await call(request, host, 'institutions.create', { name: 'Miejski Ośrodek Pomocy Społecznej w Zgierzu', sector: 'social_assistance' });
  const ngo = await call(request, host, 'institutions.create', { name: 'Stowarzyszenie „Razem”', sector: 'ngo' });
  const school = await call(request, host, 'institutions.create', { name: 'Szkoła Podstawowa nr 3', sector: 'education' });
  const anna = await call(request, host, 'members.create', { fullName: 'Anna Kowalska', institutionId: ops.id, role: 'animator' });
  await call(request, host, 'members.create', { fullName: 'Piotr Nowak', institutionId: ngo.id });
  await call(request, host, 'members.create', { fullName: 'Ewa Lis', institutionId: school.id });
  await call(request, host, 'sync.importEnrolment', { text: JSON.stringify(enrolment) });

  // The two initiating meetings; the World Café's outputs.
  const first = await call(request, host, 'meetings.create', { date: `${year}-01-13`, pzkType: 'initiating' });
  await call(request, host, 'meetings.setStatus', { id: first.id, status: 'held' });
  const cafe = await call(request, host, 'meetings.create', { date: `${year}-01-27`, pzkType: 'world_cafe' });
  await call(request, host, 'meetings.setWorldCafe', { id: cafe.id, field: 'aspiration', text: 'Żadna rodzina w Zgierzu nie zostaje sama.' });
  await call(request, host, 'meetings.setStatus', { id: cafe.id, status: 'held' });
  const formal = await call(request, host, 'meetings.create', { date: `${year}-02-10`, pzkType: 'formalising' });
  await call(request, host, 'meetings.setStatus', { id: formal.id, status: 'held' });

  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Etap w Modelu Kooperacji' })).toContainText('Po spotkaniu formalizującym');

  // The formalising meeting: the declarations printed for signature, two signed, each with its scan.
  await page.goto(`${host.origin}/#/declarations`);
  const accession = page.getByRole('region', { name: 'Deklaracje przystąpienia instytucji' }).first();
  await accession.getByRole('button', { name: 'Przygotuj brakujące' }).click();
  const printed = page.waitForEvent('download');
  await accession.getByRole('button', { name: 'Drukuj niepodpisane (PDF)' }).click();
  const text = execFileSync('pdftotext', ['-raw', await (await printed).path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('DEKLARACJA PRZYSTĄPIENIA do Partnerskiego Zespołu Kooperacyjnego w Zgierzu');
  for (const [institution, head] of [['Miejski Ośrodek Pomocy Społecznej w Zgierzu', 'Barbara Michalska'], ['Stowarzyszenie „Razem”', 'Jan Wiśniewski']] as const) {
    await accession.getByRole('button', { name: `Uzupełnij: ${institution}` }).click();
    const dialog = page.getByRole('dialog', { name: `Deklaracja przystąpienia: ${institution}` });
    await dialog.getByLabel('Imię i nazwisko kierownika instytucji').fill(head);
    await typeInto(dialog, 'Data podpisania (nieobowiązkowe)', `10.02.${year}`);
    await dialog.getByLabel('Wybierz skan podpisanego dokumentu (PDF, JPG, PNG)…').setInputFiles({ name: 'deklaracja.png', mimeType: 'image/png', buffer: PNG });
    await dialog.getByRole('button', { name: 'Zapisz' }).click();
    await expect(page.getByRole('status')).toHaveText(`Zapisano: ${institution}.`);
  }
  await expect(accession).toContainText('Podpisane: 2 z 3.');

  // The rules, from the framework with the World Café's aspiration, adopted at the formalising meeting.
  await page.getByRole('navigation', { name: 'Partnerstwo' }).getByRole('link', { name: 'Regulamin zespołu' }).click();
  await page.getByRole('button', { name: 'Rozpocznij regulamin (z ramowego regulaminu)' }).click();
  await expect(page.getByRole('textbox', { name: 'Preambuła' })).toHaveValue('Aspiracja zespołu: Żadna rodzina w Zgierzu nie zostaje sama.');
  await page.getByLabel('Przyjęcie regulaminu na posiedzeniu').selectOption({ label: `Spotkanie formalizujące PZK nr 3/${year}` });
  await page.getByRole('button', { name: 'Przyjmij regulamin' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Przyjęto regulamin w wersji 1.' })).toBeVisible();

  // The plan for the year and the basket, as the partners agreed them.
  const plan = await call(request, host, 'plans.create', { periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` });
  const task = await call(request, host, 'plans.addTask', { planId: plan.id, goal: 'Wsparcie dzieci po lekcjach', text: 'Miejsca w świetlicy dla dzieci z rodzin objętych wsparciem', ownerInstitutionId: ngo.id, dueOn: `${year}-12-31`, measure: '10 dzieci' });
  await call(request, host, 'plans.adopt', { id: plan.id, meetingId: formal.id });
  await call(request, host, 'basket.save', { institutionId: ngo.id, service: 'Świetlica środowiskowa „Przystań”', targetGroups: ['children'], problemAreas: ['parenting', 'education'], referralWays: ['in_person'], contactPhone: '42 716 20 20', verifiedOn: `${year}-02-10` });
  await call(request, host, 'basket.save', { institutionId: ops.id, service: 'Asystent rodziny', targetGroups: ['families'], problemAreas: ['parenting'], referralWays: ['referral'] });

  // A working meeting: "kto może pomóc w…" from its agenda item, the offer into the minutes and into an action item.
  const working = await call(request, host, 'meetings.create', { date: `${year}-02-24`, pzkType: 'working', agenda: ['Otwarcie posiedzenia', 'Sprawy merytoryczne', 'Zamknięcie posiedzenia'] });
  const agendaItem = (await call(request, host, 'meetings.get', { id: working.id })).agenda.find((i) => i.title === 'Sprawy merytoryczne')!;
  await page.goto(`${host.origin}/#/meetings/${working.id}?item=${agendaItem.id}`);
  await expect(page.getByRole('heading', { level: 2, name: /Sprawy merytoryczne/ })).toBeVisible();
  await page.getByRole('button', { name: 'Kto może pomóc w…' }).click();
  const finder = page.getByRole('dialog', { name: 'Kto może pomóc w… — Lokalny Koszyk Usług' });
  await finder.getByLabel('Szukaj w ofertach').fill('swietlica po lekcjach');
  await expect(finder.getByText('Oferty: 0')).toBeVisible();
  await finder.getByLabel('Szukaj w ofertach').fill('swietlica');
  await expect(finder.getByRole('list', { name: 'Znalezione oferty' }).getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page, 'who can help');
  await finder.getByRole('button', { name: 'Wpisz do protokołu: Świetlica środowiskowa „Przystań”' }).click();
  await expect(finder.getByRole('status')).toHaveText('Dopisano do protokołu: Świetlica środowiskowa „Przystań”.');
  await finder.getByRole('button', { name: 'Utwórz zadanie: Świetlica środowiskowa „Przystań”' }).click();
  await expect(page.locator('#minutes-text')).toHaveValue(/Wskazano usługę z Lokalnego Koszyka Usług: „Świetlica środowiskowa „Przystań”” \(Stowarzyszenie „Razem”\); jak skierować: zgłoszenie osobiste; kontakt: tel\. 42 716 20 20\./);
  const form = page.getByRole('form', { name: 'Dodaj zadanie' });
  await expect(form.getByLabel('Co trzeba zrobić')).toHaveValue('Skierować do: Świetlica środowiskowa „Przystań” (Stowarzyszenie „Razem”)');
  await expect(form).toContainText('Oferta z koszyka: Świetlica środowiskowa „Przystań” (Stowarzyszenie „Razem”)');
  await form.getByRole('button', { name: 'Dodaj zadanie' }).click();
  const items = page.getByRole('heading', { name: 'Zadania' }).locator('xpath=..');
  await expect(items.getByRole('listitem').filter({ hasText: 'Skierować do: Świetlica' })).toContainText('Oferta z koszyka: Świetlica środowiskowa „Przystań” (Stowarzyszenie „Razem”)');
  await expect(page.locator('[data-status="pending"], [data-status="saving"]')).toHaveCount(0);

  // The same action item carries out the plan's task.
  const item = (await call(request, host, 'meetings.get', { id: working.id })).actionItems[0]!;
  expect(item.offerId).not.toBeNull();
  await call(request, host, 'plans.linkActionItem', { actionItemId: item.id, planTaskId: task.id });
  await page.goto(`${host.origin}/#/plan`);
  await expect(page.getByRole('row', { name: /Miejsca w świetlicy/ })).toContainText(`zadania z posiedzeń: ${item.number}`);
  // The Zadania screen names the offer too.
  await page.goto(`${host.origin}/#/tasks`);
  await expect(page.getByRole('row', { name: new RegExp(item.number) })).toContainText('Oferta z koszyka: Świetlica środowiskowa „Przystań” (Stowarzyszenie „Razem”)');
  await call(request, host, 'meetings.setStatus', { id: working.id, status: 'held' });

  // The bundle to the regional centre, whose catalogue shows the offer, found by powiat.
  await page.goto(`${host.origin}/#/settings`);
  const sent = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Wyślij do centrum regionalnego' }).click();
  const bundle = await sent;
  const hubHost = await startHost(hubDir.dir);
  try {
    const centre = await (await browser.newContext()).newPage();
    await centre.goto(hubHost.url);
    await centre.getByLabel('Wybierz pliki paczek (.pzkb)…').setInputFiles({ name: bundle.suggestedFilename(), mimeType: 'application/octet-stream', buffer: readFileSync(await bundle.path()) });
    await expect(centre.getByText(/przyjęta — TERYT 1020011/)).toBeVisible();
    const catalogue = centre.getByRole('region', { name: 'Regionalny katalog usług' });
    await catalogue.getByLabel('Powiat').selectOption('zgierski');
    await expect(catalogue.getByText('Oferty: 2 (liczba zespołów: 1).')).toBeVisible();
    await catalogue.getByLabel('Szukaj w ofertach').fill('przystan');
    const row = catalogue.getByRole('row', { name: /Świetlica środowiskowa/ });
    await expect(row).toContainText('Zgierz');
    await expect(row).toContainText('Stowarzyszenie „Razem”');
    await expect(row).toContainText('42 716 20 20');
    await expectNoAxeViolations(centre, 'regional catalogue');
    const exported = centre.waitForEvent('download');
    await catalogue.getByRole('button', { name: 'Katalog (CSV)' }).click();
    const csv = readFileSync(await (await exported).path(), 'utf8');
    expect(csv).toContain('"Świetlica środowiskowa „Przystań”"');
    expect(csv).not.toContain('Asystent rodziny');
  } finally {
    await hubHost.stop();
    hubDir.remove();
  }
  void anna;
});
