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
import { HIDDEN, MIN_COUNT, type Cell } from '../domain/disclosure';
import { CLOSE_REASONS, MODEL_TYPES, type CloseReason, type ModelType } from '../domain/enums';
import type { HubCaseFigures } from '../domain/types';
import { readTable } from '../services/spreadsheet';
import { exportBundle, importEnrolment } from '../sync/team';
import { caseFiguresFile, caseFiguresTable, hubTeamCases, regionalCaseFigures, type TeamCases } from './caseFigures';
import { enrolTeam, initHub, type Hub } from './hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from './import';

type Core = Awaited<ReturnType<typeof testCore>>;

const hasCalc = spawnSync('soffice', ['--version']).status === 0 && existsSync('/usr/lib/libreoffice/program/libsclo.so');

async function send(hub: Hub, t: Core) {
  const bundle = await exportBundle(t.core.database.db, t.core.database.schemaVersion);
  expect((await importBundle(hub, bundle.bytes)).accepted).toBe(true);
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

/** A team's months as its bundle sends them: one entry per month, the durations of the closed ones. */
function teamCases(t: GeneratedTeam): TeamCases {
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
  return { model: t.model, cases: [...byMonth.values()], meetings };
}

describe('the region’s case figures', () => {
  it('over successive bundles, every report and export hides small counts and what would give them back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(teamArb, { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), teamArb), { maxLength: 4 }), async (initial, updates) => {
        const teams = initial.map(teamCases);
        // Each update is the next bundle of one team: its sums replace what the hub had of it.
        for (const step of [null, ...updates]) {
          if (step) teams[step[0] % teams.length] = { ...teamCases(step[1]), model: teams[step[0] % teams.length]!.model };
          for (const year of [2025, 2026]) {
            const f = regionalCaseFigures(teams, year);
            const exact = (model: ModelType | null) => {
              const mine = teams.filter((t) => t.model === model);
              const closed = Object.fromEntries(CLOSE_REASONS.map((r) => [r, 0])) as Record<CloseReason, number>;
              let referred = 0;
              for (const c of mine.flatMap((t) => t.cases).filter((c) => c.month.startsWith(`${year}-`))) {
                referred += c.referred;
                for (const r of CLOSE_REASONS) closed[r] += c.closed[r] ?? 0;
              }
              return { referred, closed, meetings: mine.flatMap((t) => t.meetings).filter((m) => m.date.startsWith(`${year}-`)).length };
            };
            expectProtected(f, exact);
            // The CSV and the XLSX carry the table's cells, exactly.
            const table = caseFiguresTable(f);
            for (const format of ['csv', 'xlsx'] as const) {
              const read = await readTable((await caseFiguresFile(f, format)).bytes);
              expect(read.slice(0, f.models.length + 1)).toEqual(table.slice(0, f.models.length + 1));
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

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
    for (const t of [a, b, c]) await send(hub, t);

    const f = regionalCaseFigures(await hubTeamCases(hub));
    expect(f.years).toEqual([2026]);
    expect(f.year).toBe(2026);
    const urban = f.models.find((m) => m.model === 'miejska')!;
    // Five referred and four closed in the urban gminas; the one resignation is hidden, and the completed three
    // with it (else 4 − 3 would give it back); the median speaks of four cases.
    expect(urban).toMatchObject({ teams: 2, referred: 5, meetings: 0, closed: 4, completedShare: HIDDEN, medianMonths: 4 });
    expect(urban.closedByReason).toMatchObject({ completed: HIDDEN, resigned: HIDDEN, moved_away: 0 });
    const rural = f.models.find((m) => m.model === 'wiejska')!;
    expect(rural).toMatchObject({ teams: 1, referred: HIDDEN, closed: 0, completedShare: null, medianMonths: null });
    expect(f.models.map((m) => m.model)).toEqual(['miejska', 'wiejska']);

    // The spreadsheet: the same cells, with the note on "x"; no team's name.
    const table = await readTable((await caseFiguresFile(f, 'xlsx')).bytes);
    expect(table[1]!.slice(0, 6)).toEqual(['2026', 'gminy miejskie', '2', '5', '0', '4']);
    expect(table.flat().join(' ')).not.toMatch(/PZK [ABC]|A-1|Zielonka|Kobyłka/);
    expect(table.at(-1)![0]).toMatch(/^x — liczba ukryta/);
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
});
