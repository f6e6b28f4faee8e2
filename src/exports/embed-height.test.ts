import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embedHeight, heightAt, phoneWidth, type EmbedContent } from './embed-height.ts';

const base: EmbedContent = {
  title: 'Fewer asylum claims were granted at initial decision in 2024 than in 2023',
  subtitle: 'Initial decisions granting protection, people, by year',
  views: [{ label: 'Default', summary: 'A short summary of the chart.', compact: { width: 300, height: 400 } }],
  cue: 'Point at, tap or Tab to a mark to see its figures; the arrow keys move between marks. The table below has every figure.',
  caveats: ['A caveat about the figures.'],
  date: 'Newest figures published on 27 February 2025.',
  source: 'Source: Home Office, Immigration system statistics (27 Feb 2025). Chart: Crossings, CC BY 4.0.',
  credit: 'Chart from Crossings, under CC BY 4.0: you may republish it, crediting “Crossings” with a link.',
};

describe('embedHeight', () => {
  it('holds at least the drawing at its widest phone size and a line of each text block', () => {
    // The compact drawing is 420 px wide at most: 400 × 420 / 300 = 560 px tall there.
    expect(embedHeight(base)).toBeGreaterThan(560 + 5 * 24);
  });

  it('is the most any phone width needs, never less than the narrowest', () => {
    for (let width = phoneWidth; width <= 444; width += 31)
      expect(embedHeight(base)).toBeGreaterThanOrEqual(heightAt(base, width));
  });

  it('grows with more words, more caveats and a taller drawing (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.lorem({ maxCount: 20 }), { maxLength: 4 }),
        fc.lorem({ maxCount: 40 }),
        (caveats, summary) => {
          const more = {
            ...base,
            caveats: [...base.caveats, ...caveats],
            views: base.views.map((v) => ({ ...v, summary: `${v.summary} ${summary}` })),
          };
          return embedHeight(more) >= embedHeight(base);
        },
      ),
      { seed: 19, numRuns: 50 },
    );
    const taller = { ...base, views: base.views.map((v) => ({ ...v, compact: { width: 300, height: 500 } })) };
    expect(embedHeight(taller)).toBeGreaterThan(embedHeight(base));
  });

  it('makes room for the view buttons and the tallest view', () => {
    const two = {
      ...base,
      views: [...base.views, { label: 'Other', summary: 'Another summary.', compact: { width: 300, height: 900 } }],
    };
    expect(embedHeight(two)).toBeGreaterThan(embedHeight(base) + (900 - 400) * (420 / 300));
  });
});
