// Encryption at rest through the screens (issue 17.6): the recovery passphrase is asked for on the first
// screen, refused when the two differ or it is too short, kept on screen once set; the Settings card says
// so; and the browser host opens the data folder with it alone (the development key file removed), while
// a wrong one stops the host with a message and leaves the database as it was.
import { readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, screenshot, startHost } from './helpers';

const PASSPHRASE = 'zielona łąka nad Bugiem';

test('the recovery passphrase set at first start opens the data folder on its own', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.host.url);
  const step = page.getByRole('region', { name: 'Ustaw hasło odzyskiwania' });
  await expect(step).toBeVisible();
  const first = step.getByRole('textbox', { name: 'Hasło odzyskiwania', exact: true });
  const second = step.getByLabel('Powtórz hasło odzyskiwania');
  await first.fill('krótkie');
  await second.fill('krótkie');
  await step.getByRole('button', { name: 'Zapisz hasło' }).click();
  await expect(step.getByText('Hasło musi mieć co najmniej 10 znaków.')).toBeVisible();
  await first.fill(PASSPHRASE);
  await second.fill(`${PASSPHRASE}!`);
  await step.getByRole('button', { name: 'Zapisz hasło' }).click();
  await expect(step.getByText('Oba hasła muszą być takie same.')).toBeVisible();
  await second.fill(PASSPHRASE);
  await step.getByRole('button', { name: 'Zapisz hasło' }).click();
  await expect(step.getByRole('status')).toHaveText('Hasło odzyskiwania zapisano.');
  await expectNoAxeViolations(page, 'set-up with the recovery passphrase');
  await screenshot(page, 'setup-recovery');

  await page.getByLabel('Nazwa zespołu').fill('PZK Zielonka');
  await page.getByLabel('Gmina').fill('Zielonka');
  await page.getByLabel('Kod TERYT gminy').fill('1434011');
  await page.getByRole('button', { name: 'Utwórz zespół' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();
  await page.keyboard.press('Alt+6');
  const card = page.getByRole('region', { name: 'Szyfrowanie danych' });
  await expect(card).toContainText('Hasło odzyskiwania jest ustawione.');
  await app.host.stop();

  // Another computer, as far as the key goes: no development key file, only the key file and the passphrase.
  rmSync(join(app.dir, 'pzk.sqlite.UNPROTECTED-development-key'));
  const database = join(app.dir, 'pzk.sqlite');
  const digest = () => createHash('sha256').update(readFileSync(database)).digest('hex');
  const before = digest();
  const noKey = { PZK_DEV_KEY: '0' };
  await expect(startHost(app.dir, { ...noKey, PZK_PASSPHRASE: 'to nie jest to hasło' })).rejects.toThrow(/DB_KEY_WRONG|passphrase does not open/);
  expect(digest()).toBe(before);
  const again = await startHost(app.dir, { ...noKey, PZK_PASSPHRASE: PASSPHRASE });
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();
    await page.keyboard.press('Alt+6');
    await expect(page.getByRole('region', { name: 'Szyfrowanie danych' })).toContainText('Tym razem otwarto je hasłem odzyskiwania.');
  } finally {
    await again.stop();
  }
});
