// In the meeting room (issue 11), through the screens: the place the protocol's title names is the
// team's own choice, set once in the settings.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations } from './helpers';

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
