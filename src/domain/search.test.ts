import { describe, expect, it } from 'vitest';
import { excerpt, foldChars, ftsQuery, markTerms, queryTerms } from './search';

describe('search folding', () => {
  it('folds case and every Polish letter, ł included, keeping positions', () => {
    expect(foldChars('Łódź, Uchwała ŻÓŁĆ ąęśńź')).toBe('lodz, uchwala zolc aesnz');
    expect(foldChars('Zażółć gęślą jaźń').length).toBe('Zażółć gęślą jaźń'.length);
  });

  it('turns a query into prefix terms and drops FTS syntax', () => {
    expect(queryTerms('  Uchwała "NEAR" OR łódź*  ')).toEqual(['uchwala', 'near', 'or', 'lodz']);
    expect(ftsQuery(['uchwala', 'lodz'])).toBe('"uchwala"* "lodz"*');
    expect(queryTerms('***')).toEqual([]);
  });

  it('cuts an excerpt around the first hit from the original text', () => {
    const text = `${'Wstęp. '.repeat(40)}Zespół przyjął uchwałę w sprawie Łodzi. ${'Koniec. '.repeat(40)}`;
    const cut = excerpt(text, ['lodzi'], 80);
    expect(cut).toContain('Łodzi');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('marks the matched words in an excerpt, whatever letters were typed (issue 11.12)', () => {
    expect(markTerms('Wyjazd do Łodzi i do lodówki.', queryTerms('lodz'))).toEqual([
      { text: 'Wyjazd do ', hit: false },
      { text: 'Łodz', hit: true },
      { text: 'i i do lodówki.', hit: false },
    ]);
    // Only at the start of a word, as the search matches.
    expect(markTerms('Zakład', ['klad']).some((r) => r.hit)).toBe(false);
  });
});
