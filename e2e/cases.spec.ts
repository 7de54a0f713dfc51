// A case through the browser host (issue 17.2): referred → diagnosed → consent → its team → an IPW of three
// goals → two meetings of its task team with reviews → closed as completed; the task teams' report in the next
// PZK meeting's minutes (issue 17.3), the statistics and the period report (17.4); then what a bundle carries of it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { enrolTeam, initHub } from '../src/hub/hub';
import { openHubAt } from '../test/hubAt';
import { decryptWith, unzipFiles } from '../src/sync/crypto';
import { call, expectNoAxeViolations, freshDataDir, typeInto } from './helpers';

test('a case from referral to closure, and the bundle carries none of its plan, reviews or consent', async ({ app, request, page }) => {
  test.setTimeout(180_000);
  const { host } = app;
  const year = new Date().getFullYear();
  const hubDir = freshDataDir();
  const hub = await openHubAt(join(hubDir.dir, 'hub.sqlite'));
  await initHub(hub, 'Mazowieckie Centrum Polityki Społecznej');
  const enrolment = await enrolTeam(hub, { name: 'PZK Zielonka', teryt: '1434011' });
  const { ageIdentity } = await hub.db.selectFrom('hub').select('ageIdentity').executeTakeFirstOrThrow();
  await hub.close();

  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  const ops = await call(request, host, 'institutions.create', { name: 'Miejski Ośrodek Pomocy Społecznej', sector: 'social_assistance' });
  const school = await call(request, host, 'institutions.create', { name: 'Szkoła Podstawowa nr 1', sector: 'education' });
  await call(request, host, 'members.create', { fullName: 'Anna Kowalska', institutionId: ops.id, role: 'animator', joinedOn: `${year}-01-01` });
  await call(request, host, 'members.create', { fullName: 'Ewa Lis', institutionId: school.id, joinedOn: `${year}-01-01` });
  await call(request, host, 'sync.importEnrolment', { text: JSON.stringify(enrolment) });

  await page.goto(`${host.url}`);
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Sprawy' }).click();
  await expect(page.getByText('Nie ma jeszcze żadnej sprawy.')).toBeVisible();

  // Referral: a pseudonym code, never a PESEL.
  const referral = page.getByRole('form', { name: 'Nowa sprawa' });
  await referral.getByLabel('Kod sprawy').fill('R-44051401458');
  await typeInto(referral, 'Data zgłoszenia', `02.01.${year}`);
  await referral.getByLabel('Instytucja zgłaszająca').selectOption({ label: 'Szkoła Podstawowa nr 1' });
  await referral.getByRole('button', { name: 'Zapisz zgłoszenie' }).click();
  await expect(referral.getByText('Kod nie może zawierać numeru PESEL.')).toBeVisible();
  await referral.getByLabel('Kod sprawy').fill('RODZ-01');
  await referral.getByRole('button', { name: 'Zapisz zgłoszenie' }).click();
  await expect(page.getByRole('heading', { name: 'Sprawa RODZ-01', level: 1 })).toBeVisible();

  // Diagnosis, consent (its scope), the team with its contacts and lead.
  const diagnosis = page.getByRole('form', { name: 'Diagnoza' });
  await typeInto(diagnosis, 'Data diagnozy', `09.01.${year}`);
  await diagnosis.getByLabel('bezrobocie').check();
  await diagnosis.getByLabel('bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego').check();
  await diagnosis.getByRole('button', { name: 'Zapisz diagnozę' }).click();
  await expect(page.getByText('Zapisano diagnozę.')).toBeVisible();
  const consent = page.getByRole('form', { name: 'Zgoda' });
  await typeInto(consent, 'Data wyrażenia zgody', `12.01.${year}`);
  await consent.getByLabel('Miejski Ośrodek Pomocy Społecznej').check();
  await consent.getByLabel('Szkoła Podstawowa nr 1').check();
  await consent.getByRole('button', { name: 'Zapisz zgodę' }).click();
  await expect(page.getByText('Zapisano zgodę.')).toBeVisible();
  const team = page.getByRole('form', { name: 'Zespół sprawy' });
  await team.getByLabel('Miejski Ośrodek Pomocy Społecznej', { exact: true }).check();
  await team.getByLabel('Szkoła Podstawowa nr 1', { exact: true }).check();
  await team.getByLabel('Osoba do kontaktu w Miejski Ośrodek Pomocy Społecznej').selectOption({ label: 'Anna Kowalska' });
  await team.getByLabel('Osoba do kontaktu w Szkoła Podstawowa nr 1').selectOption({ label: 'Ewa Lis' });
  await team.getByRole('button', { name: 'Zapisz zespół' }).click();
  await expect(page.getByText('Zapisano zespół sprawy.')).toBeVisible();

  // The plan: three goals, a task for the school.
  for (const goal of ['Zatrudnienie matki', 'Regularna obecność dzieci w szkole', 'Spłata zadłużenia czynszowego']) {
    const form = page.getByRole('form', { name: 'Dodaj cel' });
    await form.getByLabel('Treść celu').fill(goal);
    await form.getByRole('button', { name: 'Dodaj cel' }).click();
    await expect(page.getByRole('heading', { name: new RegExp(goal) })).toBeVisible();
  }
  await page.locator('summary', { hasText: 'Dodaj zadanie do celu 2' }).click();
  const task = page.getByRole('form', { name: 'Dodaj zadanie do celu 2' });
  await task.getByLabel('Zadanie').fill('Cotygodniowa informacja o frekwencji');
  await task.getByLabel('Instytucja odpowiedzialna').selectOption({ label: 'Szkoła Podstawowa nr 1' });
  await task.getByRole('button', { name: 'Dodaj zadanie' }).click();
  await expect(page.getByRole('rowheader', { name: 'Cotygodniowa informacja o frekwencji' })).toBeVisible();
  await expectNoAxeViolations(page, 'a case with its plan');

  // Two meetings of the task team, each with its review.
  const { id: caseId } = (await call(request, host, 'cases.list'))[0]!.case;
  const zzk1 = await call(request, host, 'meetings.create', { kind: 'zzk', caseId, date: `${year}-02-10`, agenda: ['Przegląd planu'] });
  const agenda = (await call(request, host, 'meetings.get', { id: zzk1.id })).agenda[0]!;
  await call(request, host, 'agenda.update', { id: agenda.id, minutes: 'Matka rozpoczęła staż w urzędzie pracy.' });
  await call(request, host, 'meetings.setStatus', { id: zzk1.id, status: 'held' });
  const zzk2 = await call(request, host, 'meetings.create', { kind: 'zzk', caseId, date: `${year}-03-10`, agenda: ['Przegląd planu'] });
  await call(request, host, 'meetings.setStatus', { id: zzk2.id, status: 'held' });
  await page.reload();
  for (const [n, note, result] of [['1/', 'Staż trwa, dzieci chodzą do szkoły.', 'osiągnięty częściowo'], ['2/', 'Matka zatrudniona, zadłużenie spłacone.', 'osiągnięty']] as const) {
    const review = page.getByRole('form', { name: 'Zapisz przegląd' });
    const meeting = await review.getByLabel('Posiedzenie').locator('option', { hasText: `nr ${n}` }).textContent();
    await review.getByLabel('Posiedzenie').selectOption({ label: meeting! });
    await review.getByLabel('Ustalenia przeglądu').fill(note);
    for (let g = 1; g <= 3; g++) await review.getByLabel(new RegExp(`^Wynik celu ${g}:`)).selectOption({ label: result });
    await review.getByRole('button', { name: 'Zapisz przegląd' }).click();
    await expect(page.getByText(note)).toBeVisible();
  }

  // Closure: not before the referral; then as completed.
  const closure = page.getByRole('form', { name: 'Zamknięcie sprawy' });
  await typeInto(closure, 'Data zamknięcia', `01.01.${year}`);
  await closure.getByRole('button', { name: 'Zamknij sprawę' }).click();
  await expect(closure.getByText('Ta data nie może być wcześniejsza niż data zgłoszenia sprawy.')).toBeVisible();
  await typeInto(closure, 'Data zamknięcia', `20.03.${year}`);
  await closure.getByLabel('Przyczyna zamknięcia').selectOption({ label: 'IPW zrealizowany' });
  await closure.getByRole('button', { name: 'Zamknij sprawę' }).click();
  await expect(page.getByText(/Zamknięta 20\.03\.\d{4}: IPW zrealizowany — czas trwania: 2 miesiące/)).toBeVisible();
  await expect(page.getByText('Sprawa jest zamknięta — nie dopisuje się do niej nowych wpisów.')).toBeVisible();
  await page.getByRole('link', { name: 'Wszystkie sprawy' }).click();
  await expect(page.getByRole('row', { name: /RODZ-01/ })).toContainText('zamknięta');
  await expect(page.getByRole('row', { name: /RODZ-01/ })).toContainText('3 z 3');

  // The next PZK meeting hears the task teams' report in its minutes: counts, never the case's code (issue 17.3).
  const pzk = await call(request, host, 'meetings.create', { kind: 'pzk', date: `${year}-03-25`, agenda: ['Informacja o pracy ZZK'] });
  await page.goto(`${host.origin}/#/meetings/${pzk.id}`);
  await page.getByRole('button', { name: 'Wpisz informację o sprawach (ZZK)' }).click();
  await expect(page.getByText('Dopisano do protokołu informację o sprawach (ZZK): same liczby, bez kodów spraw.')).toBeVisible();
  const minutes = page.getByLabel('Przebieg — Informacja o pracy ZZK');
  await expect(minutes).toHaveValue(
    `Informacja o pracy zadaniowych zespołów kooperacyjnych (ZZK) do 25.03.${year} (liczby spraw, bez ich kodów): sprawy w toku: 0; sprawy zamknięte w okresie: 1; ` +
      'posiedzenia ZZK w okresie: 2; cele przejrzane w okresie: 3 (osiągnięty: 3, osiągnięty częściowo: 0, nieosiągnięty: 0); zadania po terminie: 0.',
  );
  await expect(page.locator('#minutes-state')).toHaveText('Zapisano');
  await expectNoAxeViolations(page, 'the task teams’ report in a PZK meeting');

  // The statistics screen and the period report count it: referred, closed as completed, two months.
  await page.keyboard.press('Alt+7');
  await typeInto(page, 'Od', `01.01.${year}`);
  await typeInto(page, 'Do', `31.03.${year}`);
  await page.getByRole('button', { name: 'Pokaż' }).click();
  const model = page.getByRole('region', { name: 'Wskaźniki Modelu Kooperacji' });
  for (const [term, value] of [['sprawy skierowane w okresie', '1'], ['sprawy zamknięte w okresie', '1'], ['IPW zrealizowane wśród spraw zamkniętych', '100%'], ['mediana miesięcy pracy ze sprawą zamkniętą', '2']] as const) {
    await expect(model.locator('div', { has: page.getByText(term, { exact: true }) }).locator('dd')).toHaveText(value);
  }
  await expect(page.getByRole('figure', { name: 'Wykres 6. Sprawy zamknięte według przyczyny' }).getByRole('row', { name: 'IPW zrealizowany 1' })).toBeVisible();
  const report = await call(request, host, 'statistics.report', { from: `${year}-01-01`, to: `${year}-03-31`, format: 'pdf' });
  const reportText = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(report.bytes), encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(reportText).toContain('Sprawy skierowane w okresie: 1; w toku na koniec okresu: 0; zamknięte w okresie: 1 (w tym IPW zrealizowane: 100%); mediana czasu pracy ze sprawą zamkniętą: 2 miesiące.');
  expect(reportText).not.toContain('RODZ-01');

  // The bundle: none of the plan, the reviews, the diagnosis or the consent.
  const bundle = await call(request, host, 'sync.exportBundle', { full: true });
  const files = unzipFiles(await decryptWith(ageIdentity, Buffer.from(bundle.bytes)));
  const all = Object.values(files).map((b) => Buffer.from(b).toString()).join('\n');
  // Nor the case's row or code, nor its task team's meetings, minutes or protocols: those go as counts.
  for (const text of ['RODZ-01', 'Zatrudnienie matki', 'Cotygodniowa informacja o frekwencji', 'Matka zatrudniona, zadłużenie spłacone.', 'Matka rozpoczęła staż w urzędzie pracy.', 'unemployment', `${year}-01-12`, zzk1.id, zzk2.id]) {
    expect(all, text).not.toContain(text);
  }
  expect(Object.keys(files).filter((f) => f.startsWith('protocols/'))).toEqual([]);
  // The PZK's minutes travel, with the task teams' report in them as counts.
  expect(all).toContain('Informacja o pracy zadaniowych zespołów kooperacyjnych (ZZK)');
  const signed = JSON.parse(Buffer.from(files['manifest.json']!).toString()) as { payload: string };
  const manifest = JSON.parse(Buffer.from(signed.payload, 'base64').toString());
  expect(manifest.aggregates.cases).toEqual([
    { month: `${year}-01`, referred: 1, closed: {}, durations: [] },
    { month: `${year}-03`, referred: 0, closed: { completed: 1 }, durations: [[2, 1]] },
  ]);
  expect(manifest.aggregates.taskTeamMeetings).toEqual([{ date: `${year}-02-10`, institutions: 0 }, { date: `${year}-03-10`, institutions: 0 }]);
  hubDir.remove();
});
