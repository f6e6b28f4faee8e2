/**
 * textWidth is the estimate every layout places text by. It is judged here by the font itself: widths
 * of sample labels measured in Chromium in the site's font (scripts/measure-text.ts wrote them to
 * __fixtures__/text-widths.json). The estimate must never be narrower than the real text (or labels
 * placed apart would touch), even with the text spacing a reader may add, and not so much wider that layouts
 * waste the room they have.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textBox, textWidth, weightOf, type Weight } from './text.ts';

const measured = JSON.parse(readFileSync(new URL('./__fixtures__/text-widths.json', import.meta.url), 'utf8')) as {
  widths: Record<string, Record<Weight, number>>;
};
const cases = Object.entries(measured.widths).flatMap(([text, w]) =>
  (['normal', 'bold'] as const).map((weight) => [text, weight, w[weight]] as const),
);

/**
 * The widest a text renders for a reader: with WCAG 1.4.12's letter spacing (0.12 em after each character)
 * and word spacing (0.16 em at each space) added by the reader's own style sheet, as e2e/reader-settings
 * checks in the browser. The values are the standard's, written here and not taken from text.ts.
 */
const spaced = (text: string, real: number) => real + 0.12 * [...text].length + 0.16 * text.split(' ').length - 0.16;

describe('textWidth, against the font', () => {
  it.each(cases)(
    '"%s" (%s) is estimated no narrower than it renders with a reader\'s text spacing, and at most 1.4 times as wide',
    (text, weight, real) => {
      const estimate = textWidth(text, 1, weight);
      expect(estimate).toBeGreaterThanOrEqual(spaced(text, real));
      expect(estimate).toBeLessThanOrEqual(spaced(text, real) * 1.4);
    },
  );

  it('measures bold wider than regular, and a text mark at the weight it renders', () => {
    expect(textWidth('45,774', 14, 'bold')).toBeGreaterThan(textWidth('45,774', 14));
    expect(weightOf({ tone: 'label-strong' })).toBe('bold');
    expect(weightOf({ tone: 'label', weight: 'bold' })).toBe('bold');
    expect(weightOf({ tone: 'label' })).toBe('normal');
    const mark = { x: 0, y: 0, text: '45,774', anchor: 'start' as const };
    const strong = textBox({ ...mark, tone: 'label-strong' }, 14);
    const plain = textBox({ ...mark, tone: 'label' }, 14);
    expect(strong.right).toBeGreaterThan(plain.right);
  });
});
