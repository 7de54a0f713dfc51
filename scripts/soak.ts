// `npm run soak`: the attack suite at length (PZK_SOAK=1): 200 kill -9 rounds, 300 malformed inputs
// per API method, 10,000 mutated bundles, 160 script payloads through the screens, and the worst-case
// documents; then the figures each attack wrote to .tmp/attack/, as docs/reliability.md reports them.
// PZK_ATTACK_SEED=N replays a run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const env = { ...process.env, PZK_SOAK: '1' };
const dir = join('.tmp', 'attack');
rmSync(dir, { recursive: true, force: true });
const bin = (name: string) => join('node_modules', '.bin', name);
const steps: Array<[string, string, string[]]> = [
  ['attack suite (vitest)', bin('vitest'), ['run', 'test/attack', 'src/protocol/worstCase.test.ts', '--testTimeout=3600000']],
  ['build', 'npm', ['run', '-s', 'build:renderer']],
  ['script payloads through the screens (playwright)', bin('playwright'), ['test', 'e2e/hostile.spec.ts']],
];
let failed = false;
for (const [title, command, args] of steps) {
  console.log(`\n== ${title} ==`);
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`${title} failed (exit ${run.status ?? run.signal})`);
    failed = true;
  }
}
console.log('\n== figures ==');
if (existsSync(dir)) for (const f of readdirSync(dir).sort()) console.log(readFileSync(join(dir, f), 'utf8'));
process.exit(failed ? 1 : 0);
