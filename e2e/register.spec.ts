// Polish as a municipal office writes it (issue 18), where it shows on the screens: statuses as
// nouns, one verb for adopting the protocol and the meeting that adopts it, and react-aria's
// screen-reader announcements in correct Polish.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, screenshot } from './helpers';

test('the protocol is adopted (przyjęty) at the next meeting by default, and both protocols say so', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK w Zgierzu', gminaName: 'Zgierz', teryt: '1020011', modelType: 'miejska', titleLocative: 'w Zgierzu' });
  const anna = await call(request, host, 'members.create', { fullName: 'Anna Wierzbicka', joinedOn: '2026-01-01' });
  const grazyna = await call(request, host, 'members.create', { fullName: 'Grażyna Ślęzak', joinedOn: '2026-01-01' });
  const first = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Otwarcie posiedzenia'], chairMemberId: anna.id, minuteTakerMemberId: grazyna.id });
  const second = await call(request, host, 'meetings.create', { date: '2026-03-26', agenda: ['Otwarcie posiedzenia', 'Przyjęcie protokołu z poprzedniego posiedzenia'] });
  await call(request, host, 'attendance.set', { meetingId: first.id, memberId: anna.id, status: 'present' });
  await call(request, host, 'attendance.set', { meetingId: first.id, memberId: grazyna.id, status: 'remote' });
  await call(request, host, 'meetings.setStatus', { id: first.id, status: 'held' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meetings/${first.id}`);

  // A person's attendance is a noun, the same for anyone.
  await expect(page.locator('.attendance__row', { hasText: 'Grażyna Ślęzak' })).toContainText('udział zdalny');
  await expect(page.getByText('obecność: 2 z 2 · udział zdalny: 1 · goście: 0')).toBeVisible();

  await page.getByRole('button', { name: 'Przyjmij protokół' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Przyjąć protokół?' });
  const at = dialog.getByLabel('Protokół przyjmuje');
  // Still planned, so not numbered yet; adopting the protocol at it gives it its number (DECISIONS 12).
  await expect(at.locator('option:checked')).toHaveText('posiedzenie w dniu 26.03.2026');
  await expectNoAxeViolations(page, 'adopting the protocol');
  await screenshot(page, 'protocol-adoption');
  await dialog.getByRole('button', { name: 'Przyjmij protokół' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Protokół przyjęty' })).toBeVisible();
  await expect(page.getByText('protokół przyjęty', { exact: true })).toBeVisible();

  const text = async (meetingId: string) => {
    const pdf = await call(request, host, 'protocol.get', { meetingId });
    const file = join(app.dir, `${meetingId}.pdf`);
    writeFileSync(file, pdf.bytes);
    return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  expect(await text(first.id)).toContain('Protokół przyjęto na posiedzeniu nr 2/2026 w dniu 26 marca 2026 r.');
  expect(await text(second.id)).toContain('Ad 2. Przyjęcie protokołu z poprzedniego posiedzenia Przyjęto protokół nr 1/2026 z posiedzenia w dniu 12 marca 2026 r.');
});

test('a screen reader hears the number of people in the owner list in correct Polish', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  for (const fullName of ['Grażyna Ślęzak', 'Grzegorz Nowak', 'Łukasz Żółć']) await call(request, host, 'members.create', { fullName, joinedOn: '2026-01-01' });
  const meeting = await call(request, host, 'meetings.create', { date: '2026-03-12', agenda: ['Sprawy merytoryczne'] });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meetings/${meeting.id}`);
  await page.getByRole('combobox', { name: 'Osoba odpowiedzialna' }).fill('gr');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(2);
  // react-aria's live announcer: "dostępna/dostępne(-nych) 2 opcje(-i)" before the patch.
  await expect(page.locator('[data-live-announcer]')).toContainText('Liczba dostępnych opcji: 2.');
  await expect(page.locator('[data-live-announcer]')).not.toContainText('(-');
});
