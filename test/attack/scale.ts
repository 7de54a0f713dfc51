// The attack suite runs bounded in `npm test` and long in `npm run soak` (PZK_SOAK=1); each attack
// writes what it tried and what held to .tmp/attack/<name>.json, which docs/reliability.md reports.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOAK = process.env.PZK_SOAK === '1';

/** How many: `bounded` in `npm test`, `soak` in `npm run soak`. */
export const rounds = (bounded: number, soak: number) => (SOAK ? soak : bounded);

/** A deterministic pseudo-random sequence (a failure names its seed and can be replayed). */
export function prng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

export const SEED = Number(process.env.PZK_ATTACK_SEED ?? Date.now() % 1_000_000);

export function recordFigures(name: string, figures: Record<string, unknown>): void {
  const dir = join('.tmp', 'attack');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ name, soak: SOAK, seed: SEED, at: new Date().toISOString(), ...figures }, null, 2));
}
