import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { timeline, timelineViews, type TimelineDatum, type TimelineOptions, type TimelineView } from './timeline.ts';
import { chartSpec } from './index.ts';
import { frames, type FrameName } from './types.ts';
import { formatMoney } from '../lib/format.ts';
import { expectGoldens, legibilityProblems, fixtureChart, frameProblems, textsOf } from './test-helpers.ts';
import type { ChartSpec, Frame, LineMark, RectMark } from './types.ts';

const real = fixtureChart('bsc-funding-timeline');
const draw = (view: TimelineView, frame: Frame = frames.wide) => chartSpec(real.chart, real.dataset, frame, view);
const rects = (spec: ChartSpec) => spec.marks.filter((m): m is RectMark => m.type === 'rect');
const focusable = (spec: ChartSpec) => rects(spec).filter((m) => m.row !== undefined);
const texts = textsOf;
const cell = (spec: ChartSpec, row: number | undefined, column: string) =>
  spec.table.rows[row ?? -1]?.[spec.table.columns.findIndex((c) => c.label === column)];

/**
 * What the timeline promises about its gridlines and bands, as sentences (empty when kept): every
 * gridline spans the plot from the same left to the same right; every band starts at its date and runs on
 * to the right end of the gridlines (cumulative view); the bands stack from the zero line without gaps or overlaps, in date
 * order; and none rises above the highest gridline.
 */
function boundsProblems(spec: ChartSpec, view: TimelineView): string[] {
  const problems: string[] = [];
  const grid = spec.marks.filter((m): m is LineMark => m.type === 'line' && m.y1 === m.y2);
  if (grid.length === 0) return spec.marks.some((m) => m.row !== undefined) ? ['no gridlines'] : [];
  const left = Math.min(...grid.map((g) => g.x1));
  const right = Math.max(...grid.map((g) => g.x2));
  const zero = Math.max(...grid.map((g) => g.y1));
  const highest = Math.min(...grid.map((g) => g.y1));
  for (const g of grid) {
    if (g.x1 !== left || g.x2 !== right)
      problems.push(`gridline at y ${g.y1} runs ${g.x1}–${g.x2}, not ${left}–${right}`);
  }
  // Bands are the focusable marks above the zero line (rows listed under the axis sit below it).
  const bands = (view === 'cumulative' ? rects(spec) : [])
    .filter((r) => r.row !== undefined && r.y + r.height <= zero + 0.05)
    .sort((a, b) => a.x - b.x);
  for (const band of bands) {
    if (Math.abs(band.x + band.width - right) > 0.15)
      problems.push(`band at x ${band.x} ends at ${band.x + band.width}, not ${right}`);
  }
  let base = zero;
  for (const band of bands) {
    if (Math.abs(band.y + band.height - base) > 0.15)
      problems.push(`band at x ${band.x} starts at ${band.y + band.height}, not ${base}`);
    if (band.y < highest - 0.05)
      problems.push(`band at x ${band.x} rises to ${band.y}, above the highest gridline ${highest}`);
    base = band.y;
  }
  for (const r of rects(spec).filter((m) => m.row !== undefined && m.y + m.height <= zero + 0.05)) {
    if (r.x < left - 0.05 || r.x + r.width > right + 0.05) problems.push(`mark for row ${r.row} leaves the plot`);
  }
  return problems;
}

const options: Omit<TimelineOptions, 'frame' | 'view'> = {
  format: formatMoney,
  columns: { date: 'Announced', label: 'What', value: 'Amount', group: 'Money', basis: 'Basis' },
  sumLabel: 'one-off sums',
};
const make = (data: readonly TimelineDatum[], view: TimelineView = 'cumulative', frame: Frame = frames.wide) =>
  timeline(data, { ...options, frame, view });

describe('timeline: the running total (frozen fixture)', () => {
  it('adds up only the one-off sums: £75m, then £150m', () => {
    const spec = draw('cumulative');
    const bands = focusable(spec).filter((m) => m.width > 20);
    expect(bands.map((b) => cell(spec, b.row, 'Running total'))).toEqual(['£75m', '£150m']);
    expect(bands.map((b) => cell(spec, b.row, 'Basis'))).toEqual(['one-off', 'one-off']);
    expect(spec.table.rows.map((r) => r.at(-1))).toEqual([
      '£75m',
      '£150m',
      'Not added',
      'Not added',
      'Not added',
      'Not added',
    ]);
  });

  it.each(Object.keys(frames) as FrameName[])(
    'keeps the bands within the gridlines, stacked from zero to the total (%s)',
    (name) => {
      const spec = draw('cumulative', frames[name]);
      expect(boundsProblems(spec, 'cumulative')).toEqual([]);
      // The two one-off sums are both bands, and the top one ends at the £150m gridline.
      const bands = focusable(spec).filter((m) => cell(spec, m.row, 'Running total') !== 'Not added');
      expect(bands).toHaveLength(2);
      const top = Math.min(...bands.map((b) => b.y));
      const label = spec.marks.find((m) => m.type === 'text' && m.text === '£150m' && m.anchor === 'end');
      expect(label?.type === 'text' && label.y).toBe(top);
    },
  );

  it('never adds a yearly amount to the running total', () => {
    const spec = draw('cumulative');
    const yearly = spec.table.rows.filter((r) => r[2]?.endsWith('a year'));
    expect(yearly.length).toBeGreaterThan(0);
    for (const row of yearly) expect(row.at(-1)).toMatch(/^Not added/);
    // The step ends at £150m: the highest gridline label is no more than that, and no band goes above it.
    expect(texts(spec)).toContain('£150m in total');
    expect(texts(spec)).not.toContain('£430m in total');
  });

  it('tells moved money from new money by treatment and by words', () => {
    const spec = draw('cumulative');
    const [moved, fresh] = focusable(spec);
    expect(moved?.variant).toBe('hatched');
    expect(fresh?.variant).toBeUndefined();
    expect(spec.marks.some((m) => m.type === 'path' && m.variant === 'hatched')).toBe(true);
    expect(texts(spec)).toEqual(expect.arrayContaining(['moved from another budget', 'new money']));
  });

  it.each(Object.keys(frames) as FrameName[])('annotates each tranche with date and amount (%s)', (name) => {
    const spec = draw('cumulative', frames[name]);
    expect(texts(spec)).toEqual(expect.arrayContaining(['£75m, 17 Sep 2024', '£75m, 4 Nov 2024']));
    expect(texts(spec)).toContain('Not added to the running total');
    for (const line of [
      '£58m a year, 5 Nov 2024',
      '£33m, 31 Mar 2025',
      '£280m a year, 11 Jun 2025',
      '£100m, 3 Aug 2025',
    ]) {
      expect(texts(spec)).toContain(line);
    }
  });

  it('makes every drawn amount focusable exactly once, pointing at its own table row', () => {
    for (const view of timelineViews) {
      const spec = draw(view);
      const rows = focusable(spec).map((m) => m.row);
      expect(new Set(rows).size).toBe(rows.length);
      expect([...rows].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    }
  });

  it('draws the NCA budget rise of 5 November 2024 where it belongs, the day after the speech, never added', () => {
    const spec = draw('cumulative');
    const row = spec.table.rows.findIndex((r) =>
      r[1]?.startsWith("Increase in the National Crime Agency's core budget"),
    );
    expect(spec.table.rows[row]?.[0]).toBe('5 Nov 2024');
    expect(spec.table.rows[row]?.at(-1)).toBe('Not added');
    expect(focusable(spec).some((m) => m.row === row)).toBe(true);
  });

  it('leaves an undated amount off the axis but keeps it in the table', () => {
    const spec = make([
      { date: '2024-09-17', value: 75e6, label: 'Dated', summable: true },
      { date: null, value: 58e6, label: 'Undated', summable: false, yearly: true },
    ]);
    expect(spec.table.rows.at(-1)?.slice(0, 3)).toEqual(['–', 'Undated', '£58m a year']);
    expect(spec.table.rows.at(-1)?.at(-1)).toBe('Not added: no date');
    expect(texts(spec).some((t) => t.includes('£58m'))).toBe(false);
    expect(spec.summary).toContain('One amount without a date (£58m a year) is in the table but not drawn.');
  });
});

describe('timeline: each announcement (frozen fixture)', () => {
  it('draws one bar per dated announcement at its own amount, the yearly one dashed', () => {
    const spec = draw('tranches');
    const bars = focusable(spec).filter((m) => m.width < 20 && m.height > 0);
    expect(bars.map((b) => cell(spec, b.row, 'Amount'))).toEqual([
      '£75m',
      '£75m',
      '£58m a year',
      '£33m',
      '£280m a year',
      '£100m',
    ]);
    expect(bars.map((b) => b.variant)).toEqual(['hatched', undefined, 'dashed', 'outline', 'dashed', 'outline']);
    // Heights in proportion to the amounts: nothing is stacked or added.
    const per = (bars[0]?.height ?? 0) / 75;
    expect((bars[4]?.height ?? 0) / 280).toBeCloseTo(per, 1);
    expect(spec.table.columns.map((c) => c.label)).not.toContain('Running total');
  });

  it('keeps the dates where they are when the view changes', () => {
    const datesOf = (spec: ChartSpec) =>
      spec.marks.flatMap((m) =>
        m.type === 'text' && /^[A-Z][a-z]{2} \d{4}$/.test(m.text) ? [`${m.text}@${m.x}`] : [],
      );
    for (const frame of Object.values(frames)) {
      expect(datesOf(draw('tranches', frame))).toEqual(datesOf(draw('cumulative', frame)));
    }
  });
});

describe('timeline: legibility of the frozen fixture', () => {
  it.each(timelineViews.flatMap((view) => (Object.keys(frames) as FrameName[]).map((name) => [view, name] as const)))(
    '%s view, %s layout: no overlapping labels, nothing cut off, no text under 12 px',
    (view, name) => {
      const spec = draw(view, frames[name]);
      expect(legibilityProblems(spec, name)).toEqual([]);
    },
  );
});

describe('timeline: summaries', () => {
  it.each([
    [
      'cumulative',
      'Running total of one-off sums was £150m by 4 November 2024. It comes from 2 announcements: £75m moved from another budget on 17 September 2024 and £75m new money on 4 November 2024. 4 other announcements are not added. The largest was £280m a year on 11 June 2025.',
    ],
    [
      'tranches',
      '6 dated announcements, from 17 September 2024 to 3 August 2025. The largest is £280m a year on 11 June 2025; the smallest £33m on 31 March 2025. They measure different things, so they are not added up here.',
    ],
  ] as const)('summarises the frozen fixture (%s)', (view, summary) => {
    expect(draw(view).summary).toBe(summary);
  });

  const one: TimelineDatum = { date: '2024-09-17', value: 75e6, label: 'First', summable: true };
  it.each([
    ['no rows', [], 'cumulative', 'Running total of one-off sums: no figures to show.'],
    ['no rows', [], 'tranches', 'Announcements: no figures to show.'],
    [
      'one row',
      [one],
      'cumulative',
      'Running total of one-off sums: £75m, from one announcement on 17 September 2024.',
    ],
    ['one row', [one], 'tranches', 'One dated announcement: £75m on 17 September 2024.'],
    [
      'nothing summable',
      [{ ...one, summable: false, yearly: true }],
      'cumulative',
      'None of the amounts shown can be added together. One amount is not added: £75m a year, announced on 17 September 2024.',
    ],
    [
      'only undated',
      [{ ...one, date: null }],
      'cumulative',
      'None of the amounts shown can be added together. One amount without a date (£75m) is in the table but not drawn.',
    ],
  ] as const)('summarises %s (%s)', (_, data, view, summary) => {
    expect(make(data, view).summary).toBe(summary);
  });
});

describe('timeline: the adapter', () => {
  it('throws on a view it does not know, naming the chart', () => {
    expect(() => draw('share' as TimelineView)).toThrow(/bsc-funding-timeline.*"share"/);
  });

  it('refuses to sum anything when a basis column is bound without saying what may be summed', () => {
    const chart = { ...real.chart, options: { ...real.chart.options } };
    delete chart.options['sum'];
    expect(() => chartSpec(chart, real.dataset, frames.wide, undefined)).toThrow(/options\.sum/);
  });

  it('draws the running total by default (no view given), as print does', () => {
    expect(chartSpec(real.chart, real.dataset, frames.wide, undefined)).toEqual(draw('cumulative'));
  });
});

describe('timeline: any dataset', () => {
  it('is sound: finite numbers, marks in the frame, legible, the largest amount named', () => {
    const day = fc.integer({ min: Date.UTC(2000, 0, 1) / 864e5, max: Date.UTC(2035, 11, 31) / 864e5 });
    const datum = fc.record({
      date: fc.oneof(
        day.map((d) => new Date(d * 864e5).toISOString().slice(0, 10)),
        fc.constant('2025-06-11'),
        fc.constant(null),
      ),
      value: fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.constant(0), fc.double({ min: 0, max: 1e12, noNaN: true })),
      label: fc.string({ minLength: 1, maxLength: 80 }),
      group: fc.option(
        fc.record({
          text: fc.string({ minLength: 1, maxLength: 50 }),
          variant: fc.constantFrom('hatched' as const, 'outline' as const),
        }),
        { nil: undefined },
      ),
      summable: fc.boolean(),
      yearly: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(datum, { maxLength: 30 }),
        fc.constantFrom(...timelineViews),
        fc.constantFrom(frames.wide, frames.compact),
        (data, view, frame) => {
          const clean = data.map(({ group, ...d }) => (group ? { ...d, group } : d));
          const spec = make(clean, view, frame);
          expect(frameProblems(spec, frame)).toEqual([]);
          expect(boundsProblems(spec, view)).toEqual([]);
          const dated = clean.filter((d) => d.date !== null).map((d) => d.value);
          if (dated.length > 1 && new Set(dated).size > 1) {
            expect(spec.summary).toContain(formatMoney(Math.max(...dated)));
          }
        },
      ),
      { seed: 20241104, numRuns: 200 },
    );
  });
});

describe('timeline: a state of a stepped story (through a date)', () => {
  const state = (through: string, frame: Frame = frames.wide) =>
    chartSpec(real.chart, real.dataset, frame, 'cumulative', { through });
  const gridOf = (spec: ChartSpec) =>
    spec.marks.filter((m): m is LineMark => m.type === 'line' && m.y1 === m.y2).map((m) => [m.x1, m.x2, m.y1]);
  const steps = ['2024-09-17', '2024-11-04', '2024-11-05', '2025-08-03'];

  it.each(Object.keys(frames) as FrameName[])(
    'keeps the whole timeline’s axes and height in every state, so a step only adds marks (%s)',
    (name) => {
      const frame = frames[name];
      const whole = draw('cumulative', frame);
      for (const through of steps) {
        const spec = state(through, frame);
        expect(spec.height, through).toBe(whole.height);
        expect(gridOf(spec), through).toEqual(gridOf(whole));
        expect(frameProblems(spec, frame), through).toEqual([]);
        expect(legibilityProblems(spec, name), through).toEqual([]);
        expect(boundsProblems(spec, 'cumulative'), through).toEqual([]);
      }
    },
  );

  it('draws, sums, describes and tables only what had been announced by the date', () => {
    const first = state('2024-09-17');
    expect(first.table.rows.map((r) => r.at(-1))).toEqual(['£75m']);
    expect(first.summary).toContain('£75m, from one announcement on 17 September 2024');
    expect(first.summary).not.toContain('£150m');
    expect(texts(first)).toContain('£75m in total');

    const second = state('2024-11-04');
    expect(second.table.rows.map((r) => r.at(-1))).toEqual(['£75m', '£150m']);
    expect(texts(second)).toContain('£150m in total');
    expect(second.summary).not.toContain('Not added');

    const third = state('2024-11-05');
    expect(third.table.rows.map((r) => r.at(-1))).toEqual(['£75m', '£150m', 'Not added']);
    expect(third.summary).toContain('One amount is not added: £58m a year, announced on 5 November 2024.');

    const last = state('2025-08-03');
    expect(last.table).toEqual(draw('cumulative').table);
    expect(last.summary).toBe(draw('cumulative').summary);
  });

  it('draws each band where the whole timeline draws it', () => {
    const whole = focusable(draw('cumulative'));
    const first = focusable(state('2024-09-17'));
    expect(first).toHaveLength(1);
    expect(first[0]).toEqual(whole[0]);
  });

  it('is refused by a kind that cannot draw a date’s state, naming the chart', () => {
    const bar = fixtureChart('arrivals-by-year');
    expect(() => chartSpec(bar.chart, bar.dataset, frames.wide, undefined, { through: '2024-01-01' })).toThrow(
      /Chart "arrivals-by-year": a bar chart cannot be drawn as it stood on a date/,
    );
  });
});

describe('timeline: golden SVGs', () => {
  it('renders the same SVG as the reviewed golden files', () =>
    expectGoldens(
      'timeline-bsc-funding',
      'Money announced for the Border Security Command',
      (frame, view) => draw(view as TimelineView, frame),
      timelineViews,
    ));
});
