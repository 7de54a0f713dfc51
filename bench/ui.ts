// The UI on the 20-year database, in Debian's Chromium through the browser host. Times are taken
// inside the page (click → the new content painted), so they leave out Playwright's own overhead.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { startHost } from '../e2e/host';
import { measure, printTable, type Row } from './measure';

const CHROMIUM = process.env.PZK_CHROMIUM ?? '/usr/bin/chromium';
/** Issue 14.7: what the first screen loads, compressed. */
const INITIAL_JS_GZIP_KB = 200;

/** Clicks `selector` in the page and resolves after the first frame in which `text` is on screen.
 *  Sent as source text: tsx's name-keeping helpers do not exist inside the page. */
function clickUntil(page: Page, selector: string, text: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const target = document.querySelector(${JSON.stringify(selector)});
    if (!target) return reject(new Error('no target'));
    const start = performance.now();
    target.click();
    const check = () => {
      if (document.querySelector('main')?.textContent?.includes(${JSON.stringify(text)})) resolve(performance.now() - start);
      else if (performance.now() - start > 10000) reject(new Error('content did not appear'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`) as Promise<number>;
}

/** The page's time (ms since its navigation started) of the first frame in which `text` is on screen. */
function paintedAt(page: Page, text: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const check = () => {
      if (document.querySelector('main')?.textContent?.includes(${JSON.stringify(text)})) resolve(performance.now());
      else if (performance.now() > 20000) reject(new Error('content did not appear'));
      else requestAnimationFrame(check);
    };
    check();
  })`) as Promise<number>;
}

async function timed(what: string, n: number, target: number | null, fn: (i: number) => Promise<number>): Promise<Row> {
  const samples: number[] = [];
  const row = await measure(what, n, target, async (i) => samples.push(await fn(i)));
  const sorted = samples.sort((a, b) => a - b);
  return { ...row, p50: sorted[Math.floor(n / 2)]!, p95: sorted[Math.min(n - 1, Math.floor(n * 0.95))]! };
}

export async function uiBench(dataDir: string): Promise<Row[]> {
  if (!existsSync(CHROMIUM) || !existsSync('dist/renderer/index.html')) {
    console.log(`\n(UI benchmark skipped: needs ${CHROMIUM} and a built renderer — npm run build)`);
    return [];
  }
  const host = await startHost(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // From the navigation's start (the page's time origin) to the first frame with the dashboard's
    // figures. The first load of a new browser page also compiles the script; later ones use the code
    // cache, as the desktop app does from its second start on.
    let initial: string[] = [];
    const coldRow = await timed('first load in a new browser context (no code cache): navigation → the dashboard painted', 5, null, async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const fresh = await context.newPage();
      await fresh.goto(host.url);
      const at = await paintedAt(fresh, 'Zadania po terminie');
      // The scripts fetched before the other screens are warmed (renderer/App.tsx marks it): the initial JavaScript.
      await fresh.waitForFunction("performance.getEntriesByName('pzk-warm-screens').length > 0");
      initial = (await fresh.evaluate(`(() => {
        const warm = performance.getEntriesByName('pzk-warm-screens')[0].startTime;
        return performance.getEntriesByType('resource').filter((e) => e.startTime < warm && /\\.m?js$/.test(new URL(e.name).pathname)).map((e) => new URL(e.name).pathname);
      })()`)) as string[];
      await context.close();
      return at;
    });
    const bytes = initial.map((path) => readFileSync(join('dist', 'renderer', path.replace(/^\//, ''))));
    const raw = bytes.reduce((sum, b) => sum + b.length, 0);
    const gzip = bytes.reduce((sum, b) => sum + gzipSync(b).length, 0);
    console.log(`\nInitial JavaScript of the first screen: ${initial.length} files, ${(raw / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzip; target ≤ ${INITIAL_JS_GZIP_KB} KB gzip).`);
    const initialRow: Row = { what: 'initial JavaScript, KB gzip (not ms)', n: 1, p50: gzip / 1024, p95: gzip / 1024, target: INITIAL_JS_GZIP_KB, targetRatio: null };
    await page.goto(host.url);
    const firstLoad = await timed('load again: navigation → the dashboard painted (status, roster, dashboard)', 10, 300, async () => {
      await page.reload();
      return paintedAt(page, 'Zadania po terminie');
    });
    const nav = (hash: string) => `nav a[href="${hash}"]`;
    const screens: Array<[string, string, string]> = [
      ['Posiedzenia', nav('#/meetings'), 'Posiedzenie nr 25/2026'],
      ['Zadania', nav('#/tasks'), 'Widoczne:'],
      ['Skład zespołu', nav('#/roster'), 'Członek Zespołu 16'],
      ['Pulpit', nav('#/'), 'Zadania po terminie'],
    ];
    const rows: Row[] = [coldRow, firstLoad];
    for (const [name, selector, marker] of screens) {
      rows.push(
        await timed(`open screen: ${name}`, 10, 300, async () => {
          await page.evaluate("window.location.hash = '#/settings'");
          await page.getByRole('heading', { level: 1, name: 'Ustawienia' }).waitFor();
          return clickUntil(page, selector, marker);
        }),
      );
    }
    rows.push(
      await timed('open screen: live meeting 25/2026 (from the list)', 10, 300, async () => {
        await page.evaluate("window.location.hash = '#/meetings'");
        await page.getByRole('link', { name: 'Posiedzenie nr 25/2026' }).waitFor();
        return clickUntil(page, 'table a[href*="#/meetings/"]', 'Ad 10.');
      }),
    );
    await page.getByRole('grid', { name: 'Porządek obrad' }).waitFor();
    const ids = (await page.evaluate('[...document.querySelectorAll(\'[role="grid"] [role="row"]\')].map((r) => r.getAttribute("data-key"))')) as string[];
    rows.push(
      await timed('switch agenda item (click → its minutes shown)', 30, 100, async (i) => {
        const ad = (i % ids.length) + 1;
        const title = await page.locator(`[role="row"][data-key="${ids[ad - 1]}"]`).getAttribute('aria-label');
        return clickUntil(page, `[role="row"][data-key="${ids[ad - 1]}"]`, `Przebieg — ${title!.replace(/^Ad \d+\. /, '')}`);
      }),
    );
    const editor = page.getByRole('textbox', { name: /^Przebieg/ });
    await editor.click();
    rows.push(await measure('keystroke in the minutes (incl. the test driver round trip)', 200, 50, () => page.keyboard.type('a')));
    return [...printTable('20-year database: UI in Chromium (browser host)', rows), ...(initialRow.p95 > INITIAL_JS_GZIP_KB ? [initialRow] : [])];
  } finally {
    await browser.close();
    await host.stop();
  }
}
