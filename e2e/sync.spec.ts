// Sending to the regional centre from the team UI: enrolment file in, bundle out, receipt in.
// The hub side runs here in the test process (the hub has no screens yet: CLI only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { enrolTeam, initHub } from '../src/hub/hub';
import { openHubAt } from '../test/hubAt';
import { importBundle } from '../src/hub/import';
import { expectNoAxeViolations, freshDataDir, screenshot, watchConsole } from './helpers';

test('enrol, send a bundle, import it at the hub, load the receipt', async ({ page, app }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  // The hub keeps its own folder: a data folder holding hub.sqlite opens as a regional centre.
  const hubDir = freshDataDir();
  const hub = await openHubAt(join(hubDir.dir, 'hub.sqlite'));
  await initHub(hub, 'Mazowieckie Centrum Polityki Społecznej');
  const enrolment = await enrolTeam(hub, { name: 'PZK Zielonka', teryt: '1434011' });

  await page.goto(app.host.url);
  await page.getByRole('button', { name: 'Wczytaj dane przykładowe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/nie jest jeszcze zgłoszony do centrum regionalnego/)).toBeVisible();
  await page.getByRole('link', { name: 'Wysyłka i potwierdzenia' }).click();

  await page.getByLabel('Wczytaj plik zgłoszenia…').setInputFiles({ name: 'zgloszenie.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(enrolment)) });
  await expect(page.getByText('Zespół został zgłoszony. Centrum regionalne: Mazowieckie Centrum Polityki Społecznej.')).toBeVisible();
  await expectNoAxeViolations(page, 'settings with sync');

  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Wyślij do centrum regionalnego' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toMatch(/^1434011_0-\d+\.pzkb$/);
  const report = await importBundle(hub, readFileSync(await download.path()));
  expect(report).toMatchObject({ accepted: true });

  await page.getByLabel('Wczytaj potwierdzenie odbioru…').setInputFiles({ name: 'potwierdzenie.pzkr', mimeType: 'application/octet-stream', buffer: Buffer.from(report.receipt!) });
  await expect(page.getByText(`Centrum potwierdziło zmiany do nr ${report.toSeq}.`, { exact: true })).toBeVisible();
  await expect(page.getByText(/Zmiany niepotwierdzone przez centrum: 0;/)).toBeVisible();
  await screenshot(page, 'sync');

  // A receipt that is not from this hub is refused, in Polish, and changes nothing.
  await page.getByLabel('Wczytaj potwierdzenie odbioru…').setInputFiles({ name: 'obce.pzkr', mimeType: 'application/octet-stream', buffer: Buffer.from('{"payload":"AA==","signature":"AA=="}') });
  await expect(page.getByRole('alert')).toContainText('Potwierdzenie nie jest podpisane przez centrum, do którego zgłoszono zespół.');
  await expect(page.getByText(/Zmiany niepotwierdzone przez centrum: 0;/)).toBeVisible();
  await hub.close();
  hubDir.remove();
  expect(errors.filter((e) => !e.includes('422') && !e.includes('409'))).toEqual([]);
});
