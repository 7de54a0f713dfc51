// `npm run screenshots`: runs the end-to-end scenarios (which take a screenshot of every screen)
// and copies them to docs/screenshots, which the README shows.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const run = spawnSync(join('node_modules', '.bin', 'playwright'), ['test', 'e2e/roster.spec.ts', 'e2e/workflow.spec.ts', 'e2e/documents.spec.ts', 'e2e/hub.spec.ts', 'e2e/state.spec.ts', 'e2e/attachments.spec.ts'], { stdio: 'inherit' });
if (run.status !== 0) process.exit(1);
mkdirSync('docs/screenshots', { recursive: true });
const shots = readdirSync('test-results/screens').filter((f) => f.endsWith('.png'));
for (const file of shots) copyFileSync(join('test-results/screens', file), join('docs/screenshots', file));
console.log(`copied ${shots.length} screenshots to docs/screenshots`);
