// Shared pieces of the end-to-end tests: a fresh data folder, the host, axe, screenshots, and calls
// to the API with the host's token (to seed data quickly or to check what was saved).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../src/api/contract';
import { decodeWire, encodeWire } from '../src/api/wire';
import { startHost, type RunningHost } from './host';

export function freshDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pzk-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export { startHost, type RunningHost };

export async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${what}`).toEqual([]);
}

/** Screenshots are kept as test artefacts (and copied to docs/screenshots by npm run screenshots). */
export async function screenshot(page: Page, name: string) {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true, caret: 'initial' });
}

export async function call<N extends MethodName>(
  request: APIRequestContext,
  host: RunningHost,
  method: N,
  input?: MethodInput<N>,
): Promise<MethodOutput<N>> {
  const { body: data, contentType } = encodeWire(input);
  const response = await request.post(`${host.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': contentType },
    // No input, no body (an empty string would go out as the JSON string "").
    ...(input !== undefined && { data: typeof data === 'string' ? data : Buffer.from(data) }),
  });
  const body = decodeWire(await response.body(), response.headers()['content-type'] ?? '') as { ok: boolean; value: MethodOutput<N>; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value;
}

/** Collects console errors (a CSP violation, an uncaught exception) so a test can insist on none. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Types a date or a time into a segmented field as a user would: the digits of "27.03.2026" or "13:15". */
export async function typeInto(scope: Page | Locator, label: string, shown: string) {
  const group = scope.getByRole('group', { name: label });
  await group.getByRole('spinbutton').first().click();
  await group.page().keyboard.type(shown.replace(/\D/g, ''));
}
