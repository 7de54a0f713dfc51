// Issue 17.5: what the hub shows of case work hides 1 and 2 and every cell from which one could be worked out.
// The attacker's side, written out: they see the shown cells, know the rule (so: a hidden cell is at least 1,
// zeros are never hidden) and that the total is the sum of its parts. A hidden cell is safe when more than one
// value of it fits all of that.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { possibleValues } from '../../test/disclosure';
import { HIDDEN, MIN_COUNT, protectCount, protectMedian, protectShare, protectSum, yearComplete } from './disclosure';

const partsArb = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 7 });

describe('disclosure control', () => {
  it('a year is published when it has ended and every team of the type has sent a bundle made after its end, or after 31 March', () => {
    expect(yearComplete(2026, '2026-12-31', ['2026-12-31'])).toBe(false);
    expect(yearComplete(2026, '2027-01-01', ['2027-01-01', '2027-01-05'])).toBe(true);
    expect(yearComplete(2026, '2027-03-01', ['2027-01-05', '2026-12-30'])).toBe(false);
    expect(yearComplete(2026, '2027-03-01', ['2027-01-05', null])).toBe(false);
    expect(yearComplete(2026, '2027-03-01', [])).toBe(false);
    expect(yearComplete(2025, '2027-03-01', ['2026-01-02'])).toBe(true);
    // After the last call (31 March), with what the teams have sent: a team that stopped holds nothing back.
    expect(yearComplete(2026, '2027-03-31', ['2027-01-05', '2026-06-30'])).toBe(false);
    expect(yearComplete(2026, '2027-04-01', ['2027-01-05', '2026-06-30'])).toBe(true);
    expect(yearComplete(2026, '2027-04-01', [null])).toBe(true);
  });

  it('a count alone: 1 and 2 hidden, 0 and 3 shown', () => {
    expect([0, 1, 2, 3, 10].map(protectCount)).toEqual([0, HIDDEN, HIDDEN, 3, 10]);
  });

  it('a sum and its parts: no shown count is 1 or 2, and no hidden one can be worked out', () => {
    fc.assert(
      fc.property(partsArb, (values) => {
        const keys = values.map((_, i) => `r${i}`);
        const parts = Object.fromEntries(keys.map((k, i) => [k, values[i]!]));
        const total = values.reduce((s, v) => s + v, 0);
        const out = protectSum(parts, total);
        const cells = keys.map((k) => out.parts[k]!);
        // Shown cells are exact, and never small.
        for (const [i, c] of cells.entries()) if (c !== HIDDEN) expect(c).toBe(values[i]);
        for (const c of [...cells, out.total]) if (c !== HIDDEN) expect(c === 0 || c >= MIN_COUNT).toBe(true);
        // Zeros are never hidden (a hidden zero would be a wasted cell and tell nothing).
        for (const [i, c] of cells.entries()) if (values[i] === 0) expect(c).toBe(0);
        const limit = total + 5;
        for (const [i, c] of cells.entries()) {
          if (c !== HIDDEN) continue;
          const possible = possibleValues(cells, out.total, i, limit);
          expect(possible).toContain(values[i]);
          expect(possible.length, `part ${i} of ${JSON.stringify(values)} → ${JSON.stringify(out)}`).toBeGreaterThan(1);
        }
        if (out.total === HIDDEN) {
          const possible = possibleValues(cells, out.total, 'total', limit);
          expect(possible).toContain(total);
          expect(possible.length, `total of ${JSON.stringify(values)}`).toBeGreaterThan(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the cases the rule is made of', () => {
    // One small part beside a shown total: a second part goes with it.
    expect(protectSum({ a: 1, b: 5, c: 7 }, 13)).toEqual({ parts: { a: HIDDEN, b: HIDDEN, c: 7 }, total: 13 });
    // Two parts of 1 beside a shown total would both be 1: a third goes with them.
    expect(protectSum({ a: 1, b: 1, c: 4, d: 9 }, 15)).toEqual({ parts: { a: HIDDEN, b: HIDDEN, c: HIDDEN, d: 9 }, total: 15 });
    // A small total hides its parts with it.
    expect(protectSum({ a: 2, b: 0 }, 2)).toEqual({ parts: { a: HIDDEN, b: 0 }, total: HIDDEN });
    // A single nonzero part: the total is the part, so the total goes too.
    expect(protectSum({ a: 1, b: 0, c: 0 }, 1)).toEqual({ parts: { a: HIDDEN, b: 0, c: 0 }, total: HIDDEN });
    expect(protectSum({ a: 1, b: 3 }, 4)).toEqual({ parts: { a: HIDDEN, b: HIDDEN }, total: 4 });
    expect(protectSum({ a: 0, b: 3, c: 4 }, 7)).toEqual({ parts: { a: 0, b: 3, c: 4 }, total: 7 });
  });

  it('shares and medians from fewer than 3, or from a hidden count, are hidden', () => {
    expect(protectShare(3, 4)).toBe(0.75);
    expect(protectShare(HIDDEN, 10)).toBe(HIDDEN);
    expect(protectShare(0, HIDDEN)).toBe(HIDDEN);
    expect(protectShare(0, 0)).toBeNull();
    expect(protectMedian(4, 3, 3)).toBe(4);
    expect(protectMedian(4, 2, HIDDEN)).toBe(HIDDEN);
    expect(protectMedian(4, 5, HIDDEN)).toBe(HIDDEN);
    expect(protectMedian(null, 0, 0)).toBeNull();
  });
});
