import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guess, guessFrame, guessScale } from './guess.ts';
import type { CircleMark } from './types.ts';

const format = (v: number) => v.toLocaleString('en-GB');
const options = { frame: guessFrame, format, categoryLabel: 'Year', valueLabel: 'People detected' };

describe('guessScale', () => {
  it('leaves room above the highest value, with 50 to 100 steps of a round size', () => {
    expect(guessScale([8466, 28526, 45774, 29437, 36816, 41472])).toEqual({ max: 60000, step: 1000 });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 10 }), (values) => {
        const { max, step } = guessScale(values);
        const highest = Math.max(...values);
        expect(max).toBeGreaterThanOrEqual(highest * 1.25);
        expect(max / step).toBeGreaterThanOrEqual(25);
        expect(max / step).toBeLessThanOrEqual(100);
        expect(Number.isInteger(max / step)).toBe(true);
        expect(String(step)).toMatch(/^[125]0*$/);
      }),
      { seed: 13 },
    );
  });
});

describe('guess', () => {
  it('gives the browser the geometry the build drew with: each real point sits where the slider maths puts its value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 2, maxLength: 8 }), (values) => {
        const [start = 0, ...rest] = values;
        const known = { label: '2020', value: start };
        const answers = rest.map((value, i) => ({ label: String(2021 + i), value }));
        const { answer, geometry } = guess(known, answers, options);
        const dots = answer.marks.filter((m): m is CircleMark => m.type === 'circle');
        expect(dots).toHaveLength(answers.length);
        dots.forEach((dot, i) => {
          const value = answers[i]?.value ?? 0;
          // The browser's formula (src/client/guess-line.ts), from the geometry alone.
          const y = geometry.y0 - (value / geometry.max) * (geometry.y0 - geometry.y1);
          expect(Math.abs(dot.cy - y)).toBeLessThanOrEqual(0.1);
          expect(dot.cx).toBe(geometry.xs[i + 1]);
        });
        expect(geometry.y0).toBeGreaterThan(geometry.y1);
        expect(geometry.xs[0]).toBeGreaterThan(0);
        expect(geometry.xs.at(-1)).toBeLessThan(guessFrame.width);
      }),
      { seed: 13 },
    );
  });

  it('shows only the starting value in the question: the answers are not in it', () => {
    const { question } = guess({ label: '2020', value: 8466 }, [{ label: '2021', value: 28526 }], options);
    const texts = question.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    expect(texts).toContain('8,466');
    expect(texts).not.toContain('28,526');
  });
});
