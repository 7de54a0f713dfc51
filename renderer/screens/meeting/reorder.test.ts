import { describe, expect, it } from 'vitest';
import { moveId, reorderIds } from './reorder';

describe('agenda reordering', () => {
  it('drops items before or after a target', () => {
    expect(reorderIds(['a', 'b', 'c', 'd'], new Set(['d']), 'b', 'before')).toEqual(['a', 'd', 'b', 'c']);
    expect(reorderIds(['a', 'b', 'c', 'd'], new Set(['a']), 'c', 'after')).toEqual(['b', 'c', 'a', 'd']);
    expect(reorderIds(['a', 'b'], new Set(['a']), 'x', 'after')).toEqual(['a', 'b']);
  });
  it('moves one step with the keyboard, not past the ends', () => {
    expect(moveId(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});
