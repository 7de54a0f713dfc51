// `npm run bench`: speed of the core through the same dispatch the hosts use. Targets live here,
// never in timed unit tests. Prints a Markdown table; docs/performance.md records the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../src/api/client';
import { openCore } from '../src/core/core';

interface Row {
  what: string;
  n: number;
  p50: number;
  p95: number;
  target: number;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(what: string, n: number, target: number, fn: (i: number) => Promise<unknown>): Promise<Row> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return { what, n, p50: percentile(samples, 50), p95: percentile(samples, 95), target };
}

const dir = mkdtempSync(join(tmpdir(), 'pzk-bench-'));
const rows: Row[] = [];
try {
  const openStart = performance.now();
  const core = await openCore(dir);
  const openMs = performance.now() - openStart;
  const api = createClient((method, input) => core.dispatch(method, input));

  await api.team.setUp({ name: 'PZK Benchmark', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
  const institution = await api.institutions.create({ name: 'OPS', sector: 'social_assistance' });
  const members = await Promise.all(
    Array.from({ length: 20 }, (_, i) => api.members.create({ fullName: `Członek Zespołu ${i + 1}`, institutionId: institution.id })),
  );
  const agenda = ['Otwarcie', 'Przyjęcie porządku obrad', 'Realizacja ustaleń', 'Sprawy merytoryczne', 'Sprawy różne', 'Zakończenie'];
  const meetingIds: string[] = [];
  rows.push(
    await measure('meetings.create (6 agenda items)', 200, 20, async (i) => {
      const m = await api.meetings.create({ date: `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-10`, agenda });
      meetingIds.push(m.id);
    }),
  );
  rows.push(
    await measure('actionItems.create', 1000, 10, (i) =>
      api.actionItems.create({ meetingId: meetingIds[i % meetingIds.length]!, text: `Zadanie ${i}`, ownerMemberId: members[i % members.length]!.id }),
    ),
  );
  const last = meetingIds.at(-1)!;
  const detail = await api.meetings.get({ id: last });
  const item = detail.agenda[3]!;
  let minutes = '';
  rows.push(
    await measure('agenda.update (autosave of growing minutes)', 500, 10, () => {
      minutes += 'Zespół omówił sytuację rodziny i ustalił dalsze kroki. ';
      return api.agenda.update({ id: item.id, minutes });
    }),
  );
  rows.push(await measure('meetings.get (latest, with carried-over items)', 100, 50, () => api.meetings.get({ id: last })));
  rows.push(await measure('members.list', 200, 20, () => api.members.list()));
  await core.close();

  console.log(`\nOpen + create + migrate a new database: ${openMs.toFixed(1)} ms\n`);
  console.log('| operation | runs | p50 ms | p95 ms | target p95 ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.what} | ${r.n} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.target} |`);
  const missed = rows.filter((r) => r.p95 > r.target);
  if (missed.length) {
    console.error(`\nOver target: ${missed.map((r) => r.what).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
