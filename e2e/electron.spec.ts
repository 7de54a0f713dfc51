// The real Electron app. Runs wherever the Electron binary is installed; on offline machines (like
// CI here, where electron 45 cannot download its binary) it is skipped with the reason shown.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, _electron as electron, expect, test, type Page } from '@playwright/test';
import { electronBinaryPath } from '../main/electron/binary';

// PZK_ELECTRON_APP: the packaged app's executable (the release workflow tests what it ships); otherwise the
// development Electron runs the project folder.
const packaged = process.env.PZK_ELECTRON_APP ?? null;
const binary = packaged ?? electronBinaryPath();
const appArgs = packaged ? [] : ['.'];
/** The app's window. The packaged app's fuses switch off Node's --inspect, which Playwright's Electron
 *  launcher needs: it is driven over the Chromium DevTools protocol instead. */
async function launch(dataDir: string): Promise<{ page: Page; close(): Promise<void> }> {
  if (!packaged) {
    const app = await electron.launch({ executablePath: binary!, args: [...appArgs, '--data-dir', dataDir] });
    return { page: await app.firstWindow(), close: () => app.close() };
  }
  const child = spawn(packaged, ['--remote-debugging-port=0', '--data-dir', dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the packaged app exited with ${code}: ${stderr}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages().find((p) => p.url().startsWith('app://')) ?? (await context.waitForEvent('page'));
  return {
    page,
    async close() {
      await browser.close();
      child.kill();
      await once(child, 'exit');
    },
  };
}

if (binary === null) console.warn('[e2e] Electron tests skipped: the Electron binary is not installed here (offline install).');

test.describe('Electron host', () => {
  test.skip(binary === null, 'Electron binary is not installed (offline install: node_modules/electron/dist is missing)');

  test('opens the set-up screen on app://, isolated from Node, with window.pzk.invoke and onChange', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pzk-electron-'));
    const app = await launch(dataDir);
    try {
      const { page } = app;
      await expect(page.getByRole('heading', { name: 'Nowy zespół' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/pzk\//);
      const globals = await page.evaluate(async () => {
        const pzk = (window as unknown as { pzk: { invoke(m: string, i: unknown, o: string): Promise<unknown> } }).pzk;
        return {
          require: typeof (window as unknown as { require?: unknown }).require,
          process: typeof (window as unknown as { process?: unknown }).process,
          bridge: Object.keys(pzk).sort(),
          team: await pzk.invoke('team.get', undefined, 'e2e'),
          unknown: await pzk.invoke('fs.readFile', '/etc/passwd', 'e2e'),
        };
      });
      expect(globals).toMatchObject({
        require: 'undefined',
        process: 'undefined',
        bridge: ['invoke', 'onChange'],
        team: { ok: true, value: null },
        unknown: { ok: false, error: { code: 'UNKNOWN_METHOD' } },
      });
      await page.evaluate(() => (window.location.href = 'https://example.org/'));
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/pzk\//);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
