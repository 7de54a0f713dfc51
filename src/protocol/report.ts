// The yearly report ("Sprawozdanie z działalności PZK za rok …", issue 13.6) as a pdfmake definition;
// the DOCX is translated from the same definition (./docx.ts).
import type { Content, DocDefinition } from './content';
import { DOC, longDate, SECTOR_WORD, shortDate, titleLocativeOf } from '../domain/documents.pl';
import { CHART, REPORT } from '../domain/report.pl';
import { PZK_MEETING_TYPES, type MeetingKind, type PzkMeetingType } from '../domain/enums';
import { namedTypeWord, PZK_TYPE_WORD } from '../domain/meetingTypes.pl';
import { meetingNumber } from '../domain/rules';
import { SUPPORT_KINDS } from '../domain/support';
import { SUPPORT_KIND_WORD } from '../domain/support.pl';
import type { ProtocolSettings, SupportView, Team, TeamStatistics } from '../domain/types';

const PERCENT = new Intl.NumberFormat('pl-PL', { style: 'percent', maximumFractionDigits: 0 });
const HOURS = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2 });

interface ReportInput {
  team: Team;
  settings: ProtocolSettings;
  /** The period; `year` when it is a whole calendar year ("za rok 2026"). */
  period: { from: string; to: string; year: number | null };
  stats: TeamStatistics;
  /** Meetings that took place: numbered (DECISIONS 12). */
  meetings: Array<{ kind: MeetingKind; pzkType: PzkMeetingType | null; seqInYear: number | null; year: number; date: string }>;
  issuedOn: string;
  /** The support the team received in the year, by kind (issue 17.4). */
  support: SupportView['sums'];
}

const table = (widths: Array<string | number>, header: readonly string[], rows: Content[][]): Content => ({
  table: { headerRows: 1, widths, dontBreakRows: true, body: [header.map((h) => ({ text: h, style: 'th' })), ...rows] },
  layout: 'lightHorizontalLines',
  margin: [0, 2, 0, 8],
});

export function reportDocument({ team, settings, period, stats, meetings, support, issuedOn }: ReportInput): DocDefinition {
  let n = 0;
  const h2 = (title: string): Content => ({ text: DOC.section(++n, title), style: 'h2' });
  const content: Content[] = [
    { text: REPORT.issued(team.gminaName, longDate(issuedOn)), alignment: 'right', margin: [0, 0, 0, 16] },
    { text: REPORT.title, style: 'title' },
    {
      text: period.year !== null ? REPORT.of(titleLocativeOf(team), period.year) : REPORT.ofPeriod(titleLocativeOf(team), shortDate(period.from), shortDate(period.to)),
      style: 'subtitle',
      margin: [0, 2, 0, 14],
    },
    h2(REPORT.meetings),
    { text: REPORT.meetingsHeld(stats.meetings.pzk, stats.meetings.zzk, stats.meetings.other, team.modelType), margin: [0, 0, 0, 4] },
    ...(stats.meetings.pzk ? [{ text: REPORT.byType(PZK_MEETING_TYPES.filter((t) => stats.pzkTypes[t]).map((t) => [PZK_TYPE_WORD[t], stats.pzkTypes[t]] as const)), margin: [0, 0, 0, 4] } as Content] : []),
    meetings.length
      ? table([24, '*', 90], REPORT.meetingsHeader, meetings.map((m, i) => [`${i + 1}.`, REPORT.meetingName(m.kind, meetingNumber(m) ?? '—', namedTypeWord(m), team.modelType), shortDate(m.date)]))
      : { text: REPORT.none, italics: true },
    h2(REPORT.attendance),
    { text: REPORT.attendanceHelp, style: 'small', margin: [0, 0, 0, 4] },
    table(
      ['*', 120, 70, 60],
      REPORT.attendanceHeader,
      stats.institutions.map((i) => [i.name ?? DOC.noInstitution, i.sector ? SECTOR_WORD[i.sector] : '—', `${i.present} z ${i.expected}`, i.expected ? PERCENT.format(i.present / i.expected) : '—']),
    ),
    h2(REPORT.actionItems),
    { text: REPORT.actionItemsLine(stats.actionItems.opened, stats.actionItems.closed, stats.actionItems.openAtEnd, stats.actionItems.overdueAtEnd), margin: [0, 0, 0, 4] },
    { text: REPORT.decisions(stats.decisions) },
    h2(REPORT.support),
    support.total.sessions
      ? table(
          ['*', 80, 70, 80],
          REPORT.supportHeader,
          [...SUPPORT_KINDS.filter((k) => support.byKind[k].sessions).map((k) => [k, support.byKind[k]] as const), ['total', support.total] as const].map(([k, s]) => [
            k === 'total' ? { text: REPORT.supportTotal, bold: true } : SUPPORT_KIND_WORD[k],
            String(s.sessions),
            HOURS.format(s.hours),
            String(s.participants),
          ]),
        )
      : { text: REPORT.noSupport, italics: true },
    h2(REPORT.figures),
    { text: REPORT.monthsActive(stats.model.monthsActive), margin: [0, 0, 0, 4] },
    {
      text: REPORT.casesLine(
        stats.model.cases.referred,
        stats.model.cases.activeAtEnd,
        stats.model.cases.closed,
        stats.model.cases.completedShare === null ? '—' : PERCENT.format(stats.model.cases.completedShare),
        stats.model.cases.medianMonths,
      ),
      margin: [0, 0, 0, 6],
    },
    // The SVG the statistics screen shows, as it is; its numbers in a table beneath it. The heading goes
    // with the first chart, never alone at a page's foot.
    ...stats.charts.map((chart, i): Content => ({
      unbreakable: true,
      stack: [
        ...(i === 0 ? [h2(REPORT.charts)] : []),
        { text: CHART.caption(i + 1, chart.title), style: 'h3' },
        { svg: chart.svg, width: 480 },
        chart.rows.length ? table(['*', 140], chart.columns, chart.rows.map((r) => [r.label, r.display])) : { text: REPORT.noData, italics: true, margin: [0, 2, 0, 8] },
      ],
    })),
    {
      margin: [0, 40, 0, 0],
      columns: [
        { text: '', width: '*' },
        { width: 200, alignment: 'center', stack: [{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 190, y2: 0, lineWidth: 0.6 }] }, { text: REPORT.signature, style: 'small', margin: [0, 3, 0, 0] }] },
      ],
    },
  ];
  return {
    content,
    pageMargins: [56, settings.headerImage ? 86 : 48, 56, 52],
    header: settings.headerImage ? { image: settings.headerImage, fit: [480, 50], alignment: 'center', margin: [0, 18, 0, 0] } : undefined,
    footer: (current: number, total: number) => ({
      columns: [
        { text: settings.footerText, style: 'small', alignment: 'left' },
        { text: DOC.page(current, total), style: 'small', alignment: 'right', width: 90 },
      ],
      margin: [56, 16, 56, 0],
    }),
    defaultStyle: { fontSize: 10 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', characterSpacing: 0.5 },
      subtitle: { fontSize: 12, alignment: 'center' },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 2] },
      th: { bold: true, fontSize: 9.5, fillColor: '#eef1f5' },
      small: { fontSize: 8.5, color: '#333333' },
    },
  };
}
