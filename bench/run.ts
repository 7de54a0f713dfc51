// `npm run bench`: speed of the core through the same dispatch the hosts use, on a new database and
// on a 20-year one, and of the UI in Chromium on the 20-year one. Targets live here, never in timed
// unit tests. Prints Markdown tables; docs/performance.md records the figures.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../src/api/client';
import { openCore } from '../src/core/core';
import { basketBench } from './basket';
import { encryptionBench } from './encryption';
import { benchTeam } from './generate';
import { measure, printTable, type Row } from './measure';
import { protocolBench, worstCaseBench } from './protocol';
import { sizesBench } from './sizes';
import { syncBench } from './sync';
import { uiBench } from './ui';
import { writesBench } from './writes';

const missed: Row[] = [];

async function newDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'pzk-bench-'));
  try {
    const openStart = performance.now();
    const core = await openCore(dir);
    const openMs = performance.now() - openStart;
    const api = createClient((method, input) => core.dispatch(method, input));
    await api.team.setUp({ name: 'PZK Benchmark', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska' });
    const institution = await api.institutions.create({ name: 'OPS', sector: 'social_assistance' });
    const members: Array<{ id: string }> = [];
    for (let i = 0; i < 20; i++) members.push(await api.members.create({ fullName: `Członek ${i + 1}`, institutionId: institution.id }));
    const agenda = ['Otwarcie', 'Porządek obrad', 'Realizacja ustaleń', 'Sprawy merytoryczne', 'Sprawy różne', 'Zakończenie'];
    const ids: string[] = [];
    const rows = [
      await measure('meetings.create (6 agenda items)', 200, 20, async (i) => {
        ids.push((await api.meetings.create({ date: `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-10`, agenda })).id);
      }),
      await measure('actionItems.create', 1000, 10, (i) =>
        api.actionItems.create({ meetingId: ids[i % ids.length]!, text: `Zadanie ${i}`, ownerMemberId: members[i % members.length]!.id }),
      ),
    ];
    console.log(`\nOpen + create + migrate a new database: ${openMs.toFixed(1)} ms`);
    missed.push(...printTable('New database: writes', rows));
    await core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function twentyYears() {
  const { core, api, generatedInMs, history } = await benchTeam(20);
  if (!history) throw new Error('the 20-year team is typed with autosave and counts its history');
  if (generatedInMs !== null) console.log(`\nGenerated the 20-year team in ${(generatedInMs / 1000).toFixed(1)} s (cached in .tmp/bench-20y).`);
  const counts = core.database.sqlite
    .prepare(`SELECT (SELECT count(*) FROM meeting) AS meetings, (SELECT count(*) FROM agenda_item) AS agenda,
      (SELECT count(*) FROM action_item) AS actions, (SELECT count(*) FROM outbox) AS records, (SELECT max(seq) FROM outbox) AS seq`)
    .get() as Record<string, number>;
  console.log(
    `\n20-year database: ${counts.meetings} meetings, ${counts.agenda} agenda items, ${counts.actions} action items; ` +
      `${history.writes} record writes in ${counts.seq} transactions, ${counts.records} records in the outbox.`,
  );
  const latest = (await api.meetings.list())[0]!;
  const detail = await api.meetings.get({ id: latest.id });
  const item = detail.agenda[4]!;
  const member = detail.attendance[0]!.memberId!;
  let text = item.minutes;
  const rows = [
    await measure('agenda.update (autosave while typing)', 300, 20, () => api.agenda.update({ id: item.id, minutes: (text += ' Dalsza notatka z przebiegu.') })),
    await measure('meetings.get (open the live meeting)', 100, 2, () => api.meetings.get({ id: latest.id })),
    await measure('dashboard.get', 50, 100, () => api.dashboard.get()),
    await measure('meetings.list (all years)', 50, 50, () => api.meetings.list()),
    await measure('actionItems.list (open items)', 50, 50, () => api.actionItems.list({ status: ['new', 'in_progress'] })),
    await measure('actionItems.list (all 10,000)', 20, 200, () => api.actionItems.list()),
    await measure('search.query ("rodziny asystenta")', 50, 100, () => api.search.query({ q: 'rodziny asystenta' })),
    await measure('members.history', 50, 100, () => api.members.history({ id: member })),
  ];
  missed.push(...printTable('20-year database: core operations', rows));
  await api.agenda.update({ id: item.id, minutes: item.minutes }); // the cached database stays as generated
  await core.close();
  missed.push(...(await uiBench(join('.tmp', 'bench-20y'))));
}

async function sync() {
  const { core, history } = await benchTeam(20);
  await core.close();
  if (!history) throw new Error('the 20-year team is typed with autosave and counts its history');
  missed.push(...(await syncBench(join('.tmp', 'bench-20y', 'pzk.sqlite'), history)));
}

/** The browser host (`npm run preview`, bundled) from start to its first answer to the API. */
async function hostFirstAnswer(dataDir: string): Promise<void> {
  const child = spawn(process.execPath, ['dist/host/cli.mjs', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, PZK_DEV_KEY: '1' } });
  const url = new URL(await new Promise<string>((done) => createInterface({ input: child.stdout }).once('line', done)));
  const response = await fetch(`${url.origin}/api/app.status`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${url.hash.replace('#token=', '')}`, 'Content-Type': 'application/json' },
    body: '',
  });
  if (!response.ok) throw new Error(`the host answered ${response.status}`);
  await response.arrayBuffer();
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** `pzk` from start to exit (issue 11.15: under 0.5 s), and the browser host to its first answer (issue 12: 0.4 s), beside Node starting and doing nothing. */
async function cliStart() {
  spawnSync('node', ['scripts/build-cli.mjs']);
  const floor = await measure('node -e "" (floor)', 10, null, async () => spawnSync(process.execPath, ['-e', '']));
  const help = await measure('pzk --help', 10, 500, async () => spawnSync(process.execPath, ['bin/pzk.mjs', '--help']));
  // A team with a day's data, so that the host opens a real database (today's backup comes after the answer).
  const dir = mkdtempSync(join(tmpdir(), 'pzk-bench-host-'));
  try {
    spawnSync(process.execPath, ['bin/pzk.mjs', 'demo', '--db', join(dir, 'pzk.sqlite')]);
    const host = await measure('browser host: start to first API answer', 10, 400, () => hostFirstAnswer(dir));
    missed.push(...printTable('The pzk command and the browser host: start', [floor, help, host], floor));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npm run bench -- start writes` runs only the sections named; no names, all of them.
const only = process.argv.slice(2);
const runs = (name: string) => only.length === 0 || only.includes(name);
if (runs('start')) await cliStart();
if (runs('new')) await newDatabase();
if (runs('writes')) missed.push(...(await writesBench()));
if (runs('20y')) await twentyYears();
if (runs('sync')) await sync();
if (runs('sizes')) missed.push(...(await sizesBench()));
if (runs('protocol')) missed.push(...(await protocolBench()));
if (runs('worst')) missed.push(...(await worstCaseBench()));
if (runs('encryption')) missed.push(...(await encryptionBench()));
if (runs('basket')) missed.push(...(await basketBench()));
if (missed.length) {
  console.error(`\nOver target: ${missed.map((r) => r.what).join('; ')}`);
  process.exitCode = 1;
}
