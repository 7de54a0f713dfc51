// The same screens on a 1-, 20- and 100-year team (issue 12): what a screen asks for must not grow
// with the team's age (≤ 3× from 1 to 100 years), opening a live meeting stays under 2 ms (p95) at
// 20 and 100 years, and the RODO check of everything before a full export grows at most linearly
// with the data (≤ 1 s at 20 years). The teams are generated once and cached under .tmp.
import { benchTeam, type BenchTeam } from './generate';
import { measure, type Row } from './measure';

const SIZES = [1, 20, 100] as const;
type Size = (typeof SIZES)[number];

interface Probe {
  what: string;
  runs: number;
  run: (t: BenchTeam, latest: { id: string; year: number }, memberId: string) => Promise<unknown>;
  /** Reach: growth of p50 from 1 to 100 years (screens), or null where another rule applies. */
  growth: number | null;
  /** p95 reach in ms at 20 and 100 years. */
  p95?: number;
}

const PROBES: Probe[] = [
  { what: 'meetings.get (open the live meeting)', runs: 100, growth: 3, p95: 2, run: (t, latest) => t.api.meetings.get({ id: latest.id }) },
  // What the Posiedzenia screen asks for: the years that have meetings, and the shown year's meetings.
  {
    what: 'meetings.years + meetings.list (the shown year)',
    runs: 50,
    growth: 3,
    run: (t, latest) => Promise.all([t.api.meetings.years(), t.api.meetings.list({ year: latest.year })]),
  },
  { what: 'dashboard.get', runs: 50, growth: 3, run: (t) => t.api.dashboard.get() },
  { what: 'actionItems.list (open items)', runs: 50, growth: 3, run: (t) => t.api.actionItems.list({ status: ['new', 'in_progress'] }) },
  { what: 'members.history (first page)', runs: 50, growth: 3, run: (t, _id, member) => t.api.members.history({ id: member }) },
  { what: 'search.query ("rodziny asystenta")', runs: 50, growth: 3, run: (t) => t.api.search.query({ q: 'rodziny asystenta' }) },
  { what: 'sync.check full (RODO check of everything)', runs: 3, growth: null, run: (t) => t.api.sync.check({ full: true }) },
];

export async function sizesBench(): Promise<Row[]> {
  const results = new Map<string, Map<Size, Row>>(PROBES.map((p) => [p.what, new Map()]));
  const facts: string[] = [];
  for (const years of SIZES) {
    const team = await benchTeam(years);
    const counts = team.core.database.sqlite
      .prepare('SELECT (SELECT count(*) FROM meeting) AS meetings, (SELECT count(*) FROM action_item) AS items, (SELECT count(*) FROM agenda_item) AS agenda')
      .get() as { meetings: number; items: number; agenda: number };
    facts.push(
      `${years} ${years === 1 ? 'year' : 'years'}: ${counts.meetings} meetings, ${counts.agenda} agenda items, ${counts.items} action items` +
        (team.generatedInMs === null ? ' (cached)' : `, generated in ${(team.generatedInMs / 1000).toFixed(0)} s`),
    );
    const lastYear = (await team.api.meetings.years())[0]!.year;
    const latest = (await team.api.meetings.list({ year: lastYear }))[0]!;
    const member = (await team.api.members.list())[0]!.id;
    for (const probe of PROBES) results.get(probe.what)!.set(years, await measure(probe.what, probe.runs, null, () => probe.run(team, { id: latest.id, year: lastYear }, member)));
    await team.core.close();
  }
  console.log('\n### One team at 1, 20 and 100 years (p50 ms, p95 in brackets)\n');
  for (const fact of facts) console.log(`- ${fact}`);
  console.log('\n| operation | 1 year | 20 years | 100 years | growth 1 → 100 | reach |');
  console.log('|---|---:|---:|---:|---:|---|');
  const missed: Row[] = [];
  const cell = (r: Row) => `${r.p50.toFixed(2)} (${r.p95.toFixed(2)})`;
  for (const probe of PROBES) {
    const by = results.get(probe.what)!;
    const [one, twenty, hundred] = SIZES.map((s) => by.get(s)!);
    const growth = hundred!.p50 / one!.p50;
    const reach: string[] = [];
    if (probe.growth !== null) {
      reach.push(`≤ ${probe.growth}×`);
      if (growth > probe.growth) missed.push({ ...hundred!, what: `${probe.what}: ${growth.toFixed(1)}× from 1 to 100 years` });
    } else {
      // Linear at most: 100 years hold 5× the data of 20; a margin of 1.5 for the noise.
      const perData = hundred!.p50 / twenty!.p50;
      reach.push('≤ 1 s at 20 years; 20 → 100 ≤ 7.5× (linear)');
      if (twenty!.p50 > 1000) missed.push({ ...twenty!, what: `${probe.what}: ${twenty!.p50.toFixed(0)} ms at 20 years` });
      if (perData > 7.5) missed.push({ ...hundred!, what: `${probe.what}: ${perData.toFixed(1)}× from 20 to 100 years` });
    }
    if (probe.p95 !== undefined) {
      reach.push(`p95 ≤ ${probe.p95} ms at 20 and 100 years`);
      for (const r of [twenty!, hundred!]) if (r.p95 > probe.p95) missed.push({ ...r, what: `${probe.what}: p95 ${r.p95.toFixed(2)} ms` });
    }
    console.log(`| ${probe.what} | ${cell(one!)} | ${cell(twenty!)} | ${cell(hundred!)} | ${growth.toFixed(1)}× | ${reach.join('; ')} |`);
  }
  return missed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missed = await sizesBench();
  if (missed.length) {
    console.error(`\nOver reach: ${missed.map((r) => r.what).join('; ')}`);
    process.exitCode = 1;
  }
}
