// Issue 17.5 at the hub: the teams' exact case counts pooled per model type and year, protected; then, over a
// run of successive bundles, every report and export — the screen's cells, the charts, the CSV, the XLSX —
// carries those cells and nothing from which a hidden count could be worked out.
import fc from 'fast-check';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { possibleValues } from '../../test/disclosure';
import { seededCore, tempDir, testCore } from '../../test/helpers';
import type { CaseMonth, TaskTeamMeeting } from '../domain/caseFigures';
import { HIDDEN, lastCallFor, MIN_COUNT, type Cell } from '../domain/disclosure';
import { CLOSE_REASONS, MODEL_TYPES, type CloseReason, type ModelType } from '../domain/enums';
import type { HubCaseFigures } from '../domain/types';
import { readTable } from '../services/spreadsheet';
import { exportBundle, importEnrolment } from '../sync/team';
import { caseFiguresFile, caseFiguresTable, hubCaseFigures, shownCaseFigures, toPublish, type PublishedFigures, type TeamCases } from './caseFigures';
import { enrolTeam, initHub, type Hub } from './hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from './import';
import { openCoreFile } from '../core/core';
import { createClient } from '../api/client';

type Core = Awaited<ReturnType<typeof testCore>>;

const hasCalc = spawnSync('soffice', ['--version']).status === 0 && existsSync('/usr/lib/libreoffice/program/libsclo.so');

/** The team's next bundle, made and imported at `at`. */
async function send(hub: Hub, t: Core, at: string) {
  const bundle = await exportBundle(t.core.database.db, t.core.database.schemaVersion, { now: new Date(at) });
  expect((await importBundle(hub, bundle.bytes, new Date(at))).accepted).toBe(true);
}

/** Every published figure of one model type obeys the rule, and no hidden count among them can be worked out. */
function expectProtected(f: HubCaseFigures, exact: (model: ModelType | null) => { referred: number; meetings: number; closed: Record<CloseReason, number> }) {
  for (const m of f.models) {
    const truth = exact(m.model);
    const closedTotal = CLOSE_REASONS.reduce((s, r) => s + truth.closed[r], 0);
    for (const [cell, value] of [[m.referred, truth.referred], [m.meetings, truth.meetings], [m.closed, closedTotal], ...CLOSE_REASONS.map((r) => [m.closedByReason[r], truth.closed[r]] as const)] as Array<[Cell, number]>) {
      if (cell === HIDDEN) expect(value).toBeGreaterThan(0);
      else expect(cell).toBe(value);
      if (cell !== HIDDEN) expect(cell === 0 || cell >= MIN_COUNT).toBe(true);
    }
    const parts = CLOSE_REASONS.map((r) => m.closedByReason[r]);
    for (const [i, c] of parts.entries()) if (c === HIDDEN) expect(possibleValues(parts, m.closed, i, closedTotal + 5).length).toBeGreaterThan(1);
    if (m.closed === HIDDEN) expect(possibleValues(parts, m.closed, 'total', closedTotal + 5).length).toBeGreaterThan(1);
    // A share or a median speaks of at least 3 shown cases; a shown share times a shown total gives no hidden part.
    if (typeof m.completedShare === 'number') expect(m.closed !== HIDDEN && m.closed >= MIN_COUNT && m.closedByReason.completed !== HIDDEN).toBe(true);
    if (typeof m.medianMonths === 'number') expect(m.closed !== HIDDEN && m.closed >= MIN_COUNT).toBe(true);
    // The charts show the table's cells, no others.
    const display = (c: Cell) => (c === HIDDEN ? HIDDEN : String(c));
    expect(m.charts.find((c) => c.id === 'cases')!.rows.map((r) => r.display)).toEqual([display(m.referred), display(m.closed), display(m.meetings)]);
    expect(m.charts.find((c) => c.id === 'closures')!.rows.map((r) => r.display)).toEqual(parts.filter((c) => c !== 0).map(display));
  }
}

const monthArb = (year: number) =>
  fc.record({
    month: fc.integer({ min: 1, max: 12 }).map((m) => `${year}-${String(m).padStart(2, '0')}`),
    referred: fc.integer({ min: 0, max: 3 }),
    closed: fc.dictionary(fc.constantFrom(...CLOSE_REASONS), fc.integer({ min: 1, max: 3 }), { maxKeys: 3 }),
  });
interface GeneratedTeam {
  model: ModelType | null;
  months: Array<{ month: string; referred: number; closed: Partial<Record<CloseReason, number>> }>;
  meetings: Date[];
}
const teamArb: fc.Arbitrary<GeneratedTeam> = fc.record({
  model: fc.constantFrom<ModelType | null>(...MODEL_TYPES, null),
  months: fc.array(fc.oneof(monthArb(2025), monthArb(2026)), { maxLength: 5 }),
  meetings: fc.array(fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }), { maxLength: 4 }),
});

/** A team's months as its bundle sends them (one entry per month, the durations of the closed ones), sent on `sentOn`. */
function teamCases(t: GeneratedTeam, sentOn: string): TeamCases {
  const byMonth = new Map<string, CaseMonth>();
  for (const m of t.months) {
    const at: CaseMonth = byMonth.get(m.month) ?? { month: m.month, referred: 0, closed: {}, durations: [] };
    at.referred += m.referred;
    for (const [r, n] of Object.entries(m.closed) as Array<[CloseReason, number]>) {
      at.closed[r] = (at.closed[r] ?? 0) + n;
      at.durations.push([n + 1, n]);
    }
    byMonth.set(m.month, at);
  }
  const meetings: TaskTeamMeeting[] = t.meetings.map((d) => ({ date: d.toISOString().slice(0, 10), institutions: 2 }));
  return { model: t.model, cases: [...byMonth.values()], meetings, sentOn };
}

/** The exact pooled counts of one model type's year, as the attacker would like to know them. */
function exactOf(teams: readonly TeamCases[], model: ModelType | null, year: number) {
  const mine = teams.filter((t) => t.model === model);
  const closed = Object.fromEntries(CLOSE_REASONS.map((r) => [r, 0])) as Record<CloseReason, number>;
  let referred = 0;
  for (const c of mine.flatMap((t) => t.cases).filter((c) => c.month.startsWith(`${year}-`))) {
    referred += c.referred;
    for (const r of CLOSE_REASONS) closed[r] += c.closed[r] ?? 0;
  }
  return { referred, closed, meetings: mine.flatMap((t) => t.meetings).filter((m) => m.date.startsWith(`${year}-`)).length };
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('the region’s case figures', () => {
  it('over successive bundles, a year is published once complete, never changes after, and hides small counts and what would give them back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(teamArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), teamArb, fc.integer({ min: 0, max: 240 })), { maxLength: 6 }),
        async (initial, updates) => {
          let today = '2025-09-01';
          const teams = initial.map((t) => teamCases(t, today));
          const published: PublishedFigures[] = [];
          // What every (model type, year) first showed, and the exact counts behind it when it was published.
          const seen = new Map<string, { shown: string; exact: ReturnType<typeof exactOf> }>();
          // Each update is the next bundle of one team, some days later: its sums replace what the hub had of it.
          for (const step of [null, ...updates]) {
            if (step) {
              today = addDays(today, step[2]);
              const at = step[0] % teams.length;
              teams[at] = { ...teamCases(step[1], today), model: teams[at]!.model };
            }
            const fresh = toPublish(teams, published, today);
            for (const p of fresh) {
              // Published only when the year has ended and every team of the type sent a bundle made after it (or after the last call).
              expect(today >= `${p.year + 1}-01-01`).toBe(true);
              expect(today > lastCallFor(p.year) || teams.filter((t) => t.model === p.model).every((t) => t.sentOn! >= `${p.year + 1}-01-01`)).toBe(true);
              seen.set(`${p.model} ${p.year}`, { shown: '', exact: exactOf(teams, p.model, p.year) });
            }
            published.push(...fresh);
            for (const year of [2025, 2026]) {
              const f = shownCaseFigures(teams, published, today, year);
              for (const m of f.models) {
                const first = seen.get(`${m.model} ${year}`)!;
                // The same cells at every later step, whatever came in since: no change to subtract.
                if (first.shown === '') first.shown = JSON.stringify(m);
                else expect(JSON.stringify(m)).toBe(first.shown);
              }
              expectProtected(f, (model) => seen.get(`${model} ${year}`)!.exact);
              // A type not published says only that it waits, and for how many teams.
              for (const p of f.pending) expect(Object.keys(p).sort()).toEqual(['lastCall', 'model', 'teams', 'waiting', 'yearEnded']);
              // The CSV and the XLSX carry the table's cells, exactly.
              const table = caseFiguresTable(f);
              for (const format of ['csv', 'xlsx'] as const) {
                const read = await readTable((await caseFiguresFile(f, format)).bytes);
                expect(read.slice(0, f.models.length + 1)).toEqual(table.slice(0, f.models.length + 1));
              }
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 180_000);

  it('pools the teams of one model type from their bundles; a single team has no row', async () => {
    const now = '2026-11-20T10:00:00Z';
    const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Mazowieckie Centrum Polityki Społecznej');
    const cases = async (t: Awaited<ReturnType<typeof seededCore>>, list: Array<[code: string, openedOn: string, closedOn?: string, reason?: CloseReason]>) => {
      for (const [code, openedOn, closedOn, reason] of list) {
        const c = await t.api.cases.create({ code, kind: 'family', openedOn, referredByInstitutionId: t.ops.id });
        if (closedOn && reason) await t.api.cases.close({ id: c.id, closedOn, closeReason: reason });
      }
    };
    const a = await seededCore({ now });
    await cases(a, [['A-1', '2026-01-10', '2026-05-10', 'completed'], ['A-2', '2026-02-01', '2026-06-01', 'completed'], ['A-3', '2026-02-15', '2026-08-15', 'completed'], ['A-4', '2026-09-01']]);
    await importEnrolment(a.core.database.db, JSON.stringify(await enrolTeam(hub, { name: 'PZK A', teryt: '1434011' })));
    const b = await seededCore({ now });
    await b.api.team.update({ name: 'PZK B', gminaName: 'Kobyłka', teryt: '1434021', modelType: 'miejska' });
    await cases(b, [['B-1', '2026-03-01', '2026-04-01', 'resigned']]);
    await importEnrolment(b.core.database.db, JSON.stringify(await enrolTeam(hub, { name: 'PZK B', teryt: '1434021' })));
    const c = await seededCore({ now });
    await c.api.team.update({ name: 'PZK C', gminaName: 'Łochów', teryt: '1435033', modelType: 'wiejska' });
    await cases(c, [['C-1', '2026-04-01']]);
    await importEnrolment(c.core.database.db, JSON.stringify(await enrolTeam(hub, { name: 'PZK C', teryt: '1435033' })));
    // Bundles of November: the year is still running, nothing is published; each type says only that it waits.
    for (const t of [a, b, c]) await send(hub, t, now);
    expect(await hubCaseFigures(hub, new Date(now))).toEqual({
      years: [2026],
      year: 2026,
      models: [],
      pending: [
        { model: 'miejska', teams: 2, yearEnded: false, waiting: 2, lastCall: '2027-03-31' },
        { model: 'wiejska', teams: 1, yearEnded: false, waiting: 1, lastCall: '2027-03-31' },
      ],
    });
    // January: the rural type is complete with its one team's bundle; the urban one waits for B's.
    await send(hub, a, '2027-01-08T09:00:00Z');
    await send(hub, c, '2027-01-08T10:00:00Z');
    const waiting = await hubCaseFigures(hub, new Date('2027-01-08T12:00:00Z'));
    expect(waiting.models.map((m) => m.model)).toEqual(['wiejska']);
    expect(waiting.pending).toEqual([{ model: 'miejska', teams: 2, yearEnded: true, waiting: 1, lastCall: '2027-03-31' }]);
    await send(hub, b, '2027-01-09T10:00:00Z');

    const f = await hubCaseFigures(hub, new Date('2027-01-09T12:00:00Z'));
    expect(f.years).toEqual([2026]);
    expect(f.year).toBe(2026);
    expect(f.pending).toEqual([]);
    const urban = f.models.find((m) => m.model === 'miejska')!;
    expect(urban.publishedOn).toBe('2027-01-09');
    // Five referred and four closed in the urban gminas; the one resignation is hidden, and the completed three
    // with it (else 4 − 3 would give it back); the median speaks of four cases.
    expect(urban).toMatchObject({ teams: 2, referred: 5, meetings: 0, closed: 4, completedShare: HIDDEN, medianMonths: 4 });
    expect(urban.closedByReason).toMatchObject({ completed: HIDDEN, resigned: HIDDEN, moved_away: 0 });
    const rural = f.models.find((m) => m.model === 'wiejska')!;
    expect(rural).toMatchObject({ teams: 1, referred: HIDDEN, closed: 0, completedShare: null, medianMonths: null });
    expect(f.models.map((m) => m.model)).toEqual(['miejska', 'wiejska']);

    // A's next bundle closes one more case of 2026: the published year stays as it was, so nothing of A's change shows.
    await a.api.cases.close({ id: (await a.api.cases.list()).find((x) => x.case.code === 'A-4')!.case.id, closedOn: '2026-11-15', closeReason: 'completed' });
    await send(hub, a, '2027-02-01T10:00:00Z');
    expect(await hubCaseFigures(hub, new Date('2027-02-01T12:00:00Z'))).toEqual(f);

    // The spreadsheet: the same cells, with the note on "x"; no team's name.
    const table = await readTable((await caseFiguresFile(f, 'xlsx')).bytes);
    expect(table[1]!.slice(0, 6)).toEqual(['2026', 'gminy miejskie', '2', '5', '0', '4']);
    expect(table.flat().join(' ')).not.toMatch(/PZK [ABC]|A-1|Zielonka|Kobyłka/);
    expect(table.at(-2)![0]).toMatch(/^x — liczba ukryta/);
    expect(table.at(-1)![0]).toMatch(/^Dane za rok podaje się raz/);
    expect(table[1]!.at(-1)).toBe('09.01.2027');
    // DECISIONS 11: read back by another implementation than the writer — LibreOffice Calc, where it is installed.
    if (hasCalc) {
      const dir = tempDir();
      const path = join(dir, 'sprawy.xlsx');
      writeFileSync(path, (await caseFiguresFile(f, 'xlsx')).bytes);
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76', '--outdir', dir, path], { timeout: 120_000, stdio: 'ignore' });
      const rows = readFileSync(join(dir, 'sprawy.csv'), 'utf8').split('\n');
      expect(rows[1]!.split(';').slice(0, 9)).toEqual(['2026', 'gminy miejskie', '2', '5', '0', '4', 'x', '0', 'x']);
    }
    await hub.close();
  }, 180_000);

  it('a hub upgraded to 0006 publishes the years already complete when its figures are first looked at, from the import times it kept', async () => {
    const file = join(tempDir(), 'hub.sqlite');
    const hub = await openHubAt(file);
    await initHub(hub, 'Mazowieckie Centrum Polityki Społecznej');
    const a = await seededCore({ now: '2027-01-05T10:00:00Z' });
    await a.api.cases.create({ code: 'A-1', kind: 'family', openedOn: '2026-03-01', referredByInstitutionId: a.ops.id });
    await importEnrolment(a.core.database.db, JSON.stringify(await enrolTeam(hub, { name: 'PZK A', teryt: '1434011' })));
    await send(hub, a, '2027-01-05T10:00:00Z');
    // As 0006 leaves a hub that had this bundle: no making time, nothing published.
    await hub.db.updateTable('hubTeam').set({ lastBundleMadeAt: null }).execute();
    await hub.db.deleteFrom('hubCaseFigures').execute();
    expect(await hub.db.selectFrom('hubCaseFigures').selectAll().execute()).toEqual([]);
    await hub.close();

    const core = await openCoreFile(':memory:', { hubFile: file, hubMustExist: true, clock: () => new Date('2027-02-01T10:00:00Z'), logError: () => undefined });
    const figures = await createClient((m, i) => core.dispatch(m, i)).hub.caseFigures({});
    expect(figures).toMatchObject({ year: 2026, pending: [], models: [{ model: 'miejska', teams: 1, referred: HIDDEN, publishedOn: '2027-02-01' }] });
    await core.close();
  });

  it('a team that sends nothing after the year has ended holds its type back until the last call only', async () => {
    const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Mazowieckie Centrum Polityki Społecznej');
    const teams = [];
    for (const [name, teryt] of [['PZK A', '1434011'], ['PZK B', '1434021']] as const) {
      const t = await seededCore({ now: '2026-10-01T10:00:00Z' });
      await t.api.team.update({ name, gminaName: name, teryt, modelType: 'miejska' });
      for (const code of ['R-1', 'R-2', 'R-3']) await t.api.cases.create({ code, kind: 'family', openedOn: '2026-03-01', referredByInstitutionId: t.ops.id });
      await importEnrolment(t.core.database.db, JSON.stringify(await enrolTeam(hub, { name, teryt })));
      await send(hub, t, '2026-10-01T10:00:00Z');
      teams.push(t);
    }
    // A sends in January; B has stopped using the app — its last bundle, from a computer whose clock ran ahead,
    // says it was made in February but came in in December: it counts as made when it came in.
    await send(hub, teams[0]!, '2027-01-10T10:00:00Z');
    const ahead = await exportBundle(teams[1]!.core.database.db, teams[1]!.core.database.schemaVersion, { now: new Date('2027-02-01T10:00:00Z') });
    expect((await importBundle(hub, ahead.bytes, new Date('2026-12-28T10:00:00Z'))).accepted).toBe(true);
    expect((await hubCaseFigures(hub, new Date('2027-03-31T20:00:00Z'))).pending).toEqual([{ model: 'miejska', teams: 2, yearEnded: true, waiting: 1, lastCall: '2027-03-31' }]);
    // The first look after the last call publishes the year with what both teams sent.
    const april = await hubCaseFigures(hub, new Date('2027-04-01T08:00:00Z'));
    expect(april.pending).toEqual([]);
    expect(april.models).toMatchObject([{ model: 'miejska', teams: 2, referred: 6, publishedOn: '2027-04-01' }]);
    await hub.close();
  });
});
