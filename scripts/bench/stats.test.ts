import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, range, seededRandom, shuffled } from './stats.ts';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(range([3, 9, 1])).toEqual([1, 9]);
  });

  it('shuffles into a permutation, the same one for the same seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const a = shuffled(items, seededRandom(seed));
        expect([...a].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
        expect(shuffled(items, seededRandom(seed))).toEqual(a);
      }),
      { seed: 12 },
    );
  });

  it('does not leave the order as it was (so loads of one page are not all together)', () => {
    const items = Array.from({ length: 27 }, (_, i) => i);
    expect(shuffled(items, seededRandom(1))).not.toEqual(items);
  });
});
