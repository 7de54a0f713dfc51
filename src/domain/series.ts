// A series of meetings (issue 13.3): "co drugi wtorek", "2. i 4. czwartek miesiąca" — its rule's
// vocabulary (the contract and the screens use it); the dates it gives are src/services/seriesDates.ts.

export const SERIES_EVERY = ['week', 'twoWeeks', 'month'] as const;
/** Weeks of a month a monthly series meets in; -1: the last. */
export const SERIES_WEEKS = [1, 2, 3, 4, -1] as const;
/** A series may plan at most this many meetings at once (two years of meetings twice a month). */
export const MAX_SERIES = 60;

export interface SeriesRule {
  every: (typeof SERIES_EVERY)[number];
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** For `month`: which weeks (1–4, -1 the last). */
  weeks: Array<(typeof SERIES_WEEKS)[number]>;
}
