// Before the end-to-end tests: the browser host they start is the bundle `npm run preview` runs
// (dist/host/cli.mjs), made afresh from the sources here. Under tsx each of the ~100 host starts compiled the
// TypeScript again (~2 s of CPU each, on the 2 cores the tests share).
import { spawnSync } from 'node:child_process';

export default function globalSetup() {
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('e2e: scripts/build-cli.mjs failed: the browser host could not be bundled');
}
