// The desktop app's unlock window (issue 17.6) in Chromium: the page the app:// handler serves before the core
// exists, with the Electron bridge stood in. It asks for the recovery passphrase, says a wrong one in words and
// asks again, checks a new one twice before sending it, and quits when asked; axe finds nothing.
import { expect, test, type Page } from '@playwright/test';
import { UNLOCK_PATH, UNLOCK_WORDS, unlockResponse } from '../main/electron/unlockPage';
import { expectNoAxeViolations, screenshot } from './helpers';

const ORIGIN = 'http://pzk-unlock.test';

/** The page with a bridge that answers `replies` in turn and records what it was sent. */
async function openPage(page: Page, first: { creating: boolean; error: null | 'wrong' | 'short'; sealing: boolean }, replies: unknown[]) {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const found = unlockResponse(route.request().url());
    await (found ? route.fulfill({ body: found.body, contentType: found.type }) : route.fulfill({ status: 404 }));
  });
  await page.addInitScript(
    ({ first, replies }) => {
      const sent: string[] = [];
      const w = window as unknown as { pzkUnlock: unknown; sent: string[]; quit: number };
      w.sent = sent;
      w.quit = 0;
      w.pzkUnlock = {
        request: async () => first,
        submit: async (passphrase: string) => (sent.push(passphrase), replies.shift()),
        quit: async () => void (w.quit += 1),
      };
    },
    { first, replies },
  );
  await page.goto(`${ORIGIN}${UNLOCK_PATH}`);
}

const sent = (page: Page) => page.evaluate(() => (window as unknown as { sent: string[] }).sent);

test('the recovery passphrase: typed, a wrong one said and asked again, then the window closes', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openPage(page, { creating: false, error: null, sealing: true }, [{ creating: false, error: 'wrong', sealing: true }, { done: true }]);
  await expect(page.getByRole('heading', { level: 1, name: 'Odblokowanie danych zespołu' })).toBeVisible();
  await expect(page.getByText(UNLOCK_WORDS.open)).toBeVisible();
  await expect(page.getByText(UNLOCK_WORDS.noteSealing)).toBeVisible();
  const field = page.getByLabel('Hasło odzyskiwania');
  await expect(field).toBeFocused();
  await expect(page.getByLabel('Powtórz hasło')).toBeHidden();
  await expectNoAxeViolations(page, 'unlock window');
  await screenshot(page, 'unlock');

  // Nothing typed: said, nothing sent.
  await page.getByRole('button', { name: 'Otwórz dane zespołu' }).click();
  await expect(page.getByRole('alert')).toHaveText(UNLOCK_WORDS.empty);
  expect(await sent(page)).toEqual([]);

  await field.fill('nie to hasło wcale');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(UNLOCK_WORDS.wrong);
  await expect(field).toHaveValue('');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await expectNoAxeViolations(page, 'unlock window, wrong passphrase');
  await field.fill('zielona łąka nad Bugiem');
  await page.getByRole('button', { name: 'Otwórz dane zespołu' }).click();
  await expect(page.getByRole('status')).toHaveText(UNLOCK_WORDS.working);
  expect(await sent(page)).toEqual(['nie to hasło wcale', 'zielona łąka nad Bugiem']);
});

test('a new passphrase on a computer without a key store: at least 10 characters, typed twice the same', async ({ page }) => {
  await openPage(page, { creating: true, error: null, sealing: false }, [{ done: true }]);
  await expect(page.getByText(UNLOCK_WORDS.create)).toBeVisible();
  await expect(page.getByText(UNLOCK_WORDS.noteEveryStart)).toBeVisible();
  await page.getByLabel('Hasło odzyskiwania').fill('krótkie');
  await page.getByLabel('Powtórz hasło').fill('krótkie');
  await page.getByRole('button', { name: 'Ustaw hasło i otwórz' }).click();
  await expect(page.getByRole('alert')).toHaveText(UNLOCK_WORDS.short);
  await page.getByLabel('Hasło odzyskiwania').fill('zielona łąka nad Bugiem');
  await page.getByLabel('Powtórz hasło').fill('zielona łąka nad Narwią');
  await page.getByRole('button', { name: 'Ustaw hasło i otwórz' }).click();
  await expect(page.getByRole('alert')).toHaveText(UNLOCK_WORDS.mismatch);
  await expect(page.getByLabel('Powtórz hasło')).toBeFocused();
  expect(await sent(page)).toEqual([]);
  await page.getByLabel('Powtórz hasło').fill('zielona łąka nad Bugiem');
  await page.getByRole('button', { name: 'Ustaw hasło i otwórz' }).click();
  await expect.poll(() => sent(page)).toEqual(['zielona łąka nad Bugiem']);
  await expectNoAxeViolations(page, 'unlock window, new passphrase');
});

test('"Zamknij aplikację" asks the app to quit', async ({ page }) => {
  await openPage(page, { creating: false, error: null, sealing: true }, []);
  await page.getByRole('button', { name: 'Zamknij aplikację' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { quit: number }).quit)).toBe(1);
});
