import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chartSpec } from './index.ts';
import { monthSums } from './kinds/weekly.ts';
import { weekly, type WeekDatum } from './weekly.ts';
import { expectGoldens, fixtureChart, frameProblems, legibilityProblems, textsOf } from './test-helpers.ts';
import { frames, type Frame, type FrameName, type PathMark, type RectMark } from './types.ts';
import { formatCount } from '../lib/format.ts';

const { chart, dataset } = fixtureChart('arrivals-and-french-preventions');
const real = (frame: Frame, view?: string) => chartSpec(chart, dataset, frame, view);
const series = [
  { id: 'Arrived', name: 'Arrived in the UK' },
  { id: 'Prevented', name: 'Stopped from crossing' },
];
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('arrivals beside French preventions, by week', () => {
  it('has one focusable band and one table row per week, both figures side by side', () => {
    const spec = real(frames.compact, 'week');
    expect(spec.table.columns.map((c) => c.label)).toEqual([
      'Month',
      'Week ending',
      'Arrived in the UK',
      'Stopped from crossing',
    ]);
    expect(spec.table.rows).toHaveLength(120);
    expect(spec.table.rows[0]).toEqual(['May 2024', '5 May 2024', '1,409', '849']);
    expect(spec.table.rows.at(-1)).toEqual(['Aug 2026', '16 Aug 2026', '405', '270']);
    const bands = spec.marks.filter((m): m is RectMark => m.type === 'rect' && m.row !== undefined);
    expect(bands.map((b) => b.row)).toEqual([...Array(120).keys()]);
    // Bands tile the plot left to right, each a week wide, so the arrow keys move a week at a time.
    bands.slice(1).forEach((b, i) => expect(b.x).toBeCloseTo((bands[i]?.x ?? 0) + (bands[i]?.width ?? 0), 0));
  });

  it('draws two lines, the second dashed, and names both in its key, with the French figure an estimate', () => {
    const spec = real(frames.wide, 'week');
    const lines = spec.marks.filter((m): m is PathMark => m.type === 'path' && m.d.split('L').length > 10);
    expect(lines.map((l) => [l.tone, l.variant])).toEqual([
      ['series-1', undefined],
      ['series-2', 'dashed'],
    ]);
    expect(textsOf(spec)).toEqual(
      expect.arrayContaining(['Arrived in the UK (Home Office count)', 'Stopped from crossing (French estimate)']),
    );
  });

  it.each(Object.entries(frames))('labels a readable time axis (%s)', (name, frame) => {
    const months = textsOf(real(frame, 'week')).filter((t) => /^[A-Z][a-z]{2} \d{4}$/.test(t));
    expect(months).toEqual(
      // 'Jul 2026', six weeks from the plot's right edge, is left out: centred on its tick, with room for a
      // reader's letter spacing (WCAG 1.4.12), it would run past the drawing.
      name === 'compact' ? ['Jan 2025', 'Jan 2026'] : ['Jul 2024', 'Jan 2025', 'Jul 2025', 'Jan 2026'],
    );
  });

  it('says in words how often each was the higher', () => {
    expect(real(frames.wide, 'week').summary).toContain(
      'The “Stopped from crossing” figure was higher than the “Arrived in the UK” figure in 28 of the 120 weeks with both, and lower in 82.',
    );
  });

  it.each(['week', 'month'])('is legible in both layouts (%s)', (view) => {
    for (const [name, frame] of Object.entries(frames)) {
      expect(legibilityProblems(real(frame, view), name as FrameName)).toEqual([]);
    }
  });

  it('matches its golden SVGs', () =>
    expectGoldens('weekly-arrivals-preventions', chart.title, (frame, view) => real(frame, view), ['week', 'month']));

  it('leaves a gap where a figure is missing, never drawing it as 0', () => {
    const weeks: WeekDatum[] = ['2024-05-05', '2024-05-12', '2024-05-19', '2024-05-26'].map((date, i) => ({
      date,
      values: { Arrived: i === 1 ? null : 100 * (i + 1), Prevented: 50 },
    }));
    const spec = weekly(weeks, { frame: frames.wide, format: formatCount, series, weekLabel: 'Week ending' });
    // The line, not the key's swatch (a single horizontal stroke, "M…H…").
    const arrived = spec.marks.find(
      (m): m is PathMark => m.type === 'path' && m.tone === 'series-1' && !m.d.includes('H'),
    );
    // Two runs (week 1; weeks 3 and 4), so two moves: the missing week is skipped, not dropped to the axis.
    expect(arrived?.d.match(/M/g)).toHaveLength(2);
    expect(spec.table.rows[1]).toEqual(['May 2024', '12 May 2024', '–', '50']);
  });

  it('refuses weeks that are not 7 days apart, and negative counts', () => {
    const options = { frame: frames.wide, format: formatCount, series, weekLabel: 'Week ending' };
    expect(() =>
      weekly(
        [
          { date: '2024-05-05', values: {} },
          { date: '2024-05-19', values: {} },
        ],
        options,
      ),
    ).toThrow(/2024-05-19 is not 7 days after 2024-05-05/);
    expect(() => weekly([{ date: '2024-05-05', values: { Arrived: -1 } }], options)).toThrow(/week ending 2024-05-05/);
  });

  it('draws any run of weeks soundly, at any size (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.tuple(fc.option(fc.nat(5000), { freq: 6 }), fc.option(fc.nat(3000), { freq: 6 })), {
          minLength: 1,
          maxLength: 160,
        }),
        fc.constantFrom(...Object.values(frames)),
        (start, figures, frame) => {
          const weeks = figures.map(([a, p], i) => ({
            date: addDays('2023-01-01', 7 * (start + i)),
            values: { Arrived: a, Prevented: p },
          }));
          const spec = weekly(weeks, { frame, format: formatCount, series, weekLabel: 'Week ending' });
          expect(frameProblems(spec, frame)).toEqual([]);
          expect(spec.table.rows).toHaveLength(weeks.length);
        },
      ),
      { seed: 20260821, numRuns: 150 },
    );
  });
});

describe('arrivals beside French preventions, by month', () => {
  it('sums the weeks of each whole month, as the importer once did (the August 2026 file: May 2024 to Jul 2026)', () => {
    const spec = real(frames.wide, 'month');
    expect(spec.table.rows).toHaveLength(54);
    expect(spec.table.rows.slice(0, 2)).toEqual([
      ['May 2024', 'Arrived', '3,281'],
      ['May 2024', 'Prevented', '2,061'],
    ]);
    expect(spec.table.rows.slice(-2)).toEqual([
      ['Jul 2026', 'Arrived', '1,529'],
      ['Jul 2026', 'Prevented', '786'],
    ]);
    expect(spec.summary).toContain('in 3 of the 27 months with both, and lower in 24.');
  });

  it('sums each month whole or not at all, and never counts a missing week as 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.option(fc.nat(900), { freq: 8 }), { minLength: 1, maxLength: 80 }),
        (start, values) => {
          const weeks = values.map((v, i) => ({
            date: addDays('2024-01-07', 7 * (start + i)),
            values: { Arrived: v },
          }));
          const sums = monthSums(weeks, [{ id: 'Arrived' }]);
          const first = weeks[0]?.date ?? '';
          const after = addDays(weeks.at(-1)?.date ?? '', 7);
          for (const d of sums) {
            const inMonth = weeks.filter((w) => formatMonth(w.date) === d.series);
            const month = inMonth[0]?.date.slice(0, 7) ?? '';
            // Whole: the data holds the month's first Sunday and the Sunday after its last.
            expect(month > first.slice(0, 7) || Number(first.slice(8)) <= 7).toBe(true);
            expect(after.slice(0, 7) > month).toBe(true);
            expect(inMonth.every((w) => w.values.Arrived !== null)).toBe(true);
            expect(d.value).toBe(inMonth.reduce((t, w) => t + (w.values.Arrived ?? 0), 0));
          }
        },
      ),
      { seed: 20251212, numRuns: 200 },
    );
  });
});

function formatMonth(iso: string): string {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
}
