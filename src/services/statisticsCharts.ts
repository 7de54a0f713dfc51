// The statistics drawn (issue 17.4): one list of figures, each an SVG and the table of its numbers, made
// once from the figures; the screen shows them and the period report embeds the same SVG text.
import { CLOSE_REASONS, MEETING_KINDS, type ModelType } from '../domain/enums';
import { CLOSE_REASON_WORD } from '../domain/cases.pl';
import { DOC, SECTOR_WORD } from '../domain/documents.pl';
import { CHART } from '../domain/report.pl';
import { SUPPORT_KINDS, type supportSums } from '../domain/support';
import { SUPPORT_KIND_WORD } from '../domain/support.pl';
import { taskLevelOf } from '../domain/teamModel.pl';
import type { ChartFigure, TeamStatistics } from '../domain/types';
import { barChart, type BarRow } from './charts';

const PERCENT = new Intl.NumberFormat('pl-PL', { style: 'percent', maximumFractionDigits: 0 });
const HOURS = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1 });

const figure = (id: ChartFigure['id'], title: string, columns: readonly [string, string], rows: BarRow[], max?: number): ChartFigure => ({
  id,
  title,
  svg: barChart({ title, rows, ...(max !== undefined && { max }) }),
  columns,
  rows: rows.map((r) => ({ label: r.label, display: r.display })),
});

const share = (label: string, part: number, whole: number): BarRow => ({
  label,
  value: whole ? part / whole : 0,
  display: whole ? `${PERCENT.format(part / whole)} (${CHART.outOf(part, whole)})` : '—',
});

export function statisticsCharts(stats: Omit<TeamStatistics, 'charts'>, support: ReturnType<typeof supportSums>, model: ModelType | null): ChartFigure[] {
  const sector = (s: keyof typeof SECTOR_WORD | null) => (s ? SECTOR_WORD[s] : CHART.noSector);
  const kindWord = { pzk: 'posiedzenia PZK', zzk: `posiedzenia ${taskLevelOf(model).shortGenitive}`, other: 'inne spotkania' } as const;
  const { cases } = stats.model;
  return [
    figure('partners', CHART.partners, CHART.columns.partners, stats.model.partnersBySector.map((p) => ({ label: sector(p.sector), value: p.institutions, display: String(p.institutions) }))),
    figure('meetings', CHART.meetings, CHART.columns.meetings, MEETING_KINDS.map((k) => ({ label: kindWord[k], value: stats.meetings[k], display: String(stats.meetings[k]) }))),
    figure('attendanceSector', CHART.attendanceSector, CHART.columns.attendanceSector, stats.model.sectors.map((s) => share(sector(s.sector), s.present, s.expected)), 1),
    figure('attendanceInstitution', CHART.attendanceInstitution, CHART.columns.attendanceInstitution, stats.institutions.map((i) => share(i.name ?? DOC.noInstitution, i.present, i.expected)), 1),
    figure('cases', CHART.cases, CHART.columns.cases, [
      { label: CHART.referred, value: cases.referred, display: String(cases.referred) },
      { label: CHART.active, value: cases.activeAtEnd, display: String(cases.activeAtEnd) },
      { label: CHART.closed, value: cases.closed, display: String(cases.closed) },
    ]),
    figure('closures', CHART.closures, CHART.columns.closures, CLOSE_REASONS.filter((r) => cases.closedByReason[r] > 0).map((r) => ({ label: CLOSE_REASON_WORD[r], value: cases.closedByReason[r], display: String(cases.closedByReason[r]) }))),
    figure('tasksOnTime', CHART.tasksOnTime, CHART.columns.tasksOnTime, stats.model.tasksOnTime.map((t) => share(t.institution ?? DOC.noInstitution, t.onTime, t.due)), 1),
    figure('support', CHART.support, CHART.columns.support, SUPPORT_KINDS.filter((k) => support.byKind[k].sessions > 0).map((k) => ({ label: SUPPORT_KIND_WORD[k], value: support.byKind[k].hours, display: `${HOURS.format(support.byKind[k].hours)} h` }))),
  ];
}
