// `npm run screenshots`: runs the end-to-end scenarios (which take a screenshot of every screen) and copies them
// to docs/screenshots, which the README shows; the screens at the municipal laptop's 1366×768 (e2e/layout.spec.ts)
// go to the user guide, docs/podrecznik/ilustracje, cut to the window a user sees first.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const LAPTOP = { width: 1366, height: 768 };

const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const specs = ['e2e/roster.spec.ts', 'e2e/workflow.spec.ts', 'e2e/documents.spec.ts', 'e2e/hub.spec.ts', 'e2e/state.spec.ts', 'e2e/attachments.spec.ts', 'e2e/layout.spec.ts'];
const run = spawnSync(join('node_modules', '.bin', 'playwright'), ['test', ...specs], { stdio: 'inherit' });
if (run.status !== 0) process.exit(1);

const shots = readdirSync('test-results/screens').filter((f) => f.endsWith('.png'));
mkdirSync('docs/screenshots', { recursive: true });
const readme = shots.filter((f) => !f.startsWith('layout-') && !f.startsWith('theme-') && !f.startsWith('zoom-'));
for (const file of readme) copyFileSync(join('test-results/screens', file), join('docs/screenshots', file));

const prefix = `layout-${LAPTOP.width}x${LAPTOP.height}-`;
mkdirSync('docs/podrecznik/ilustracje', { recursive: true });
const guide = shots.filter((f) => f.startsWith(prefix));
for (const file of guide) {
  const full = PNG.sync.read(readFileSync(join('test-results/screens', file)));
  const window = new PNG({ width: Math.min(full.width, LAPTOP.width), height: Math.min(full.height, LAPTOP.height) });
  PNG.bitblt(full, window, 0, 0, window.width, window.height, 0, 0);
  writeFileSync(join('docs/podrecznik/ilustracje', file.slice(prefix.length)), PNG.sync.write(window));
}
console.log(`copied ${readme.length} screenshots to docs/screenshots and ${guide.length} to docs/podrecznik/ilustracje`);
