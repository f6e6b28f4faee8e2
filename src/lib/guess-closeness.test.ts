import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closeness, formatCount } from './guess-closeness.ts';
import { formatValue } from './format.ts';

describe('closeness', () => {
  const labels = ['2021', '2022', '2023'];
  const actual = [28526, 45774, 29437];

  it('gives the average gap, the closest and furthest years, and the direction', () => {
    const text = closeness(labels, [30000, 20000, 29437], actual, 'the Home Office');
    // Gaps 1,474, 25,774 and 0: average 9,083.
    expect(text).toBe(
      'On average, each of your guesses was 9,083 away from the count. ' +
        'You were closest for 2023 (you guessed 29,437; the Home Office counted 29,437) and furthest for 2022 ' +
        '(you guessed 20,000; the Home Office counted 45,774). You guessed lower than the count in 1 of 3 years.',
    );
  });

  it('says so when every guess was low, or none was', () => {
    expect(closeness(labels, [0, 0, 0], actual, 'x')).toContain('You guessed lower than the count every year.');
    expect(closeness(labels, [60000, 60000, 60000], actual, 'x')).toContain('at or above the count every year.');
  });

  it('writes counts exactly as the rest of the site does (en-GB, grouped)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => formatCount(n) === formatValue(n, 'count')),
      { seed: 13 },
    );
  });
});
