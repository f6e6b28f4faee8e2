import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bar, type BarDatum } from './bar.ts';
import { chartSpec } from './index.ts';
import { frames, type FrameName } from './types.ts';
import { formatCount } from '../lib/format.ts';
import {
  fixtureChart,
  expectGoldens,
  labelOverlaps,
  legibilityProblems,
  specProblems,
  textOutside,
} from './test-helpers.ts';
import type { Frame, RectMark } from './types.ts';

const arrivals: BarDatum[] = [
  { label: '2018', value: 299 },
  { label: '2019', value: 1843 },
  { label: '2020', value: 8466 },
  { label: '2021', value: 28526 },
  { label: '2022', value: 45774 },
  { label: '2023', value: 29437 },
  { label: '2024', value: 36816 },
  { label: '2025', value: 41472 },
];

const options = { format: formatCount, categoryLabel: 'Year', valueLabel: 'People detected' };
const rects = (data: readonly BarDatum[], frame: Frame = frames.wide) =>
  bar(data, { ...options, frame }).marks.filter((m): m is RectMark => m.type === 'rect');

describe('bar', () => {
  it('draws one focusable bar per row, in order', () => {
    const bars = rects(arrivals);
    expect(bars).toHaveLength(arrivals.length);
    expect(bars.map((b) => b.row)).toEqual(arrivals.map((_, i) => i));
  });

  it('makes bar heights proportional to values (vertical, wide)', () => {
    const bars = rects(arrivals);
    const ratio = (bars[4]?.height ?? 0) / 45774;
    bars.forEach((b, i) => expect(b.height / (arrivals[i]?.value ?? 1)).toBeCloseTo(ratio, 3));
  });

  it.each([
    ['wide frame, 8 short labels', frames.wide, 'vertical'],
    ['compact frame', frames.compact, 'horizontal'],
  ] as const)('%s → %s bars', (_, frame, orientation) => {
    const [first, second] = rects(arrivals, frame);
    const vertical = first?.x !== second?.x;
    expect(vertical ? 'vertical' : 'horizontal').toBe(orientation === 'vertical' ? 'vertical' : 'horizontal');
  });

  it('labels every bar with its formatted value', () => {
    const spec = bar(arrivals, { ...options, frame: frames.wide });
    const texts = spec.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    for (const d of arrivals) expect(texts).toContain(formatCount(d.value));
  });

  it.each([
    [
      'many rows',
      arrivals,
      'People detected reached a high of 45,774 in 2022 and a low of 299 in 2018. The latest figure, for 2025, was 41,472.',
    ],
    ['one row', arrivals.slice(0, 1), 'People detected: 299 (2018).'],
    ['no rows', [], 'People detected: no figures to show.'],
    [
      'all equal',
      [
        { label: 'a', value: 3 },
        { label: 'b', value: 3 },
      ],
      'People detected: 3 for every one of the 2 shown.',
    ],
  ])('summarises %s', (_, data, summary) => {
    expect(bar(data, { ...options, frame: frames.wide }).summary).toBe(summary);
  });

  it('builds the table from the same formatted values', () => {
    const { table } = bar(arrivals, { ...options, frame: frames.wide });
    expect(table.columns.map((c) => c.label)).toEqual(['Year', 'People detected']);
    expect(table.rows[6]).toEqual(['2024', '36,816']);
  });

  it('draws negative values below the baseline', () => {
    const [up, down] = rects([
      { label: 'a', value: 10 },
      { label: 'b', value: -5 },
    ]);
    expect((down?.y ?? 0) >= (up?.y ?? 0) + (up?.height ?? 0) - 0.1).toBe(true);
  });

  it('is sound for any dataset: finite numbers, marks in the frame, the largest value named', () => {
    const datum = fc.record({
      label: fc.string({ minLength: 1, maxLength: 60 }),
      value: fc.oneof(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.constant(0),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
      ),
    });
    fc.assert(
      fc.property(fc.array(datum, { maxLength: 60 }), fc.constantFrom(frames.wide, frames.compact), (data, frame) => {
        const spec = bar(data, { ...options, frame });
        expect(specProblems(spec)).toEqual([]);
        const largest = Math.max(...data.map((d) => d.value));
        if (data.length > 1 && new Set(data.map((d) => d.value)).size > 1) {
          expect(spec.summary).toContain(formatCount(largest));
        }
      }),
      { seed: 20241104, numRuns: 200 },
    );
  });

  it('keeps labels apart and inside the frame for any categories and values', () => {
    // Seeded, so a failure names a dataset that fails again. Labels of up to 30 characters: longer ones
    // are cut with an ellipsis, which the same check covers.
    const datum = fc.record({
      label: fc.string({ minLength: 1, maxLength: 30 }),
      value: fc.oneof(fc.integer({ min: -1e6, max: 1e9 }), fc.double({ min: 0, max: 1e9, noNaN: true })),
    });
    fc.assert(
      fc.property(fc.array(datum, { maxLength: 30 }), fc.constantFrom(frames.wide, frames.compact), (data, frame) => {
        const spec = bar(data, { ...options, frame });
        expect(labelOverlaps(spec)).toEqual([]);
        expect(textOutside(spec)).toEqual([]);
      }),
      { seed: 20241104, numRuns: 200 },
    );
  });
});

/** The three bar charts, from the frozen fixtures, through their kind's adapter as the site draws them. */
describe.each(['arrivals-by-year', 'initial-asylum-grants', 'safe-routes-by-year'])('bar chart %s', (id) => {
  const { chart, dataset } = fixtureChart(id);
  const draw = (frame: Frame) => chartSpec(chart, dataset, frame);

  it.each(Object.keys(frames) as FrameName[])(
    'is legible in the %s layout: no overlapping labels, nothing cut off, no text under 12 px',
    (name) => {
      expect(legibilityProblems(draw(frames[name]), name)).toEqual([]);
    },
  );

  it('draws one focusable bar per row with a value, labelled with it', () => {
    const spec = draw(frames.wide);
    const bars = spec.marks.filter((m): m is RectMark => m.type === 'rect' && m.row !== undefined);
    expect(bars).toHaveLength(spec.table.rows.length);
    const texts = spec.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    for (const row of spec.table.rows) expect(texts).toContain(row[1]);
  });

  it('renders the same SVG as the reviewed golden files', () => expectGoldens(`bar-${id}`, chart.title, draw));
});
