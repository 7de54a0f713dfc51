import { describe, expect, it } from 'vitest';
import { parseMinutes } from './minutes';

describe('minutes to blocks', () => {
  it('keeps paragraphs and lists', () => {
    const text = 'Pierwszy akapit,\nciąg dalszy.\n\nDrugi akapit:\n- punkt a\n- punkt b\n  dopisek do b\n\n1. raz\n2. dwa';
    expect(parseMinutes(text)).toEqual([
      { kind: 'paragraph', text: 'Pierwszy akapit, ciąg dalszy.' },
      { kind: 'paragraph', text: 'Drugi akapit:' },
      { kind: 'bullets', items: ['punkt a', 'punkt b dopisek do b'] },
      { kind: 'numbers', items: ['raz', 'dwa'] },
    ]);
  });
  it('treats markup as plain text', () => {
    expect(parseMinutes('<script>alert(1)</script> javascript:alert(2)')).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script> javascript:alert(2)' },
    ]);
    expect(parseMinutes('')).toEqual([]);
  });
});
