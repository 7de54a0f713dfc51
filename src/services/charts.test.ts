// Issue 17.4: the bar chart is text computed in the core; the same input gives the same SVG, labels are
// escaped, the bars are proportional and an empty chart says so.
import { describe, expect, it } from 'vitest';
import { barChart } from './charts';

const rows = [
  { label: 'pomoc społeczna', value: 4, display: '4' },
  { label: 'edukacja', value: 2, display: '2' },
  { label: 'ochrona zdrowia', value: 1, display: '1' },
];

const widths = (svg: string) => [...svg.matchAll(/<rect x="230" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('barChart', () => {
  it('is deterministic, titled for screen readers, one bar per row in proportion', () => {
    const svg = barChart({ title: 'Instytucje partnerskie według sektora', rows });
    expect(barChart({ title: 'Instytucje partnerskie według sektora', rows })).toBe(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 \d+"/);
    expect(svg).toContain('role="img" aria-label="Instytucje partnerskie według sektora"');
    const [a, b, c] = widths(svg);
    expect(widths(svg)).toHaveLength(3);
    expect(a! / b!).toBeCloseTo(2, 5);
    expect(a! / c!).toBeCloseTo(4, 5);
    for (const r of rows) expect(svg).toContain(`>${r.label}</text>`);
  });

  it('escapes every label and value, and cuts a long label with an ellipsis', () => {
    const svg = barChart({ title: 'A "tytuł" <b>', rows: [{ label: `<script>&'"`, value: 1, display: '<1>' }, { label: 'Stowarzyszenie na rzecz rozwoju lokalnego gminy Zielonka', value: 1, display: '1' }] });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;&amp;&#39;&quot;');
    expect(svg).toContain('aria-label="A &quot;tytuł&quot; &lt;b&gt;"');
    expect(svg).toContain('>&lt;1&gt;</text>');
    expect(svg).toContain('>Stowarzyszenie na rzecz rozwoju l…</text>');
  });

  it('shares are drawn against the whole (max 1), zero gets no bar, no rows say there are no data', () => {
    const svg = barChart({ title: 'Frekwencja', rows: [{ label: 'a', value: 0.5, display: '50%' }, { label: 'b', value: 0, display: '0%' }], max: 1 });
    const [half, zero] = widths(svg);
    expect(half).toBeCloseTo((640 - 90 - 230) / 2, 5);
    expect(zero).toBe(0);
    const empty = barChart({ title: 'Sprawy zamknięte według przyczyny', rows: [] });
    expect(empty).toContain('>brak danych</text>');
    expect(widths(empty)).toEqual([]);
  });
});
