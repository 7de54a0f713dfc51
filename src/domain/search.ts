// Search text folding shared by the query builder and the excerpts. The index itself is folded in
// SQL (migrations/0002_search.ts: ł→l, then FTS5's unicode61 with remove_diacritics 2).

/** Folds one character at a time (so positions stay aligned with the original): case, Polish and
 *  other Latin diacritics, and ł, which Unicode does not decompose. */
export function foldChars(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** The same folding for a whole text, when positions need not stay aligned (matching, not excerpts): one pass of
 *  the engine's normalisation instead of one lookup per character (issue 16: 2,000 offers searched as one types). */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Characters folded so far (issue 12: normalising each character anew made excerpts cost ~2.7 ms
 *  a query); bounded to the alphabets below U+3000, where minutes are written. */
const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  const known = FOLDED.get(ch);
  if (known !== undefined) return known;
  const lower = ch.toLowerCase();
  const stripped = lower === 'ł' ? 'l' : lower.normalize('NFD').replace(/\p{M}/gu, '');
  const folded = stripped.length === 1 ? stripped : lower.length === 1 ? lower : ch;
  if (ch.charCodeAt(0) < 0x3000) FOLDED.set(ch, folded);
  return folded;
}

/** Words of a user's query, folded; punctuation and FTS syntax are dropped. */
export function queryTerms(query: string): string[] {
  return foldChars(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

/** An FTS5 MATCH expression: every term must occur, as a word prefix ("uchwal" finds "uchwała"). */
export function ftsQuery(terms: readonly string[]): string {
  return terms.map((t) => `"${t}"*`).join(' ');
}

/** About `width` characters of `text` around the first occurrence of any term. */
export function excerpt(text: string, terms: readonly string[], width = 160): string {
  const folded = foldChars(text);
  const hits = terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0);
  const at = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/**
 * `text` cut into runs, those that match a query term marked: a term matches at the start of a word,
 * as the search does ("lodz" marks "Łodzi"), whatever case or Polish letters were typed.
 */
export function markTerms(text: string, terms: readonly string[]): Array<{ text: string; hit: boolean }> {
  const folded = foldChars(text);
  // foldChars keeps one character per character (of the Basic Multilingual Plane): offsets match.
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const before = at > 0 ? folded[at - 1]! : ' ';
      if (/[\p{L}\p{N}]/u.test(before)) continue;
      for (let i = at; i < at + term.length && i < text.length; i++) marks[i] = true;
    }
  }
  const runs: Array<{ text: string; hit: boolean }> = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs.at(-1);
    if (last && last.hit === marks[i]) last.text += text[i];
    else runs.push({ text: text[i]!, hit: marks[i]! });
  }
  return runs;
}
