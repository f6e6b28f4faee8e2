import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  comparison,
  comparisonViews,
  type ComparisonDatum,
  type ComparisonOptions,
  type ComparisonView,
} from './comparison.ts';
import { chartSpec } from './index.ts';
import { frames, type FrameName } from './types.ts';
import { formatMoney } from '../lib/format.ts';
import { expectGoldens, legibilityProblems, fixtureChart, frameProblems, textsOf } from './test-helpers.ts';
import type { ChartSpec, CircleMark, Frame, RectMark } from './types.ts';

const real = fixtureChart('bsc-money-in-context');
const draw = (view: ComparisonView, frame: Frame = frames.wide) => chartSpec(real.chart, real.dataset, frame, view);
const focusable = (spec: ChartSpec) =>
  spec.marks.filter(
    (m): m is RectMark | CircleMark => (m.type === 'rect' || m.type === 'circle') && m.row !== undefined,
  );
const texts = textsOf;

const options: Omit<ComparisonOptions, 'frame' | 'view'> = {
  format: formatMoney,
  columns: { label: 'What', value: 'Amount', period: 'Period' },
};
const make = (data: readonly ComparisonDatum[], view: ComparisonView = 'linear', frame: Frame = frames.wide) =>
  comparison(data, { ...options, frame, view });

describe('comparison (frozen fixture)', () => {
  it('sorts the rows largest first, each mark pointing at its own table row', () => {
    const spec = draw('linear');
    expect(spec.table.rows.map((r) => r[2])).toEqual([
      '£15.3bn',
      '£4.7bn',
      '£3.6bn',
      '£3.1bn',
      '£2.3bn',
      '£2.1bn',
      '£700m',
      '£476m',
      '£150m',
    ]);
    for (const view of comparisonViews) {
      expect(focusable(draw(view)).map((m) => m.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    }
  });

  it('keeps the rows in the data’s order when asked, so a series over time stays in time order', () => {
    const years = [
      { label: 'Staff', value: 8332, period: '2014-15' },
      { label: 'Staff', value: 7670, period: '2016-17' },
      { label: 'Staff', value: 9328, period: '2020-21' },
    ];
    const inOrder = comparison(years, { ...options, frame: frames.wide, view: 'linear', order: 'data' });
    expect(inOrder.table.rows.map((r) => r[1])).toEqual(['2014-15', '2016-17', '2020-21']);
    const bySize = comparison(years, { ...options, frame: frames.wide, view: 'linear' });
    expect(bySize.table.rows.map((r) => r[1])).toEqual(['2020-21', '2014-15', '2016-17']);
    // Sizes are still judged by size: the summary and the scale do not take the first row for the largest.
    expect(inOrder.summary).toContain(
      'The largest is £9,328, in 2020-21. It is for Staff. The smallest is £7,670, in 2016-17. It is for Staff.',
    );
    const width = (spec: typeof inOrder, value: string) => {
      const row = spec.table.rows.findIndex((r) => r[2] === value);
      const bar = spec.marks.find((m) => m.type === 'rect' && 'row' in m && m.row === row);
      return bar && 'width' in bar ? bar.width : undefined;
    };
    expect(width(inOrder, '£9,328')).toBe(width(bySize, '£9,328'));
    // The scale reaches the largest value, not the first row's: 190 is drawn longer than 100, not cut to it.
    const uneven = [
      { label: 'A', value: 100, period: '2019' },
      { label: 'B', value: 60, period: '2020' },
      { label: 'C', value: 190, period: '2021' },
    ];
    const drawn = comparison(uneven, { ...options, frame: frames.wide, view: 'linear', order: 'data' });
    expect(width(drawn, '£190')).toBeGreaterThan((width(drawn, '£100') ?? 0) * 1.8);
  });

  it('writes every row’s period beside it and in the table, so years and totals are never confused', () => {
    for (const frame of Object.values(frames)) {
      const shown = texts(draw('linear', frame));
      for (const row of real.dataset.rows) expect(shown).toContain(row['period']);
    }
    expect(draw('linear').table.columns.map((c) => c.label)).toEqual(['What', 'Period', 'Amount']);
  });

  it('labels every row with its item and formatted value', () => {
    for (const view of comparisonViews) {
      const spec = draw(view);
      const shown = texts(spec);
      for (const row of spec.table.rows) {
        expect(shown).toContain(row[2]);
        // Items may wrap onto two lines in the compact layout; in the wide one each is whole.
        expect(shown).toContain(row[0]);
      }
    }
  });

  it('outlines the totals over more than one year and highlights the BSC row', () => {
    const spec = draw('linear');
    const marks = focusable(spec);
    const outlined = marks.filter((m) => m.variant === 'outline').map((m) => spec.table.rows[m.row ?? -1]?.[0]);
    expect(outlined).toEqual([
      'Asylum accommodation contracts',
      'Rwanda scheme, spent in total',
      'UK payments to France under the March 2023 deal',
      'Money announced for the Border Security Command',
    ]);
    expect(marks.filter((m) => m.tone === 'bar').map((m) => spec.table.rows[m.row ?? -1]?.[0])).toEqual([
      'Money announced for the Border Security Command',
    ]);
  });

  it('linear view: bars to scale, except the one cut short at a marked break', () => {
    const spec = draw('linear');
    const bars = focusable(spec) as RectMark[];
    const per = (bars[1]?.width ?? 0) / 4.7e9;
    // Every bar but the first is in proportion (to the 0.1 unit the coordinates are rounded to).
    [4.7e9, 3.6e9, 3.1e9, 2.3e9, 2.1e9, 7e8, 4.76e8, 1.5e8].forEach((value, i) =>
      expect(Math.abs((bars[i + 1]?.width ?? 0) - value * per)).toBeLessThan(0.2),
    );
    // The first would run far past the frame at that scale; it is cut, the cut drawn and said in words.
    expect((bars[0]?.width ?? 0) / 15.3e9).toBeLessThan(per / 2);
    expect(spec.marks.some((m) => m.type === 'path' && m.tone === 'axis')).toBe(true);
    expect(texts(spec)).toContain('The first bar is cut short to fit: it is not to scale');
  });

  it('log view: marked as logarithmic on the chart, dots at powers-of-ten positions', () => {
    const spec = draw('log');
    expect(texts(spec).join(' ')).toContain('Logarithmic scale: each step is ten times the last');
    expect(texts(spec)).toEqual(expect.arrayContaining(['£100m', '£1bn', '£10bn']));
    const dots = focusable(spec) as CircleMark[];
    expect(dots).toHaveLength(9);
    // Equal ratios, equal distances: pixels per power of ten are the same wherever they are measured.
    const perDecade = (a: number, b: number, va: number, vb: number) =>
      ((dots[a]?.cx ?? 0) - (dots[b]?.cx ?? 0)) / Math.log10(va / vb);
    expect(perDecade(1, 7, 4.7e9, 4.76e8)).toBeCloseTo(perDecade(0, 8, 15.3e9, 1.5e8), 0);
    expect(spec.marks.some((m) => m.type === 'rect' && m.row !== undefined)).toBe(false);
  });

  it.each(comparisonViews.flatMap((view) => (Object.keys(frames) as FrameName[]).map((name) => [view, name] as const)))(
    '%s view, %s layout: no overlapping labels, nothing cut off, no text under 12 px',
    (view, name) => {
      const spec = draw(view, frames[name]);
      expect(legibilityProblems(spec, name)).toEqual([]);
    },
  );

  it.each([
    [
      'linear',
      'The largest is £15.3bn, in 2019-29 (whole contract period). It is for Asylum accommodation contracts. The smallest is £150m, in 2024-25 and 2025-26 (two years). It is for Money announced for the Border Security Command. 5 of the 9 are amounts for one year; 4 are totals over more than one year. The largest bar is cut short to fit.',
    ],
    [
      'log',
      'The largest is £15.3bn, in 2019-29 (whole contract period). It is for Asylum accommodation contracts. The smallest is £150m, in 2024-25 and 2025-26 (two years). It is for Money announced for the Border Security Command. 5 of the 9 are amounts for one year; 4 are totals over more than one year. Drawn on a logarithmic scale: each step is ten times the last.',
    ],
  ] as const)('summarises the frozen fixture (%s)', (view, summary) => {
    expect(draw(view).summary).toBe(summary);
  });

  it('chartSpec throws on a view it does not know, and on a highlight that is not a row', () => {
    expect(() => draw('share' as ComparisonView)).toThrow(/bsc-money-in-context.*"share"/);
    const chart = { ...real.chart, options: { ...real.chart.options, highlight: 'no-such-row' } };
    expect(() => chartSpec(chart, real.dataset, frames.wide, undefined)).toThrow(/no-such-row/);
  });

  it('draws the linear view by default (no view given), as print does', () => {
    expect(chartSpec(real.chart, real.dataset, frames.wide, undefined)).toEqual(draw('linear'));
  });
});

describe('comparison: other data', () => {
  const two: ComparisonDatum[] = [
    { label: 'A', value: 10e6, period: '2023-24' },
    { label: 'B', value: 30e6, period: '2023-24' },
  ];
  it.each([
    ['no rows', [], 'Amounts: no figures to show.'],
    ['one row', two.slice(0, 1), 'One amount: £10m, A, 2023-24.'],
    ['two rows', two, 'The largest is £30m, in 2023-24. It is for B. The smallest is £10m, in 2023-24. It is for A.'],
    [
      'all equal',
      [
        { label: 'A', value: 5e6 },
        { label: 'B', value: 5e6 },
      ],
      'Every one of the 2 amounts is £5m.',
    ],
  ] as const)('summarises %s', (_, data, summary) => {
    expect(make(data).summary).toBe(summary);
  });

  it('does not break the axis when no bar squashes the rest', () => {
    const spec = make([...two, { label: 'C', value: 50e6 }]);
    expect(spec.marks.some((m) => m.type === 'path')).toBe(false);
    expect(spec.summary).not.toContain('cut short');
  });

  it('is sound for any dataset: finite numbers, marks in the frame, legible, the largest value named', () => {
    const datum = fc.record({
      label: fc.string({ minLength: 1, maxLength: 90 }),
      value: fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.constant(0), fc.double({ min: 0, max: 1e13, noNaN: true })),
      period: fc.option(fc.string({ minLength: 1, maxLength: 60 }), { nil: undefined }),
      total: fc.boolean(),
      highlight: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(datum, { maxLength: 40 }),
        fc.constantFrom(...comparisonViews),
        fc.constantFrom(frames.wide, frames.compact),
        (data, view, frame) => {
          const clean = data.map(({ period, ...d }) => (period === undefined ? d : { ...d, period }));
          const spec = make(clean, view, frame);
          expect(frameProblems(spec, frame)).toEqual([]);
          const values = clean.map((d) => d.value);
          if (values.length > 1 && new Set(values).size > 1) {
            expect(spec.summary).toContain(formatMoney(Math.max(...values)));
          }
        },
      ),
      { seed: 20241104, numRuns: 200 },
    );
  });
});

describe('comparison: golden SVGs', () => {
  it('renders the same SVG as the reviewed golden files', () =>
    expectGoldens(
      'comparison-spending-context',
      'BSC money beside other spending',
      (frame, view) => draw(view as ComparisonView, frame),
      comparisonViews,
    ));
});
