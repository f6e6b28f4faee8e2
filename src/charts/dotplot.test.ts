import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dotplot, minDotPx, type DotDatum, type DotplotOptions } from './dotplot.ts';
import { chartSpec } from './index.ts';
import { frames, narrowestShown, type CircleMark, type FrameName } from './types.ts';
import { formatCount } from '../lib/format.ts';
import {
  expectGoldens,
  legibilityProblems,
  fixtureChart,
  specProblems,
  frameProblems,
  textsOf,
} from './test-helpers.ts';
import type { ChartSpec, Frame } from './types.ts';

const { chart, dataset } = fixtureChart('channel-deaths-by-series');
const real = (frame: Frame) => chartSpec(chart, dataset, frame, undefined);

const options: Omit<DotplotOptions, 'frame'> = {
  format: formatCount,
  seriesLabel: 'Counted by',
  xLabel: 'Year',
  valueLabel: 'Deaths',
};

const dots = (spec: ChartSpec) => spec.marks.filter((m): m is CircleMark => m.type === 'circle' && m.row !== undefined);
const texts = textsOf;

describe('dotplot on Channel deaths by who counted them', () => {
  it('has one row per counter, in the order the dataset declares, with readable names', () => {
    const names = [...new Set(real(frames.wide).table.rows.map((r) => r[0]))];
    expect(names).toEqual([
      'Home Office',
      'Refugee Council',
      'IOM',
      'French authorities (OLTIM)',
      'Charities’ estimate',
    ]);
  });

  it('builds the table in drawing order, saying "at least" and carrying each note', () => {
    const { table } = real(frames.wide);
    expect(table.columns.map((c) => c.label)).toEqual(['Counted by', 'Year', 'Deaths', 'Note']);
    expect(table.rows).toHaveLength(13);
    expect(table.rows[0]).toEqual(['Home Office', '2020', '6', 'Home Office count: small boats only.']);
    expect(table.rows[5]).toEqual(['Refugee Council', '2022', '5', '–']);
    expect(table.rows[10]).toEqual([
      'IOM',
      '2024',
      'at least 78',
      "At least 78. IOM Missing Migrants Project: includes deaths on land on the way to the Channel. Likely, not checked against IOM's own data.",
    ]);
    expect(table.rows[12]?.slice(0, 3)).toEqual(['Charities’ estimate', '2025', 'at least 36']);
  });

  it.each(Object.entries(frames))('makes circle areas proportional to deaths (%s)', (_, frame) => {
    const spec = real(frame);
    const values = spec.table.rows.map((r) => Number((r[2] ?? '').replace('at least ', '')));
    // Outlined circles are drawn 1 unit inside their radius so the stroke does not grow them.
    const radii = dots(spec).map((d, i) => d.r + (spec.table.rows[i]?.[2]?.startsWith('at least') ? 1 : 0));
    const k = (radii[1] ?? 0) ** 2 / 34;
    radii.forEach((r, i) => expect(r ** 2).toBeCloseTo((values[i] ?? 0) * k, -1));
  });

  it('draws "at least" values as open circles marked ≥, and likely ones fainter', () => {
    const spec = real(frames.compact);
    const circles = dots(spec);
    const open = circles.flatMap((c) => (c.variant === 'outline' ? [spec.table.rows[c.row ?? 0]?.[2]] : []));
    expect(open).toEqual(['at least 69', 'at least 78', 'at least 36']);
    const pale = circles.flatMap((c) =>
      c.tone === 'bar-muted' ? [spec.table.rows[c.row ?? 0]?.slice(0, 2).join(' ')] : [],
    );
    expect(pale).toEqual(['IOM 2022', 'IOM 2023', 'IOM 2024', 'Charities’ estimate 2025']);
    expect(texts(spec)).toEqual(expect.arrayContaining(['≥69', '≥78', '≥36', '78']));
    expect(spec.marks.some((m) => m.type === 'path')).toBe(false);
  });

  it('explains its marks and what each counter counts, in the chart', () => {
    const all = texts(real(frames.compact)).join(' ');
    for (const words of [
      'Circle area shows the number.',
      '≥ At least: a minimum',
      'Broken edge: likely, not checked',
    ]) {
      expect(all).toContain(words);
    }
    expect(all).toContain('Small boats only');
    expect(all).toContain('Includes deaths on land');
    expect(all).toContain('Not an official count');
  });

  it('summarises the largest count, the disagreement and the caveat', () => {
    const summary =
      'Deaths: the largest are 78 (French authorities (OLTIM), 2024) and at least 78 (IOM, 2024). ' +
      'For 2024, the counts run from at least 69 (Refugee Council) to 78 (French authorities (OLTIM)). ' +
      'The figures from IOM and Charities’ estimate are likely, but not checked against their source.';
    expect(real(frames.wide).summary).toBe(summary);
    expect(real(frames.compact).summary).toBe(summary);
    expect(real(frames.compact).table).toEqual(real(frames.wide).table);
  });

  it.each(Object.entries(frames))(
    'is legible in the %s layout: no overlapping labels, no text under 12 px, none cut off',
    (name, frame) => {
      const spec = real(frame);
      expect(legibilityProblems(spec, name as FrameName)).toEqual([]);
    },
  );

  it('renders the same SVG as the reviewed golden files', () =>
    expectGoldens('dotplot-channel-deaths', chart.title, real));
});

describe('dotplot', () => {
  const spec = (data: readonly DotDatum[]) => dotplot(data, { ...options, frame: frames.wide });

  it.each([
    ['no rows', [], 'Deaths: no figures to show.'],
    ['one row', [{ series: 'a', x: '2024', value: 3 }], 'Deaths: 3 (a, 2024).'],
    [
      'all zeros',
      [
        { series: 'a', x: '2024', value: 0 },
        { series: 'b', x: '2024', value: 0 },
      ],
      'Deaths: 0 for every one of the 2 shown.',
    ],
    [
      'a disagreement in an earlier year only',
      [
        { series: 'a', x: '2023', value: 4 },
        { series: 'b', x: '2023', value: 16 },
        { series: 'a', x: '2024', value: 9, atLeast: true },
      ],
      'Deaths: the largest is 16 (b, 2023). For 2023, the counts run from 4 (a) to 16 (b).',
    ],
  ])('summarises %s', (_, data, summary) => {
    expect(spec(data).summary).toBe(summary);
    expect(specProblems(spec(data))).toEqual([]);
  });

  it('orders numeric columns by number, whatever the order of the rows', () => {
    const result = spec([
      { series: 'a', x: '2024', value: 1 },
      { series: 'a', x: '2020', value: 2 },
    ]);
    expect(result.table.rows.map((r) => r[1])).toEqual(['2020', '2024']);
  });

  it.each([
    ['a negative count', [{ series: 'a', x: '2024', value: -1 }]],
    [
      'two counts for one cell',
      [
        { series: 'a', x: '2024', value: 1 },
        { series: 'a', x: '2024', value: 2 },
      ],
    ],
  ])('refuses %s', (_, data) => {
    expect(() => spec(data)).toThrow(RangeError);
  });

  it('is sound for any dataset: finite numbers, marks in the frame, the largest value named', () => {
    const datum = fc.record(
      {
        series: fc.oneof(fc.constantFrom('home-office', 'iom', 'b'), fc.string({ minLength: 1, maxLength: 80 })),
        x: fc.oneof(fc.integer({ min: 2000, max: 2030 }).map(String), fc.string({ minLength: 1, maxLength: 30 })),
        value: fc.oneof(
          fc.constant(0),
          fc.integer({ min: 0, max: 1000 }),
          fc.double({ min: 0, max: 1e12, noNaN: true }),
        ),
        atLeast: fc.boolean(),
        likely: fc.boolean(),
        note: fc.string({ maxLength: 200 }),
      },
      { requiredKeys: ['series', 'x', 'value'] },
    );
    const cells = fc.uniqueArray(datum, { maxLength: 60, selector: (d) => JSON.stringify([d.series, d.x]) });
    fc.assert(
      fc.property(cells, fc.constantFrom(frames.wide, frames.compact), (data, frame) => {
        const result = dotplot(data, { ...options, frame });
        expect(frameProblems(result, frame)).toEqual([]);
        // No figure above zero is a speck: 6 px across at least where the layout is shown narrowest.
        const narrowest = narrowestShown[frame.compact ? 'compact' : 'wide'];
        for (const dot of dots(result)) {
          const [series, x] = result.table.rows[dot.row ?? -1] ?? [];
          const value = data.find((d) => d.series === series && d.x === x);
          if (value && value.value > 0) expect((2 * dot.r * narrowest) / frame.width).toBeGreaterThanOrEqual(minDotPx);
        }
        if (data.length > 0) expect(result.summary).toContain(formatCount(Math.max(...data.map((d) => d.value))));
      }),
      { seed: 20241104, numRuns: 200 },
    );
  });
});

describe('the dotplot kind', () => {
  it.each([
    ['a view', chart, 'share', /a dotplot chart has no view "share" \(it has no views\)/],
    ['an option', { ...chart, options: { radius: 3 } }, undefined, /options.radius: unknown option "radius"/],
  ])('refuses %s, naming the chart', (_, entry, view, message) => {
    expect(() => chartSpec(entry, dataset, frames.wide, view)).toThrow(message);
    expect(() => chartSpec(entry, dataset, frames.wide, view)).toThrow('Chart "channel-deaths-by-series"');
  });
});
