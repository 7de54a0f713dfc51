// The Model's path through the screens (issue 16.1): a World Café meeting planned with its own agenda,
// its four outputs typed in the meeting room, kept across a reload, and printed in the protocol.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations } from './helpers';

test('a World Café meeting: planned with its agenda, its outputs typed, kept across a reload, printed in the protocol', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK w Zgierzu', gminaName: 'Zgierz', teryt: '1020011', modelType: 'miejska', titleLocative: 'w Zgierzu' });
  await page.goto(host.url);
  // A new team is told where the Model's path starts.
  const path = page.getByRole('region', { name: 'Etap w Modelu Kooperacji' });
  await expect(path).toContainText('Zespół nie odbył jeszcze spotkania inicjującego.');
  await expect(path).toContainText('Następny krok: spotkanie inicjujące.');
  await expectNoAxeViolations(page, 'dashboard with the Model path');
  await page.goto(`${host.origin}/#/meetings`);
  await page.getByRole('button', { name: 'Nowe posiedzenie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowe posiedzenie' });
  await dialog.getByLabel('Etap w Modelu Kooperacji').selectOption('world_cafe');
  await expect(dialog.getByText('Drugie spotkanie inicjujące: aspiracja, wartości')).toBeVisible();
  // Only a workshop asks for a last day.
  await expect(dialog.getByText('Ostatni dzień warsztatów')).toHaveCount(0);
  await expectNoAxeViolations(page, 'new meeting with its Model type');
  await dialog.getByRole('button', { name: 'Utwórz posiedzenie' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Spotkanie inicjujące (World Café) PZK w dniu');
  await expect(page.getByRole('row').getByText('Praca metodą World Café: aspiracja zespołu')).toBeVisible();
  await page.getByRole('button', { name: 'Wyniki pracy metodą World Café' }).click();
  const aspiration = page.getByRole('textbox', { name: 'Aspiracja zespołu' });
  await aspiration.fill('Żadna rodzina w Zgierzu nie zostaje sama.');
  await page.getByRole('textbox', { name: 'Standardy komunikacji' }).fill('Odpowiadamy partnerom w ciągu 3 dni roboczych.');
  await expect(page.locator('#world-cafe-communicationStandards-state')).toHaveAttribute('data-status', 'saved');
  await expect(page.locator('#world-cafe-aspiration-state')).toHaveAttribute('data-status', 'saved');
  await expectNoAxeViolations(page, 'World Café outputs');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Aspiracja zespołu' })).toHaveValue('Żadna rodzina w Zgierzu nie zostaje sama.');

  // Found by the search, without Polish letters typed, and opened at the outputs.
  await page.goto(`${host.origin}/#/search?q=${encodeURIComponent('zadna rodzina')}`);
  await page.getByRole('link', { name: /wyniki pracy metodą World Café/i }).first().click();
  await expect(page.getByRole('textbox', { name: 'Aspiracja zespołu' })).toHaveValue('Żadna rodzina w Zgierzu nie zostaje sama.');

  const meeting = (await call(request, host, 'meetings.list', {}))[0]!;
  await call(request, host, 'meetings.setStatus', { id: meeting.id, status: 'held' });
  const pdf = await call(request, host, 'protocol.get', { meetingId: meeting.id });
  const file = join(app.dir, 'p.pdf');
  writeFileSync(file, pdf.bytes);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('PROTOKÓŁ NR 1/');
  expect(text).toContain('ze spotkania inicjującego Partnerskiego Zespołu Kooperacyjnego w Zgierzu (World Café)');
  expect(text).toContain('Aspiracja zespołu Żadna rodzina w Zgierzu nie zostaje sama.');
  expect(text).toContain('Standardy komunikacji Odpowiadamy partnerom w ciągu 3 dni roboczych.');
});
