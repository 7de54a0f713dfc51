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
