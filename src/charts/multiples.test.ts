import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { multiples, minColumnPx, type MultiplesDatum, type MultiplesOptions } from './multiples.ts';
import { chartSpec } from './index.ts';
import { frames, narrowestShown, type RectMark } from './types.ts';
import { formatCount } from '../lib/format.ts';
import { expectGoldens, fixtureChart, frameProblems, legibilityProblems, textsOf } from './test-helpers.ts';
import type { ChartSpec, Frame } from './types.ts';

const { chart, dataset } = fixtureChart('safe-routes-over-time');
const real = (frame: Frame) => chartSpec(chart, dataset, frame, undefined);

const options: Omit<MultiplesOptions, 'frame'> = {
  format: formatCount,
  seriesLabel: 'Route',
  xLabel: 'Year',
  valueLabel: 'Grants',
};

const columns = (spec: ChartSpec) => spec.marks.filter((m): m is RectMark => m.type === 'rect' && m.row !== undefined);

/** A column's width in CSS pixels where its layout is shown narrowest. */
const pxAcross = (frame: Frame, rect: RectMark) =>
  (rect.width * narrowestShown[frame.compact ? 'compact' : 'wide']) / frame.width;

describe('multiples on grants by safe route', () => {
  it.each(Object.entries(frames))('is legible (%s)', (name, frame) => {
    expect(legibilityProblems(real(frame), name as 'wide' | 'compact')).toEqual([]);
  });

  it('draws one row a route, in the dataset’s order, under the names readers see', () => {
    const names = [...new Set(real(frames.wide).table.rows.map((r) => r[0]))];
    expect(names).toEqual(['All routes', 'Resettled', 'Family reunion', 'Afghan schemes', 'First published']);
    const texts = textsOf(real(frames.wide));
    for (const name of names) expect(texts).toContain(name);
  });

  it.each(Object.entries(frames))(
    'draws every figure as a column at least 6 px across where shown narrowest (%s)',
    (_, frame) => {
      const spec = real(frame);
      expect(columns(spec)).toHaveLength(dataset.rows.length);
      for (const rect of columns(spec)) expect(pxAcross(frame, rect)).toBeGreaterThanOrEqual(minColumnPx);
    },
  );

  it('scales each row to its own largest figure: the largest of every route is as tall as the others’', () => {
    const spec = real(frames.wide);
    const tallest = new Map<string, number>();
    for (const rect of columns(spec)) {
      const route = spec.table.rows[rect.row ?? -1]?.[0] ?? '';
      tallest.set(route, Math.max(tallest.get(route) ?? 0, rect.height));
    }
    expect(new Set(tallest.values()).size).toBe(1);
  });

  it('hatches the likely figures and draws the verified ones solid', () => {
    const spec = real(frames.wide);
    for (const rect of columns(spec)) {
      const route = spec.table.rows[rect.row ?? -1]?.[0];
      expect(rect.variant).toBe(route === 'First published' ? undefined : 'hatched');
    }
  });

  it('says each route’s largest figure in its summary', () => {
    const { summary } = real(frames.wide);
    for (const figure of ['299,285 (All routes, 2022)', '6,212 (Resettled, 2017)', '102,283 (First published, 2023)'])
      expect(summary).toContain(figure);
  });

  it('lays its table out as a grid: years down the side, routes across', () => {
    const { table } = real(frames.wide);
    expect(table.grid?.columns).toEqual([
      'All routes',
      'Resettled',
      'Family reunion',
      'Afghan schemes',
      'First published',
    ]);
    expect(table.grid?.rows.map((r) => r.header)).toEqual(Array.from({ length: 11 }, (_, i) => String(2015 + i)));
    const y2023 = table.grid?.rows.find((r) => r.header === '2023');
    expect(y2023?.cells.map((c) => (c === null ? null : table.rows[c]?.[2]))).toEqual([
      '100,124',
      '632',
      '9,320',
      '3,695',
      '102,283',
    ]);
  });

  it('matches its golden SVGs', async () => {
    await expectGoldens('multiples-safe-routes-over-time', chart.title, real);
  });
});

describe('multiples on any data', () => {
  const spec = (data: MultiplesDatum[], frame: Frame = frames.wide) => multiples(data, { ...options, frame });

  it.each([
    ['a negative count', [{ series: 'a', x: '2024', value: -1 }]],
    [
      'two counts for one cell',
      [
        { series: 'a', x: '2024', value: 1 },
        { series: 'a', x: '2024', value: 2 },
      ],
    ],
    [
      'more years than fit at 6 px',
      Array.from({ length: 40 }, (_, i) => ({ series: 'a', x: String(1980 + i), value: i })),
    ],
  ])('refuses %s', (_, data) => {
    expect(() => spec(data, frames.compact)).toThrow(RangeError);
  });

  it('is sound for any dataset: finite numbers, marks in the frame, columns 6 px across, the largest named', () => {
    const datum = fc.record(
      {
        series: fc.oneof(fc.constantFrom('All', 'Afghan', 'b'), fc.string({ minLength: 1, maxLength: 80 })),
        x: fc.integer({ min: 1995, max: 2030 }).map(String),
        value: fc.oneof(
          fc.constant(0),
          fc.integer({ min: 0, max: 1000 }),
          fc.double({ min: 0, max: 1e12, noNaN: true }),
        ),
        likely: fc.boolean(),
        note: fc.string({ maxLength: 200 }),
      },
      { requiredKeys: ['series', 'x', 'value'] },
    );
    const cells = fc.uniqueArray(datum, {
      maxLength: 60,
      size: 'max',
      selector: (d) => JSON.stringify([d.series, d.x]),
    });
    fc.assert(
      fc.property(cells, fc.constantFrom(frames.wide, frames.compact), (data, frame) => {
        const result = spec(data, frame);
        expect(frameProblems(result, frame)).toEqual([]);
        for (const rect of columns(result)) expect(pxAcross(frame, rect)).toBeGreaterThanOrEqual(minColumnPx);
        if (data.length > 0) expect(result.summary).toContain(formatCount(Math.max(...data.map((d) => d.value))));
      }),
      { seed: 20261204, numRuns: 60 },
    );
  });
});

describe('the multiples kind', () => {
  it('refuses an option, naming the chart', () => {
    expect(() => chartSpec({ ...chart, options: { scale: 'log' } }, dataset, frames.wide)).toThrow(
      /Chart "safe-routes-over-time": options.scale: unknown option "scale"/,
    );
  });
});
