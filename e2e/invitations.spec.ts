// Issue 13.3 in the browser host: a meeting's invitation and cancellation, and the year's schedule,
// downloaded as .ics and read back with ical.js.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, screenshot } from './helpers';

async function calendar(download: Download) {
  const cal = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
  return { method: cal.getFirstPropertyValue('method'), events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

test('invitation, cancellation and the year’s schedule as .ics', async ({ page, app, request }) => {
  test.setTimeout(120_000);
  await call(request, app.host, 'app.loadDemo');
  const meetings = await call(request, app.host, 'meetings.list');
  const planned = meetings.find((m) => m.kind === 'pzk' && m.status === 'planned')!;
  // A planned meeting has no number yet (DECISIONS 12): it is named by its day.
  expect(planned.number).toBeNull();
  const day = planned.date.split('-').reverse().join('.');
  await page.goto(app.host.url);
  await page.goto(`${app.host.origin}/#/meetings/${planned.id}`);
  await page.getByRole('button', { name: 'Dane posiedzenia' }).click();
  const dialog = page.getByRole('dialog', { name: `Dane posiedzenia w dniu ${day}` });
  await expect(dialog.getByRole('heading', { name: 'Zaproszenie do kalendarza (Outlook)' })).toBeVisible();
  await expectNoAxeViolations(page, 'meeting details with the invitation');
  await screenshot(page, 'meeting-invitation');

  let pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Zapisz zaproszenie (ICS)' }).click();
  const invitation = await pending;
  expect(invitation.suggestedFilename()).toBe(`zaproszenie_${planned.date}.ics`);
  const request_ = await calendar(invitation);
  expect(request_.method).toBe('REQUEST');
  expect(request_.events[0]!.uid).toBe(`${planned.id}@pzk-animator`);
  expect(request_.events[0]!.attendees.length).toBeGreaterThan(5);

  pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Pismo z zaproszeniem (PDF)' }).click();
  const letter = await pending;
  expect(letter.suggestedFilename()).toBe(`zaproszenie_${planned.date}.pdf`);
  expect(execFileSync('pdftotext', [await letter.path(), '-'], { encoding: 'utf8' })).toContain('na posiedzenie Partnerskiego Zespołu Kooperacyjnego');

  pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Zapisz odwołanie (ICS)' }).click();
  const cancel = await calendar(await pending);
  expect(cancel.method).toBe('CANCEL');
  expect(cancel.events[0]!.uid).toBe(`${planned.id}@pzk-animator`);

  // What the invitation carries goes to every member: a phone off the roster in the agenda is named first.
  const item = (await call(request, app.host, 'meetings.get', { id: planned.id })).agenda[0]!;
  await call(request, app.host, 'agenda.update', { id: item.id, title: `${item.title} (pytania: tel. 512 345 678)` });
  pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Zapisz zaproszenie (ICS)' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Dane osobowe w zaproszeniu?' });
  await expect(warning).toContainText('telefon spoza składu');
  await expectNoAxeViolations(page, 'findings before the invitation');
  await warning.getByRole('button', { name: 'Zapisz mimo to' }).click();
  expect((await calendar(await pending)).method).toBe('REQUEST');
  await dialog.getByRole('button', { name: 'Anuluj' }).click();

  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Posiedzenia' }).click();
  pending = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Harmonogram \d{4} \(ICS\)$/ }).click();
  const schedule = await pending;
  expect(schedule.suggestedFilename()).toMatch(/^harmonogram_\d{4}\.ics$/);
  const year = Number(/\d{4}/.exec(schedule.suggestedFilename())![0]);
  const published = await calendar(schedule);
  expect(published.method).toBe('PUBLISH');
  expect(published.events.map((e) => e.uid).sort()).toEqual(meetings.filter((m) => m.year === year).map((m) => `${m.id}@pzk-animator`).sort());
});
