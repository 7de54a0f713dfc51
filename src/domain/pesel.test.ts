import { describe, expect, it } from 'vitest';
import { containsPeselLikeNumber, isValidPesel } from './pesel';

describe('PESEL', () => {
  it('checks the checksum', () => {
    expect(isValidPesel('44051401458')).toBe(true);
    expect(isValidPesel('02070803628')).toBe(true);
    expect(isValidPesel('44051401459')).toBe(false);
    expect(isValidPesel('4405140145')).toBe(false);
  });
  it('finds 11-digit runs, even split by separators', () => {
    expect(containsPeselLikeNumber('R-44051401458')).toBe(true);
    expect(containsPeselLikeNumber('440514-01458')).toBe(true);
    expect(containsPeselLikeNumber('RODZ-2026-07')).toBe(false);
  });
});
