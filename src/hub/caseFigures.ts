// The region's case figures (issue 17.5): per model type and calendar year, the teams' exact monthly counts
// pooled, then protected (src/domain/disclosure.ts) before anything is shown, drawn or exported. One function
// makes the cells; the screen, the charts, the CSV and the XLSX all carry those cells and nothing else.
// A model type's year is published once, complete, and kept as published (hub_case_figures, hub 0006): pooled
// figures that moved with every bundle would show each team's own change.
import { z } from 'zod';
import { median } from '../domain/cases';
import type { CaseMonth, TaskTeamMeeting } from '../domain/caseFigures';
import { CLOSE_REASON_WORD } from '../domain/cases.pl';
import { longDate, shortDate } from '../domain/documents.pl';
import { HIDDEN, lastCallFor, protectCount, protectMedian, protectShare, protectSum, yearComplete, type Cell } from '../domain/disclosure';
import { CHART, HUB_CASE_COLUMN as C, HUB_CASE_PENDING, MODEL_WORD } from '../domain/report.pl';
import { CLOSE_REASONS, MODEL_TYPES, type CloseReason, type ModelType } from '../domain/enums';
import { XLSX_MEDIA_TYPE, type ChartFigure, type DocumentFile, type HubCaseFigures, type HubModelFigures, type HubPendingFigures, type HubPublishedFigures } from '../domain/types';
import { barChart, type BarRow } from '../services/charts';
import { localDate } from '../services/context';
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
  /** The local day the team made its last bundle (null: none yet). */
  sentOn: string | null;
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
function poolYear(model: ModelType | null, teams: readonly TeamCases[], year: number): HubModelFigures {
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

/** A model type's published figures of a year, as hub_case_figures keeps them (the charts are drawn from them). */
export interface PublishedFigures {
  model: ModelType | null;
  year: number;
  publishedOn: string;
  figures: Omit<HubModelFigures, 'charts'>;
}

const yearsOf = (teams: readonly TeamCases[]) =>
  [...new Set(teams.flatMap((t) => [...t.cases.map((c) => c.month), ...t.meetings.map((m) => m.date)]).map((d) => Number(d.slice(0, 4))))].sort((a, b) => b - a);
const modelsOf = (teams: readonly TeamCases[]) => [...MODEL_TYPES, null].filter((m) => teams.some((t) => t.model === m));
const samePublication = (a: { model: ModelType | null; year: number }, b: { model: ModelType | null; year: number }) => a.model === b.model && a.year === b.year;

/** What may be published `today` and was not: each model type's years with figures that are complete. */
export function toPublish(teams: readonly TeamCases[], published: readonly PublishedFigures[], today: string): PublishedFigures[] {
  const out: PublishedFigures[] = [];
  for (const model of modelsOf(teams)) {
    const mine = teams.filter((t) => t.model === model);
    for (const year of yearsOf(mine)) {
      if (published.some((p) => samePublication(p, { model, year })) || !yearComplete(year, today, mine.map((t) => t.sentOn))) continue;
      const { charts: _charts, ...figures } = poolYear(model, mine, year);
      out.push({ model, year, publishedOn: today, figures });
    }
  }
  return out;
}

/**
 * The figures of a year (by default the latest published one, else the latest with any): the model types
 * published for it, as they were published, and those still waiting, with why. Nothing computed from the
 * teams' current sums is shown.
 */
export function shownCaseFigures(teams: readonly TeamCases[], published: readonly PublishedFigures[], today: string, year?: number): HubCaseFigures {
  const years = [...new Set([...yearsOf(teams), ...published.map((p) => p.year)])].sort((a, b) => b - a);
  const latestPublished = published.reduce<number | null>((latest, p) => (latest === null || p.year > latest ? p.year : latest), null);
  const shownYear = year ?? latestPublished ?? years[0] ?? null;
  if (shownYear === null) return { years, year: null, models: [], pending: [] };
  const order = (m: ModelType | null) => (m === null ? MODEL_TYPES.length : MODEL_TYPES.indexOf(m));
  const models: HubPublishedFigures[] = published
    .filter((p) => p.year === shownYear)
    .sort((a, b) => order(a.model) - order(b.model))
    .map((p) => ({ ...p.figures, charts: chartsOf(p.figures), publishedOn: p.publishedOn }));
  const after = `${shownYear + 1}-01-01`;
  const pending: HubPendingFigures[] = modelsOf(teams)
    .filter((model) => !models.some((m) => m.model === model))
    .map((model) => teams.filter((t) => t.model === model))
    .filter((mine) => yearsOf(mine).includes(shownYear))
    .map((mine) => ({ model: mine[0]!.model, teams: mine.length, yearEnded: today >= after, waiting: mine.filter((t) => t.sentOn === null || t.sentOn < after).length, lastCall: lastCallFor(shownYear) }));
  return { years, year: shownYear, models, pending };
}

const taskTeamMeetings = z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), institutions: z.int() }));

/** Every team that has sent its team record: its model type, and the case counts and meetings of its last bundle. */
export async function hubTeamCases(hub: Hub): Promise<TeamCases[]> {
  const rows = await hub.db.selectFrom('hubTeam').select(['id', 'taskTeamMeetings', 'lastBundleAt', 'lastBundleMadeAt']).orderBy('teryt').execute();
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
    // A bundle imported before hub 0006 was made no later than it was imported.
    const sent = row.lastBundleMadeAt ?? row.lastBundleAt;
    out.push({ model: team.modelType ?? null, cases: await casesOf(hub, row.id), meetings, sentOn: sent === null ? null : localDate(new Date(sent)) });
  }
  return out;
}

const cell = z.union([z.int().nonnegative(), z.literal(HIDDEN)]);
const shareOrMedian = z.union([z.number(), z.literal(HIDDEN), z.null()]);
const StoredFiguresSchema = z.object({
  model: z.enum(MODEL_TYPES).nullable(),
  teams: z.int(),
  referred: cell,
  meetings: cell,
  closed: cell,
  closedByReason: z.record(z.enum(CLOSE_REASONS), cell),
  completedShare: shareOrMedian,
  medianMonths: shareOrMedian,
});

/** What the hub has published, as it was published (a row that does not read back is left out). */
async function publishedFigures(hub: Hub): Promise<PublishedFigures[]> {
  const rows = await hub.db.selectFrom('hubCaseFigures').selectAll().execute();
  const out: PublishedFigures[] = [];
  for (const row of rows) {
    let stored: unknown = null;
    try {
      stored = JSON.parse(row.figures);
    } catch {
      // Not what 0006 stores: left out, like a row of the wrong shape.
    }
    const parsed = StoredFiguresSchema.safeParse(stored);
    if (parsed.success) out.push({ model: parsed.data.model, year: row.year, publishedOn: row.publishedAt.slice(0, 10), figures: parsed.data });
  }
  return out;
}

/** Stores what is due `today` beside what was published; the whole list, as it now stands. */
async function publishDue(hub: Hub, teams: readonly TeamCases[], published: readonly PublishedFigures[], today: string): Promise<PublishedFigures[]> {
  const fresh = toPublish(teams, published, today);
  for (const p of fresh) {
    await hub.db
      .insertInto('hubCaseFigures')
      .values({ model: p.model ?? 'none', year: p.year, publishedAt: p.publishedOn, figures: JSON.stringify(p.figures) })
      .onConflict((oc) => oc.columns(['model', 'year']).doNothing())
      .execute();
  }
  return [...published, ...fresh];
}

/** Publishes every model type's year that is complete `now` (after each bundle accepted). */
export async function publishCaseFigures(hub: Hub, now: Date): Promise<void> {
  await publishDue(hub, await hubTeamCases(hub), await publishedFigures(hub), localDate(now));
}

/**
 * The figures the hub shows and exports for `year` (by default the latest published). A hub that may write
 * publishes what is due first (the last call of a year passes with no bundle coming in; a hub upgraded to 0006
 * holds years already complete); a read-only one shows what it has published.
 */
export async function hubCaseFigures(hub: Hub, now: Date, year?: number): Promise<HubCaseFigures> {
  const [teams, published, today] = [await hubTeamCases(hub), await publishedFigures(hub), localDate(now)];
  return shownCaseFigures(teams, hub.sqlite.readonly ? published : await publishDue(hub, teams, published, today), today, year);
}

const modelWord = (m: ModelType | null) => MODEL_WORD[m ?? 'none'];
const share = (v: number | typeof HIDDEN | null) => (v === null ? '' : v === HIDDEN ? HIDDEN : String(Math.round(v * 100)));
const months = (v: number | typeof HIDDEN | null) => (v === null ? '' : v === HIDDEN ? HIDDEN : MONTHS.format(v));

/** The table the CSV and the XLSX carry: the cells of the screen, one row per model type published, why the others are not, and the notes. */
export function caseFiguresTable(f: HubCaseFigures): string[][] {
  const header = [C.year, C.model, C.teams, C.referred, C.meetings, C.closed, ...CLOSE_REASONS.map((r) => `${C.closed}: ${CLOSE_REASON_WORD[r]}`), C.completedShare, C.medianMonths, C.publishedOn];
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
    shortDate(m.publishedOn),
  ]);
  const year = f.year ?? 0;
  const pending = f.pending.map((p) => [`${modelWord(p.model)}: ${p.yearEnded ? HUB_CASE_PENDING.bundlesMissing(year, p.waiting, longDate(p.lastCall)) : HUB_CASE_PENDING.yearRunning(year)}`]);
  return [header, ...rows, [], ...pending, [CHART.hiddenNote], [HUB_CASE_PENDING.rule]];
}

export async function caseFiguresFile(f: HubCaseFigures, format: 'csv' | 'xlsx'): Promise<DocumentFile> {
  const table = caseFiguresTable(f);
  const name = `wskazniki_spraw_${f.year ?? 'brak'}`;
  if (format === 'csv') return documentFile(`${name}.csv`, 'text/csv', writeCsv(table));
  return documentFile(`${name}.xlsx`, XLSX_MEDIA_TYPE, await writeXlsx([{ name: `Sprawy ${f.year ?? ''}`.trim(), rows: table }]));
}
