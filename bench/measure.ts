// Timing helpers for the benchmarks: percentiles of repeated runs, printed as Markdown rows, with the
// ratio to a floor measured in the same run (this machine is shared: ratios travel, milliseconds not).
export interface Row {
  what: string;
  n: number;
  p50: number;
  p95: number;
  /** p95 target in ms; null for a row shown only for comparison. */
  target: number | null;
  /** Target as a ratio of the floor's p50 (p50 / floor p50); null for none. */
  targetRatio?: number | null;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function measure(what: string, n: number, target: number | null, fn: (i: number) => Promise<unknown>, targetRatio: number | null = null): Promise<Row> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return { what, n, p50: percentile(samples, 50), p95: percentile(samples, 95), target, targetRatio };
}

/** Prints the rows (with "× floor" when a floor is given); returns those over their target. */
export function printTable(title: string, rows: Row[], floor?: Row): Row[] {
  console.log(`\n### ${title}\n`);
  if (floor) {
    console.log('| operation | runs | p50 ms | p95 ms | × floor (p50) | target |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      const target = r.targetRatio ? `≤ ${r.targetRatio}×` : r.target ? `p95 ≤ ${r.target} ms` : '—';
      console.log(`| ${r.what} | ${r.n} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${(r.p50 / floor.p50).toFixed(2)} | ${target} |`);
    }
  } else {
    console.log('| operation | runs | p50 ms | p95 ms | target p95 ms |');
    console.log('|---|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.what} | ${r.n} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.target ?? '—'} |`);
  }
  return rows.filter((r) => (r.target !== null && r.p95 > r.target) || (floor && r.targetRatio && r.p50 / floor.p50 > r.targetRatio));
}

/**
 * Runs the functions one after the other, round after round (A B A B …), so that a noisy neighbour
 * or growing data weighs on all of them alike (issue 12: interleaved A/B runs); one row each.
 */
export async function interleaved(n: number, names: readonly string[], fns: ReadonlyArray<(i: number) => Promise<unknown>>): Promise<Row[]> {
  const samples = fns.map(() => [] as number[]);
  for (let i = 0; i < n; i++) {
    for (const [k, fn] of fns.entries()) {
      const start = performance.now();
      await fn(i);
      samples[k]!.push(performance.now() - start);
    }
  }
  return names.map((what, k) => ({ what, n, p50: percentile(samples[k]!, 50), p95: percentile(samples[k]!, 95), target: null }));
}
