// The support a team receives (issue 17.4): trainings, coaching and supervision sessions, workshops —
// recorded as entries (the day, the kind, hours, how many took part, who gave it), never the participants'
// names, because that is how the regional centres report their projects ("201 hours of coaching for 16
// social workers"). Summed by kind over a period; the words are in ./support.pl.ts.

export const SUPPORT_KINDS = ['training', 'coaching', 'supervision', 'workshop', 'other'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export interface SupportSum {
  sessions: number;
  hours: number;
  participants: number;
}

const EMPTY: SupportSum = { sessions: 0, hours: 0, participants: 0 };

/** Sessions, hours and participants per kind and in all, of the entries dated within [from, to]. */
export function supportSums(entries: ReadonlyArray<{ date: string; kind: SupportKind; hours: number; participants: number }>, from: string, to: string): { byKind: Record<SupportKind, SupportSum>; total: SupportSum } {
  const byKind = Object.fromEntries(SUPPORT_KINDS.map((k) => [k, { ...EMPTY }])) as Record<SupportKind, SupportSum>;
  const total = { ...EMPTY };
  for (const e of entries) {
    if (e.date < from || e.date > to) continue;
    for (const sum of [byKind[e.kind], total]) {
      sum.sessions += 1;
      // Hours are kept to the quarter (a 1.25-hour session); summed without binary drift.
      sum.hours = Math.round((sum.hours + e.hours) * 100) / 100;
      sum.participants += e.participants;
    }
  }
  return { byKind, total };
}

/** The support of one month and kind, as the regional centre gets it (issue 17.5: sums, never rows). */
export interface SupportMonth extends SupportSum {
  month: string;
  kind: SupportKind;
}

/** Every month and kind with any support, in order: what a bundle carries of the support. */
export function supportByMonth(entries: ReadonlyArray<{ date: string; kind: SupportKind; hours: number; participants: number }>): SupportMonth[] {
  const months = new Map<string, SupportMonth>();
  for (const e of entries) {
    const key = `${e.date.slice(0, 7)} ${e.kind}`;
    const m = months.get(key) ?? { month: e.date.slice(0, 7), kind: e.kind, sessions: 0, hours: 0, participants: 0 };
    m.sessions += 1;
    m.hours = Math.round((m.hours + e.hours) * 100) / 100;
    m.participants += e.participants;
    months.set(key, m);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month) || SUPPORT_KINDS.indexOf(a.kind) - SUPPORT_KINDS.indexOf(b.kind));
}
