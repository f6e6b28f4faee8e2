import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountCloseness, formatGbp, shareOf } from './guess-amount-closeness.ts';
import { formatMoney } from './format.ts';

describe('amountCloseness', () => {
  it('says what was guessed, the real part and its share of the whole, and how far off, in one sentence', () => {
    expect(amountCloseness(100e6, 75e6, 150e6, 'the new money')).toBe(
      'You guessed £100m; the new money was £75m, half of the £150m: your guess was £25m too high.',
    );
    expect(amountCloseness(0, 75e6, 150e6, 'the new money')).toBe(
      'You guessed £0; the new money was £75m, half of the £150m: your guess was £75m too low.',
    );
    expect(amountCloseness(75e6, 75e6, 150e6, 'the new money')).toBe(
      'You guessed £75m; the new money was £75m, half of the £150m: your guess was exactly right.',
    );
  });

  it('names the direction and the gap for any guess', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 400 })
          .chain((whole) =>
            fc.tuple(fc.constant(whole), fc.integer({ min: 0, max: whole }), fc.integer({ min: 0, max: whole })),
          ),
        ([whole, actual, guess]) => {
          const text = amountCloseness(guess * 1e6, actual * 1e6, whole * 1e6, 'the part');
          expect(text).toMatch(
            /^You guessed £[\d,.]+m?; the part was £[\d,.]+m?, .+ of the £[\d,.]+m: your guess was /,
          );
          if (guess > actual) expect(text).toContain(`${formatGbp((guess - actual) * 1e6)} too high.`);
          else if (guess < actual) expect(text).toContain(`${formatGbp((actual - guess) * 1e6)} too low.`);
          else expect(text).toContain('exactly right.');
        },
      ),
      { seed: 13 },
    );
  });
});

describe('shareOf', () => {
  it('names simple fractions, and rounds the rest to a per cent', () => {
    expect(shareOf(75, 150)).toBe('half');
    expect(shareOf(1, 4)).toBe('a quarter');
    expect(shareOf(2, 3)).toBe('two thirds');
    expect(shareOf(150, 150)).toBe('all');
    expect(shareOf(0, 150)).toBe('none');
    expect(shareOf(63, 150)).toBe('about 42 per cent');
    expect(shareOf(1, 1000)).toBe('less than 1 per cent');
    expect(shareOf(999, 1000)).toBe('more than 99 per cent');
  });
});

describe('formatGbp', () => {
  it('writes pounds exactly as the rest of the site does (£150m, £4.7bn, £5.77m, £20,520)', () => {
    expect(formatGbp(150e6)).toBe('£150m');
    expect(formatGbp(4.7e9)).toBe('£4.7bn');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 999_999 }),
          fc.integer({ min: 1, max: 99_999 }).map((n) => n * 10_000),
          fc.integer({ min: 0, max: 50_000_000_000 }),
        ),
        (n) => formatGbp(n) === formatMoney(n, 'gbp'),
      ),
      { seed: 13 },
    );
  });
});
