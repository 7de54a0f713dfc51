// Lokalny Koszyk Usług (issue 16.4): the partners' catalogue of services. Its fixed lists (target groups,
// problem areas, ways to refer), when an offer needs verifying, and how an offer is found. The Polish words
// are in ./basket.pl.ts.
import { foldChars, foldText, queryTerms } from './search';

export const TARGET_GROUPS = ['children', 'families', 'seniors', 'disabled', 'unemployed', 'homeless', 'violence', 'addiction', 'other'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The problem areas follow the grounds of art. 7 of the social assistance act, plus the partners' own fields. */
export const PROBLEM_AREAS = [
  'poverty',
  'unemployment',
  'domestic_violence',
  'addiction',
  'disability',
  'illness',
  'parenting',
  'homelessness',
  'crisis',
  'education',
  'mental_health',
  'housing',
  'other',
] as const;
export type ProblemArea = (typeof PROBLEM_AREAS)[number];

export const REFERRAL_WAYS = ['referral', 'in_person', 'phone', 'email', 'other'] as const;
export type ReferralWay = (typeof REFERRAL_WAYS)[number];

export const OFFER_COSTS = ['free', 'paid', 'partly'] as const;
export type OfferCost = (typeof OFFER_COSTS)[number];

/** An offer not verified for this many months is flagged. */
export const VERIFY_EVERY_MONTHS = 12;

/** The day an offer verified on `verifiedOn` needs verifying again. */
export function verifyBy(verifiedOn: string): string {
  const [y, m, d] = verifiedOn.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + VERIFY_EVERY_MONTHS, d));
  return date.toISOString().slice(0, 10);
}

/**
 * Why an offer cannot be relied on today: not verified for 12 months (or never), or its institution has left
 * the team (its offers go stale with it); null when it is current.
 */
export function staleness(offer: { verifiedOn: string | null }, institutionLeft: boolean, today: string): 'institution_left' | 'not_verified' | null {
  if (institutionLeft) return 'institution_left';
  if (offer.verifiedOn === null || verifyBy(offer.verifiedOn) <= today) return 'not_verified';
  return null;
}

/** Parses a stored list column (a JSON array of known values); anything else reads as none. */
export function listOf<T extends string>(json: string, known: readonly T[]): T[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((v): v is T => typeof v === 'string' && (known as readonly string[]).includes(v)) : [];
  } catch {
    return [];
  }
}

/** Whether an offer's texts hold every word of the query, diacritics-blind ("kto moze pomoc w mieszkaniu"). */
export function matchesQuery(texts: ReadonlyArray<string | null>, query: string): boolean {
  const terms = queryTerms(query);
  if (terms.length === 0) return true;
  const folded = foldText(texts.filter(Boolean).join(' '));
  // A term begins a word: at the start, or after a character that is no letter or digit.
  return terms.every((t) => {
    for (let at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1)) if (at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!)) return true;
    return false;
  });
}

/** The basket's spreadsheet columns (issue 16.4), in the order the export writes them. */
export const BASKET_FIELDS = [
  'institution',
  'service',
  'description',
  'targetGroups',
  'otherTarget',
  'problemAreas',
  'accessCriteria',
  'referralWays',
  'whereWhen',
  'cost',
  'capacity',
  'contactPhone',
  'contactEmail',
  'verifiedOn',
] as const;
export type BasketField = (typeof BASKET_FIELDS)[number];
/** Without these a file is not a basket: the import refuses it. */
export const BASKET_REQUIRED_FIELDS = ['institution', 'service'] as const satisfies readonly BasketField[];

/** The key two offers of one institution are the same service by: their names, case- and diacritics-blind. */
export const offerKey = (institution: string, service: string) => `${foldChars(institution.trim()).toLowerCase()}\u0000${foldChars(service.trim()).toLowerCase()}`;

/**
 * A list cell ("rodziny z dziećmi, osoby starsze") read as codes by their words, case- and diacritics-blind
 * (the codes themselves are read too); `unknown` holds the parts that are neither.
 */
export function readList<T extends string>(cell: string, words: Record<T, string>): { values: T[]; unknown: string[] } {
  const byWord = new Map<string, T>();
  for (const [code, word] of Object.entries(words) as Array<[T, string]>) {
    byWord.set(foldChars(word).toLowerCase(), code);
    byWord.set(code.toLowerCase(), code);
  }
  const values: T[] = [];
  const unknown: string[] = [];
  for (const part of cell.split(/[;,\n]/).map((p) => p.trim()).filter(Boolean)) {
    const code = byWord.get(foldChars(part).toLowerCase());
    if (code === undefined) unknown.push(part);
    else if (!values.includes(code)) values.push(code);
  }
  return { values, unknown };
}
