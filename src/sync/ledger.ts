// The write-session ledger: which process session wrote each seq. A team database records a new
// session at the first write of every app start or CLI command; a bundle carries the sessions of its
// range, and the hub keeps those of what it acknowledged. A copy restored from an older backup writes
// under a session of its own where the original wrote under another: where the two ledgers disagree on
// a seq, the installation has forked (FORK). Superseded writes never travel, yet the ledger says who
// made every seq, so the check needs no history.

export interface LedgerPoint {
  /** From this seq on (until the next point), writes were made by `session`. */
  fromSeq: number;
  session: string;
}

export type Ledger = readonly LedgerPoint[];

/** The session that made `seq`, or null before the first point. Points are sorted by fromSeq. */
export function sessionAt(ledger: Ledger, seq: number): string | null {
  let found: string | null = null;
  for (const p of ledger) {
    if (p.fromSeq > seq) break;
    found = p.session;
  }
  return found;
}

/** The first seq in [lo, hi] where the two ledgers name different sessions, or null if none. */
export function firstDisagreement(a: Ledger, b: Ledger, lo: number, hi: number): number | null {
  if (lo > hi) return null;
  const points = [lo, ...a.map((p) => p.fromSeq), ...b.map((p) => p.fromSeq)].filter((p) => p >= lo && p <= hi);
  for (const p of [...new Set(points)].sort((x, y) => x - y)) if (sessionAt(a, p) !== sessionAt(b, p)) return p;
  return null;
}

/** The points of `ledger` that describe [lo, hi]: the one in force at lo (moved to lo), then the rest. */
export function clip(ledger: Ledger, lo: number, hi: number): LedgerPoint[] {
  if (lo > hi) return [];
  const first = sessionAt(ledger, lo);
  const rest = ledger.filter((p) => p.fromSeq > lo && p.fromSeq <= hi);
  return first === null ? rest : [{ fromSeq: lo, session: first }, ...rest];
}

/** `known` extended by what `added` says of [lo, hi], without points that change nothing. */
export function merge(known: Ledger, added: Ledger, lo: number, hi: number): LedgerPoint[] {
  const out = known.filter((p) => p.fromSeq < lo || p.fromSeq > hi).map((p) => ({ ...p }));
  for (const p of clip(added, lo, hi)) out.push(p);
  out.sort((x, y) => x.fromSeq - y.fromSeq);
  return out.filter((p, i) => i === 0 || out[i - 1]!.session !== p.session);
}
