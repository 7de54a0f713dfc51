// Charts drawn once, in the core, as SVG text (issue 17.4): the statistics screen shows it as it is and the
// period report embeds the same text, so both show the same picture. No DOM: d3-scale computes the
// geometry, this file writes the elements. Every label is escaped; the numbers are also in a table beside.
import { scaleBand, scaleLinear } from 'd3-scale';
import { CHART } from '../domain/report.pl';

export interface BarRow {
  label: string;
  value: number;
  /** What is printed at the bar's end ("12", "75%", "3 z 4"). */
  display: string;
}

export interface BarChartInput {
  /** The accessible name (the figure's title). */
  title: string;
  rows: readonly BarRow[];
  /** The axis's end; by default the largest value (1 for shares). */
  max?: number;
}

const WIDTH = 640;
const LABEL_WIDTH = 230;
// Room for "100% (12 z 12)" at the longest bar's end; no grid lines, which would strike through these values.
const VALUE_WIDTH = 90;
const ROW = 26;
const PAD = 8;
const FONT = 'Roboto, "Segoe UI", Arial, sans-serif';
// 4.5:1 and more on white (WCAG 2.1 AA for the text, 3:1 for the bars).
const BAR = '#1f5fa8';
const TEXT = '#1a1a1a';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A long label is cut with an ellipsis at a width the label column holds (the table beside has it whole). */
function fit(label: string, chars = 34): string {
  return label.length > chars ? `${label.slice(0, chars - 1).trimEnd()}…` : label;
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Horizontal bars, one per row, the label on the left and the value at the bar's end. */
export function barChart({ title, rows, max }: BarChartInput): string {
  const height = PAD * 2 + Math.max(1, rows.length) * ROW;
  const top = Math.max(max ?? 0, ...rows.map((r) => r.value), 1);
  const x = scaleLinear().domain([0, top]).range([LABEL_WIDTH, WIDTH - VALUE_WIDTH]);
  const y = scaleBand<number>().domain(rows.map((_, i) => i)).range([PAD, height - PAD]).paddingInner(0.25).paddingOuter(0.1);
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const top = y(i)!;
    const middle = top + y.bandwidth() / 2;
    const end = x(Math.max(0, row.value));
    parts.push(
      `<text x="${LABEL_WIDTH - 8}" y="${num(middle)}" dy="0.35em" text-anchor="end" font-size="12" fill="${TEXT}">${escape(fit(row.label))}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${num(top)}" width="${num(Math.max(row.value > 0 ? 2 : 0, end - LABEL_WIDTH))}" height="${num(y.bandwidth())}" fill="${BAR}"/>`,
      `<text x="${num(end + 6)}" y="${num(middle)}" dy="0.35em" font-size="12" fill="${TEXT}">${escape(row.display)}</text>`,
    );
  });
  if (rows.length === 0) parts.push(`<text x="${LABEL_WIDTH}" y="${num(height / 2)}" dy="0.35em" font-size="12" fill="${TEXT}">${CHART.empty}</text>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family='${FONT}' role="img" aria-label="${escape(title)}">` +
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>` +
    `<line x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH}" y1="${PAD}" y2="${height - PAD}" stroke="${TEXT}" stroke-width="1"/>` +
    parts.join('') +
    '</svg>'
  );
}
