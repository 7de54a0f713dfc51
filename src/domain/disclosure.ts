// What the regional centre may show of case work (issue 17.5): counts under 3 are hidden, and so is every cell
// from which a hidden one could be worked out. The hub keeps the exact figures (it needs them to pool teams);
// everything it shows or exports goes through here.
//
// The figures are published as one table per model type and calendar year (teams pooled, no team's own row,
// no total across models or years: a total beside its parts, or one period beside another, would give a
// hidden count back by subtraction). The one sum inside the table is "closed = Σ closed by reason"; it is
// protected as a whole below.
//
// Over time: the pooled figures of a year that is still running, or of one whose teams have not all reported,
// change as each team's bundle comes in, and the change is that team's own. So a year's table of a model type is
// published once, when it is complete (yearComplete), and stays as it was published.

/** Counts under this are hidden (1 and 2: with so few, a family could be recognised). */
export const MIN_COUNT = 3;

/** A hidden cell, shown and exported as "x" (GUS's mark for a figure that is not given). */
export const HIDDEN = 'x' as const;
export type Cell = number | typeof HIDDEN;

const isSmall = (n: number) => n > 0 && n < MIN_COUNT;

/** One count on its own: hidden when it is 1 or 2. */
export const protectCount = (n: number): Cell => (isSmall(n) ? HIDDEN : n);

/**
 * A total and its parts (total = Σ parts). Primary: every part or total of 1 or 2 is hidden. Complementary,
 * until none can be worked out (hidden cells are known to be at least 1, zeros are never hidden):
 * - a hidden total needs a hidden part beside it (else it is the sum of the shown parts);
 * - with the total shown, hidden parts come two or more together and sum to more than their number (two
 *   hidden parts that must sum to 2 are both 1).
 * The extra part hidden is the smallest that is enough; when none is, the total.
 */
export function protectSum<K extends string>(parts: Readonly<Record<K, number>>, total: number): { parts: Record<K, Cell>; total: Cell } {
  const keys = Object.keys(parts) as K[];
  const hidden = new Set<K>(keys.filter((k) => isSmall(parts[k])));
  let totalHidden = isSmall(total);
  for (;;) {
    const shown = keys.filter((k) => !hidden.has(k) && parts[k] > 0).sort((a, b) => parts[a] - parts[b]);
    const sum = [...hidden].reduce((s, k) => s + parts[k], 0);
    if (totalHidden) {
      if (hidden.size > 0 || total === 0) break;
      hidden.add(shown[0]!);
      continue;
    }
    if (hidden.size === 0 || (hidden.size >= 2 && sum >= hidden.size + 1)) break;
    const need = hidden.size + 2 - sum;
    const enough = shown.find((k) => parts[k] >= need);
    if (enough !== undefined) hidden.add(enough);
    else totalHidden = true;
  }
  const out = Object.fromEntries(keys.map((k) => [k, hidden.has(k) ? HIDDEN : parts[k]])) as Record<K, Cell>;
  return { parts: out, total: totalHidden ? HIDDEN : total };
}

/** A share (part of whole) only when both are shown and the whole is at least 3; otherwise hidden (null: none). */
export function protectShare(part: Cell, whole: Cell): number | typeof HIDDEN | null {
  if (whole === 0) return null;
  if (part === HIDDEN || whole === HIDDEN || whole < MIN_COUNT) return HIDDEN;
  return part / whole;
}

/** A median of `count` values only when they are at least 3 and their number is shown; otherwise hidden. */
export function protectMedian(median: number | null, count: number, countCell: Cell): number | typeof HIDDEN | null {
  if (median === null || count === 0) return null;
  return count < MIN_COUNT || countCell === HIDDEN ? HIDDEN : median;
}

/**
 * The last day a year's figures wait for bundles: after it they are published with what the teams have sent, so
 * that a team that stopped sending cannot hold its type's year back for ever. A fixed day, known in advance:
 * publishing then tells nothing of any team.
 */
export const lastCallFor = (year: number) => `${year + 1}-03-31`;

/**
 * Whether a model type's year may be published: the year has ended (`today`, a local date, is in a later one)
 * and each of the type's teams has sent a bundle made after its end (`sentOn`: the local day each team made its
 * last bundle; null: none yet), or the last call for the year (lastCallFor) has passed. A type with no team has
 * nothing to publish.
 */
export function yearComplete(year: number, today: string, sentOn: ReadonlyArray<string | null>): boolean {
  const after = `${year + 1}-01-01`;
  if (today < after || sentOn.length === 0) return false;
  return today > lastCallFor(year) || sentOn.every((day) => day !== null && day >= after);
}
