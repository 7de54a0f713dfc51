// The region's case figures (issue 17.5): per model type and calendar year, the teams' exact monthly counts
// pooled, then protected (src/domain/disclosure.ts) before anything is shown, drawn or exported. One function
// makes the cells; the screen, the charts, the CSV and the XLSX all carry those cells and nothing else.
import { z } from 'zod';
import { median } from '../domain/cases';
import type { CaseMonth, TaskTeamMeeting } from '../domain/caseFigures';
import { CLOSE_REASON_WORD } from '../domain/cases.pl';
import { HIDDEN, protectCount, protectMedian, protectShare, protectSum, type Cell } from '../domain/disclosure';
import { CHART, HUB_CASE_COLUMN as C, MODEL_WORD } from '../domain/report.pl';
import { CLOSE_REASONS, MODEL_TYPES, type CloseReason, type ModelType } from '../domain/enums';
import { XLSX_MEDIA_TYPE, type ChartFigure, type DocumentFile, type HubCaseFigures, type HubModelFigures } from '../domain/types';
import { barChart, type BarRow } from '../services/charts';
import { documentFile } from '../services/files';
import { writeCsv, writeXlsx } from '../services/spreadsheet';
import { casesOf } from './report';
import { teamRecords } from './records';
import type { Hub } from './schema';

/** What the figures need of one team: its model type and what its last bundle sent. */
export interface TeamCases {
  model: ModelType | null;
  cases: readonly CaseMonth[];
  meetings: readonly TaskTeamMeeting[];
}

const MONTHS = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1 });
const shown = (c: Cell) => (c === HIDDEN ? HIDDEN : String(c));
const bar = (label: string, c: Cell): BarRow => ({ label, value: c === HIDDEN ? 0 : c, display: shown(c) });

function chartsOf(f: Omit<HubModelFigures, 'charts'>): ChartFigure[] {
  const figure = (id: ChartFigure['id'], title: string, columns: readonly [string, string], rows: BarRow[]): ChartFigure => ({
    id,
    title,
    svg: barChart({ title, rows }),
    columns,
    rows: rows.map((r) => ({ label: r.label, display: r.display })),
  });
  return [
    figure('cases', CHART.hubCases, CHART.hubColumns, [bar(CHART.referredInYear, f.referred), bar(CHART.closedInYear, f.closed), bar(CHART.zzkMeetings, f.meetings)]),
    figure('closures', CHART.closures, CHART.columns.closures, CLOSE_REASONS.filter((r) => f.closedByReason[r] !== 0).map((r) => bar(CLOSE_REASON_WORD[r], f.closedByReason[r]))),
  ];
}

/** One model type's teams pooled for one year, protected. */
function modelFigures(model: ModelType | null, teams: readonly TeamCases[], year: number): HubModelFigures {
  const inYear = (month: string) => month.startsWith(`${year}-`);
  let referred = 0;
  let meetings = 0;
  const closed = Object.fromEntries(CLOSE_REASONS.map((r) => [r, 0])) as Record<CloseReason, number>;
  const durations: number[] = [];
  for (const t of teams) {
    for (const m of t.cases.filter((c) => inYear(c.month))) {
      referred += m.referred;
      for (const r of CLOSE_REASONS) closed[r] += m.closed[r] ?? 0;
      for (const [months, count] of m.durations) for (let i = 0; i < count; i++) durations.push(months);
    }
    meetings += t.meetings.filter((m) => inYear(m.date.slice(0, 7))).length;
  }
  const closedTotal = CLOSE_REASONS.reduce((s, r) => s + closed[r], 0);
  const sum = protectSum(closed, closedTotal);
  const figures = {
    model,
    teams: teams.length,
    referred: protectCount(referred),
    meetings: protectCount(meetings),
    closed: sum.total,
    closedByReason: sum.parts,
    completedShare: protectShare(sum.parts.completed, sum.total),
    // The durations are of the closed cases that have a referral date; their median is given only for 3 or more.
    medianMonths: protectMedian(median(durations), durations.length, sum.total),
  };
  return { ...figures, charts: chartsOf(figures) };
}

/** The figures of a year (by default the latest with any): one entry per model type that has teams. */
export function regionalCaseFigures(teams: readonly TeamCases[], year?: number): HubCaseFigures {
  const years = [...new Set(teams.flatMap((t) => [...t.cases.map((c) => c.month), ...t.meetings.map((m) => m.date)]).map((d) => Number(d.slice(0, 4))))].sort((a, b) => b - a);
  const chosen = year ?? years[0] ?? null;
  if (chosen === null) return { years, year: null, models: [] };
  const models = [...MODEL_TYPES, null].filter((m) => teams.some((t) => t.model === m));
  return { years, year: chosen, models: models.map((m) => modelFigures(m, teams.filter((t) => t.model === m), chosen)) };
}

const taskTeamMeetings = z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), institutions: z.int() }));

/** Every team that has sent its team record: its model type, and the case counts and meetings of its last bundle. */
export async function hubTeamCases(hub: Hub): Promise<TeamCases[]> {
  const rows = await hub.db.selectFrom('hubTeam').select(['id', 'taskTeamMeetings']).orderBy('teryt').execute();
  const out: TeamCases[] = [];
  for (const row of rows) {
    const team = [...(await teamRecords(hub, row.id, ['team'])).team.values()][0];
    if (!team) continue;
    let meetings: TaskTeamMeeting[] = [];
    try {
      const parsed = taskTeamMeetings.safeParse(JSON.parse(row.taskTeamMeetings ?? '[]'));
      if (parsed.success) meetings = parsed.data;
    } catch {
      // Not what 0005 stores: no meetings counted for this team.
    }
    out.push({ model: team.modelType ?? null, cases: await casesOf(hub, row.id), meetings });
  }
  return out;
}

const modelWord = (m: ModelType | null) => MODEL_WORD[m ?? 'none'];
const share = (v: number | typeof HIDDEN | null) => (v === null ? '' : v === HIDDEN ? HIDDEN : String(Math.round(v * 100)));
const months = (v: number | typeof HIDDEN | null) => (v === null ? '' : v === HIDDEN ? HIDDEN : MONTHS.format(v));

/** The table the CSV and the XLSX carry: the cells of the screen, one row per model type, and the note on "x". */
export function caseFiguresTable(f: HubCaseFigures): string[][] {
  const header = [C.year, C.model, C.teams, C.referred, C.meetings, C.closed, ...CLOSE_REASONS.map((r) => `${C.closed}: ${CLOSE_REASON_WORD[r]}`), C.completedShare, C.medianMonths];
  const rows = f.models.map((m) => [
    String(f.year ?? ''),
    modelWord(m.model),
    String(m.teams),
    shown(m.referred),
    shown(m.meetings),
    shown(m.closed),
    ...CLOSE_REASONS.map((r) => shown(m.closedByReason[r])),
    share(m.completedShare),
    months(m.medianMonths),
  ]);
  return [header, ...rows, [], [CHART.hiddenNote]];
}

export async function caseFiguresFile(f: HubCaseFigures, format: 'csv' | 'xlsx'): Promise<DocumentFile> {
  const table = caseFiguresTable(f);
  const name = `wskazniki_spraw_${f.year ?? 'brak'}`;
  if (format === 'csv') return documentFile(`${name}.csv`, 'text/csv', writeCsv(table));
  return documentFile(`${name}.xlsx`, XLSX_MEDIA_TYPE, await writeXlsx([{ name: `Sprawy ${f.year ?? ''}`.trim(), rows: table }]));
}
