import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stacked, type StackedDatum, type StackedOptions } from './stacked.ts';
import { chartSpec } from './index.ts';
import { frames, type FrameName, type RectMark } from './types.ts';
import { formatCount, formatPercent } from '../lib/format.ts';
import {
  expectGoldens,
  legibilityProblems,
  fixtureChart,
  specProblems,
  frameProblems,
  textsOf,
} from './test-helpers.ts';
import type { ChartSpec, Frame } from './types.ts';

const { chart, dataset } = fixtureChart('safe-routes-by-route');
const viewIds = (chart.views ?? []).map((v) => v.id);
const real = (frame: Frame, view = 'count') => chartSpec(chart, dataset, frame, view);

const options: Omit<StackedOptions, 'frame'> = {
  format: formatCount,
  categoryLabel: 'Route',
  seriesLabel: 'Kind of grant',
  valueLabel: 'Grants',
};
const share = { label: 'Share of all grants', format: (p: number) => formatPercent(p) };

const segments = (spec: ChartSpec) => spec.marks.filter((m): m is RectMark => m.type === 'rect' && m.row !== undefined);
const texts = textsOf;

describe('stacked on safe and legal route grants, year to June 2025', () => {
  it('declares the count view first (the default, and the one that prints), then the share view', () => {
    expect(viewIds).toEqual(['count', 'share']);
  });

  it('orders routes by total and segments as the dataset declares its series', () => {
    expect(real(frames.wide).table).toEqual({
      columns: [
        { label: 'Route', numeric: false },
        { label: 'Kind of grant', numeric: false },
        { label: 'Grants', numeric: true },
      ],
      rows: [
        ['Family reunion', 'Grants (not split)', '20,817'],
        ['British National (Overseas)', 'New visas', '11,804'],
        ['British National (Overseas)', 'Extensions', '6,746'],
        ['Ukraine schemes', 'New visas', '14,216'],
        ['Ukraine schemes', 'Extensions', '804'],
        ['Resettlement', 'Grants (not split)', '7,445'],
      ],
    });
  });

  it('gives shares of all grants, not of each route, in the share view', () => {
    const { table } = real(frames.wide, 'share');
    expect(table.columns.map((c) => c.label)).toEqual(['Route', 'Kind of grant', 'Grants', 'Share of all grants']);
    expect(table.rows[0]).toEqual(['Family reunion', 'Grants (not split)', '20,817', '33.7%']);
    expect(table.rows[4]).toEqual(['Ukraine schemes', 'Extensions', '804', '1.3%']);
    expect(texts(real(frames.wide, 'share'))).toContain('Share of all grants (61,832 = 100%)');
  });

  it.each([
    [
      'count',
      'Grants ranged from 7,445 to 20,817. The smallest was for Resettlement, and the largest for Family reunion. The total is 61,832.',
    ],
    [
      'share',
      'Share of all grants ranged from 12% to 33.7%. The smallest was for Resettlement, and the largest for Family reunion.',
    ],
  ])('summarises the %s view, naming the largest', (view, summary) => {
    expect(real(frames.wide, view).summary).toBe(summary);
    expect(real(frames.compact, view).summary).toBe(summary);
    expect(real(frames.compact, view).table).toEqual(real(frames.wide, view).table);
  });

  it.each(viewIds.flatMap((view) => Object.keys(frames).map((name) => [view, name as FrameName] as const)))(
    'labels each bar with its total and each segment in words (%s, %s)',
    (view, name) => {
      const spec = real(frames[name], view);
      const all = texts(spec);
      const totals = view === 'count' ? ['20,817', '18,550', '15,020', '7,445'] : ['33.7%', '30%', '24.3%', '12%'];
      for (const total of totals) expect(all).toContain(total);
      expect(all).toContain(view === 'count' ? 'Extensions 804' : 'Extensions 1.3%');
      expect(all.filter((t) => t === 'Grants (not split)')).toHaveLength(2);
    },
  );

  it('makes segment lengths proportional to their values, from one baseline', () => {
    const drawn = segments(real(frames.wide));
    const perGrant = (drawn[0]?.width ?? 0) / 20817;
    [20817, 11804, 6746, 14216, 804, 7445].forEach((value, i) =>
      expect(drawn[i]?.width).toBeCloseTo(value * perGrant, 0),
    );
    expect(drawn[2]?.x).toBeCloseTo((drawn[1]?.x ?? 0) + (drawn[1]?.width ?? 0), 0);
    expect(segments(real(frames.wide, 'share')).map((s) => s.width)).toEqual(drawn.map((s) => s.width));
  });

  it.each(Object.keys(frames) as FrameName[])(
    'never tells series apart by colour alone: each colour is named beside its bar (%s)',
    (name) => {
      const spec = real(frames[name]);
      expect(new Set(segments(spec).map((s) => s.tone))).toEqual(new Set(['series-1', 'series-2', 'series-3']));
      // Every segment has, under its own bar (before the next bar's segments), a swatch of its colour, and
      // the words right after that swatch name the segment's series: the name in its table row.
      const { marks } = spec;
      for (const segment of segments(spec)) {
        const series = spec.table.rows[segment.row ?? -1]?.[1] ?? '';
        const after = marks.slice(marks.indexOf(segment) + 1);
        const nextBar = after.findIndex((m) => m.type === 'rect' && m.row !== undefined && m.y > segment.y);
        const under = nextBar < 0 ? after : after.slice(0, nextBar);
        const swatches = under.filter((m): m is RectMark => m.type === 'rect' && m.row === undefined);
        const named = swatches.filter((swatch) => {
          const words = under[under.indexOf(swatch) + 1];
          return swatch.tone === segment.tone && words?.type === 'text' && words.text.startsWith(series);
        });
        expect(named, `"${series}" (${segment.tone}) is not named beside its swatch`).toHaveLength(1);
      }
    },
  );

  it.each(viewIds.flatMap((view) => Object.keys(frames).map((name) => [view, name as FrameName] as const)))(
    'is legible (%s view, %s layout): no overlapping labels, no text under 12 px, none cut off',
    (view, name) => {
      const spec = real(frames[name], view);
      expect(legibilityProblems(spec, name)).toEqual([]);
    },
  );

  it('renders the same SVG as the reviewed golden files', () =>
    expectGoldens('stacked-safe-routes', chart.title, real, viewIds));
});

describe('stacked', () => {
  const spec = (data: readonly StackedDatum[], extra: Partial<StackedOptions> = {}) =>
    stacked(data, { ...options, frame: frames.wide, ...extra });

  it.each([
    ['no rows', [], 'Grants: no figures to show.'],
    ['one row', [{ category: 'A', series: 's', value: 5 }], 'Grants: 5 (A).'],
    [
      'all zeros',
      [
        { category: 'A', series: 's', value: 0 },
        { category: 'B', series: 's', value: 0 },
      ],
      'Grants: 0 for every one of the 2 shown. The total is 0.',
    ],
    [
      'rows for one bar and series added together',
      [
        { category: 'A', series: 's', value: 5 },
        { category: 'A', series: 's', value: 7 },
        { category: 'B', series: 't', value: 3 },
      ],
      'Grants ranged from 3 to 12. The smallest was for B, and the largest for A. The total is 15.',
    ],
  ])('summarises %s', (_, data, summary) => {
    expect(spec(data).summary).toBe(summary);
    expect(specProblems(spec(data))).toEqual([]);
  });

  it('refuses a negative value', () => {
    expect(() => spec([{ category: 'A', series: 's', value: -1 }])).toThrow(RangeError);
  });

  it('is sound for any dataset: finite numbers, marks in the frame, the largest value named', () => {
    const datum = fc.record({
      category: fc.oneof(
        fc.constantFrom('Ukraine schemes', 'Resettlement', 'B'),
        fc.string({ minLength: 1, maxLength: 80 }),
      ),
      series: fc.constantFrom('new-visa', 'extension', 'grant', 'other', 'a very long name for a kind of grant'),
      value: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e12, noNaN: true })),
    });
    fc.assert(
      fc.property(
        fc.array(datum, { maxLength: 60 }),
        fc.constantFrom(frames.wide, frames.compact),
        fc.boolean(),
        (data, frame, asShare) => {
          const result = stacked(data, { ...options, frame, ...(asShare ? { share } : {}) });
          expect(frameProblems(result, frame)).toEqual([]);
          const totals = new Map<string, number>();
          for (const d of data) totals.set(d.category, (totals.get(d.category) ?? 0) + d.value);
          const largest = Math.max(...totals.values());
          const all = [...totals.values()].reduce((a, b) => a + b, 0);
          if (data.length > 0) {
            expect(result.summary).toContain(
              asShare ? formatPercent(all > 0 ? (largest / all) * 100 : 0) : formatCount(largest),
            );
          }
        },
      ),
      { seed: 20241104, numRuns: 200 },
    );
  });
});

describe('the stacked kind', () => {
  it.each([
    ['an unknown view', chart, 'percent', /a stacked chart has no view "percent" \(it knows: count, share\)/],
    [
      'an option',
      { ...chart, options: { sort: 'total' } },
      'count',
      /options.sort: unknown option "sort" \(a stacked chart takes no options\)/,
    ],
  ])('refuses %s, naming the chart', (_, entry, view, message) => {
    expect(() => chartSpec(entry, dataset, frames.wide, view)).toThrow(message);
    expect(() => chartSpec(entry, dataset, frames.wide, view)).toThrow('Chart "safe-routes-by-route"');
  });
});
