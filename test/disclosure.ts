// The attacker's side of the disclosure tests (issue 17.5): what a hidden cell could be, from the shown cells,
// the rule (a hidden cell is at least 1; zeros are never hidden) and "total = Σ parts". Exact for one sum.
import { HIDDEN, type Cell } from '../src/domain/disclosure';

/** The values a hidden cell can take, from the shown cells and the rule alone (up to `limit`). */
export function possibleValues(parts: readonly Cell[], total: Cell, which: number | 'total', limit: number): number[] {
  const hiddenParts = parts.map((p, i) => [p, i] as const).filter(([p]) => p === HIDDEN).map(([, i]) => i);
  const shownSum = parts.reduce<number>((s, p) => s + (p === HIDDEN ? 0 : p), 0);
  const out: number[] = [];
  for (let v = 1; v <= limit; v++) {
    if (total === HIDDEN) {
      // Every hidden cell ≥ 1 and total = shown + hidden parts: does some assignment give `which` the value v?
      if (which === 'total') {
        const rest = v - shownSum;
        if (hiddenParts.length === 0 ? rest === 0 : rest >= hiddenParts.length) out.push(v);
      } else out.push(v); // the others at 1, the total follows
    } else {
      if (which === 'total') continue;
      const rest = total - shownSum - v;
      const others = hiddenParts.length - 1;
      if (others === 0 ? rest === 0 : rest >= others) out.push(v);
    }
  }
  return out;
}

