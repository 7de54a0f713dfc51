// Issue 13.4 in the browser host: files attached to a meeting (type judged by content, a refusal in
// words), the one-click scan of the signed attendance list, a download of the very bytes, the
// protocol's list of attachments with their hashes, and removal before approval.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { EXE, PDF, PNG } from '../test/sampleFiles';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, screenshot } from './helpers';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

test('attachments of a meeting and the scan of the signed attendance list', async ({ page, app, request }) => {
  test.setTimeout(120_000);
  await call(request, app.host, 'app.loadDemo');
  const held = (await call(request, app.host, 'meetings.list')).find((m) => m.status === 'held')!;
  await page.goto(app.host.url);
  await page.goto(`${app.host.origin}/#/meetings/${held.id}`);
  const side = page.getByRole('tablist', { name: 'Panele posiedzenia' });

  // One click on the attendance list: a scanner's JPEG… here a PNG saved as "skan.pdf".
  await page.getByLabel('Dołącz skan podpisanej listy obecności…').setInputFiles({ name: 'skan.pdf', mimeType: 'application/pdf', buffer: PNG });
  await expect(page.getByText('Dołączono: skan.png (PNG, 70 B)')).toBeVisible();
  await expect(side.getByRole('tab', { name: 'Załączniki (1)' })).toBeVisible();

  await side.getByRole('tab', { name: 'Załączniki (1)' }).click();
  const panel = page.getByRole('region', { name: 'Załączniki do protokołu' });
  await expect(panel.getByRole('note')).toContainText('mogą zawierać dane osobowe');
  await panel.getByLabel('Opis w protokole (opcjonalnie)').fill('Prezentacja programu „Asystent rodziny”');
  await panel.getByLabel('Dodaj załącznik…').setInputFiles({ name: 'prezentacja.pdf', mimeType: 'application/pdf', buffer: PDF });
  const deck = panel.getByRole('listitem').filter({ hasText: 'Prezentacja programu „Asystent rodziny”' });
  await expect(deck).toContainText('prezentacja.pdf · PDF, 77 B');
  await expect(deck).toContainText(`SHA-256 ${sha(PDF).slice(0, 16)}…`);
  await expect(panel.getByLabel('Opis w protokole (opcjonalnie)')).toHaveValue('');

  // A program renamed to .pdf is refused, in words, and nothing is added.
  await panel.getByLabel('Dodaj załącznik…').setInputFiles({ name: 'faktura.pdf', mimeType: 'application/pdf', buffer: EXE });
  await expect(panel.getByRole('alert')).toContainText('Pliku „faktura.pdf” nie można dołączyć');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expectNoAxeViolations(page, 'meeting attachments');
  await screenshot(page, 'meeting-attachments');

  // The file comes back byte for byte.
  const pending = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Zapisz plik skan.png' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe('skan.png');
  expect(sha(readFileSync(await download.path()))).toBe(sha(PNG));

  // The protocol lists both with their hashes (annex 1 is the attendance list with its scan).
  const detail = await call(request, app.host, 'meetings.get', { id: held.id });
  expect(detail.attachments.map((a) => [a.kind, a.fileName, a.sha256])).toEqual([
    ['attendance_scan', 'skan.png', sha(PNG)],
    ['document', 'prezentacja.pdf', sha(PDF)],
  ]);

  // A description changed, then the presentation removed after a confirmation.
  await deck.getByRole('button', { name: 'Zmień opis' }).click();
  await panel.getByLabel('Opis w protokole', { exact: true }).fill('Prezentacja');
  await panel.getByRole('button', { name: 'Zapisz', exact: true }).click();
  const renamed = panel.getByRole('listitem').filter({ hasText: 'prezentacja.pdf' });
  await expect(renamed.locator('.attachment__title')).toHaveText('Prezentacja');
  await renamed.getByRole('button', { name: 'Usuń załącznik' }).click();
  await page.getByRole('alertdialog', { name: 'Usunąć załącznik?' }).getByRole('button', { name: 'Usuń załącznik' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(side.getByRole('tab', { name: 'Załączniki (1)' })).toBeVisible();
});
