import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney } from '../lib/format.ts';
import { amountStep, guessAmount, guessAmountFrame } from './guess-amount.ts';
import { renderSvg } from './render.ts';
import { goldenSvg, legibilityProblems, textsOf } from './test-helpers.ts';
import type { RectMark } from './types.ts';

const format = (v: number) => formatMoney(v, 'gbp');
const options = {
  frame: guessAmountFrame,
  format,
  partLabel: 'New money',
  restLabel: 'Moved from another budget',
  guessLabel: 'Your guess',
};
/** A frozen fixture: the two-year total for the Border Security Command and its new part, as announced. */
const fixture = { part: 75_000_000, whole: 150_000_000 };
/** A whole of up to `most` million pounds, and a part of it, in millions. */
const wholeAndPart = (most: number) =>
  fc.integer({ min: 1, max: most }).chain((whole) => fc.tuple(fc.constant(whole), fc.integer({ min: 0, max: whole })));

describe('amountStep', () => {
  it('is a round amount that crosses the whole in 20 to 50 presses', () => {
    expect(amountStep(150_000_000)).toBe(5_000_000);
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 50_000_000_000 }), (whole) => {
        const step = amountStep(whole);
        expect(whole / step).toBeGreaterThan(20);
        expect(whole / step).toBeLessThanOrEqual(50);
        expect(String(step)).toMatch(/^[125]0*$/);
      }),
      { seed: 13 },
    );
  });
});

describe('guessAmount', () => {
  it('draws the real split where the browser puts the same amounts: the part solid, the rest hatched', () => {
    fc.assert(
      fc.property(wholeAndPart(10_000), ([wholeM, partM]) => {
        const [whole, part] = [wholeM * 1e6, partM * 1e6];
        const { answer, geometry: g } = guessAmount(part, whole, options);
        // The browser's formula (src/client/guess-amount.ts), from the geometry alone.
        const xOf = (v: number) => g.x0 + (v / g.max) * (g.x1 - g.x0);
        const bars = answer.marks.filter((m): m is RectMark => m.type === 'rect' && m.y === g.top);
        const solid = bars.find((m) => m.variant === undefined);
        const hatched = bars.find((m) => m.variant === 'hatched');
        if (part > 0) {
          expect(solid?.x).toBe(g.x0);
          expect(Math.abs((solid?.x ?? 0) + (solid?.width ?? 0) - xOf(part))).toBeLessThanOrEqual(0.15);
        } else expect(solid).toBeUndefined();
        if (part < whole) {
          expect(Math.abs((hatched?.x ?? 0) - xOf(part))).toBeLessThanOrEqual(0.1);
          expect(Math.abs((hatched?.x ?? 0) + (hatched?.width ?? 0) - g.x1)).toBeLessThanOrEqual(0.15);
          expect(answer.marks.some((m) => m.type === 'path' && m.variant === 'hatched')).toBe(true);
        } else expect(hatched).toBeUndefined();
        expect(g.max).toBe(whole);
        expect(g.x0).toBeGreaterThan(0);
        expect(g.x1).toBeLessThan(guessAmountFrame.width);
        expect(g.bottom).toBeGreaterThan(g.top);
      }),
      { seed: 13 },
    );
  });

  it('stays legible at a 320 px phone: no overlapping, cut-off or tiny text, in either layer', () => {
    fc.assert(
      fc.property(wholeAndPart(50_000), ([wholeM, partM]) => {
        const { question, answer } = guessAmount(partM * 1e6, wholeM * 1e6, options);
        expect(legibilityProblems(question, 'compact')).toEqual([]);
        expect(legibilityProblems(answer, 'compact')).toEqual([]);
      }),
      { seed: 13 },
    );
  });

  it('keeps the answer out of the question, and names both parts with their amounts in the answer', () => {
    const { question, answer } = guessAmount(fixture.part, fixture.whole, options);
    expect(textsOf(question)).toEqual(['£0', '£50m', '£100m', '£150m', 'Your guess']);
    // A label may wrap onto a second line at 300 units (it leaves room for a reader's text spacing).
    expect(textsOf(answer).join(' ')).toBe('New money: £75m Moved from another budget: £75m');
  });

  it('renders the same SVG as the reviewed golden files', async () => {
    const { question, answer } = guessAmount(fixture.part, fixture.whole, options);
    await expect(goldenSvg(renderSvg(question, { title: question.summary }))).toMatchFileSnapshot(
      '__snapshots__/guess-amount-question.svg',
    );
    await expect(goldenSvg(renderSvg(answer, { title: answer.summary }))).toMatchFileSnapshot(
      '__snapshots__/guess-amount-answer.svg',
    );
  });
});
