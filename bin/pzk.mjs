#!/usr/bin/env node
// The `pzk` command: checks the Node version, then runs the CLI — the bundle made by `npm ci` /
// `npm run build` (dist/cli/main.mjs, starts fast), or the TypeScript sources through tsx when they
// changed since the bundle was made (development).
import '../scripts/check-node.mjs';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'main.mjs');

/** The newest modification time under `dir` (TypeScript sources only), 0 when it is missing. */
function newest(dir) {
  let latest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) latest = Math.max(latest, newest(path));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

function bundleIsCurrent() {
  try {
    const built = statSync(bundle).mtimeMs;
    return built >= Math.max(newest(join(root, 'src')), newest(join(root, 'migrations')), statSync(join(root, 'package.json')).mtimeMs);
  } catch {
    return false;
  }
}

const current = bundleIsCurrent();
// PZK_CLI_WHICH=1 says which code would run (a test checks that the bundle is used), and stops.
if (process.env.PZK_CLI_WHICH === '1') {
  process.stderr.write(current ? 'pzk: dist/cli/main.mjs\n' : 'pzk: src/cli/main.ts (through tsx)\n');
  process.exit(0);
}
let cli;
if (current) cli = await import(bundle);
else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
const { main, describeFailure } = cli;
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const { line, code } = describeFailure(error);
  process.stderr.write(`${line}\n`);
  process.exitCode = code;
}
