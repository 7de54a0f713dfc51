// `npm test`: lint, type-check, unit tests, build, the packed app, end-to-end tests — then one closing line
// "tests: N passed, N failed, N skipped". Fails if any step fails or if no test ran at all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const out = '.tmp';
mkdirSync(out, { recursive: true });
const vitestJson = join(out, 'vitest.json');
const packageJson = join(out, 'vitest-package.json');
const playwrightJson = join(out, 'playwright.json');

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  console.log(`\n== ${title} ==`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) {
    console.error(`\n${title} failed (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
}

const bin = (name: string) => join('node_modules', '.bin', name);

step('lint', 'npm', ['run', '-s', 'lint']);
step('typecheck', 'npm', ['run', '-s', 'typecheck']);
step('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
step('build', 'npm', ['run', '-s', 'build']);
step('the packed desktop app (electron-builder --dir, around a stub Electron where the binary is absent)', bin('vitest'), [
  'run',
  '--config',
  'test/package/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${packageJson}`,
]);
step('end-to-end tests (playwright, Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}
const unit = JSON.parse(readFileSync(vitestJson, 'utf8')) as VitestReport;
const packed = JSON.parse(readFileSync(packageJson, 'utf8')) as VitestReport;
const v: VitestReport = {
  numPassedTests: unit.numPassedTests + packed.numPassedTests,
  numFailedTests: unit.numFailedTests + packed.numFailedTests,
  numPendingTests: unit.numPendingTests + packed.numPendingTests,
  numTodoTests: unit.numTodoTests + packed.numTodoTests,
};
const p = JSON.parse(readFileSync(playwrightJson, 'utf8')) as PlaywrightReport;
const passed = v.numPassedTests + p.stats.expected + p.stats.flaky;
const failed = v.numFailedTests + p.stats.unexpected;
const skipped = v.numPendingTests + v.numTodoTests + p.stats.skipped;
console.log(`\nunit: ${v.numPassedTests} passed; end-to-end: ${p.stats.expected + p.stats.flaky} passed, ${p.stats.skipped} skipped`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exit(1);
