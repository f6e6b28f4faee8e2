import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { line, type LineDatum } from './line.ts';
import { frames, narrowestShown } from './types.ts';
import { formatCount } from '../lib/format.ts';
import { expectGoldens, labelOverlaps, fixtureChart, textOutside, tinyText, frameProblems } from './test-helpers.ts';
import { chartSpec } from './index.ts';
import type { CircleMark, Frame, PathMark, TextMark } from './types.ts';

/** content/data/small-boat-arrivals.csv, people_per_boat: the 2025 cell is empty. */
const perBoat: LineDatum[] = [
  { label: '2018', value: 7 },
  { label: '2019', value: 11 },
  { label: '2020', value: 13 },
  { label: '2021', value: 28 },
  { label: '2022', value: 41 },
  { label: '2023', value: 49 },
  { label: '2024', value: 53 },
  { label: '2025', value: null },
];

const options = { format: formatCount, categoryLabel: 'Year', valueLabel: 'Average people per boat' };
const spec = (data: readonly LineDatum[], frame: Frame = frames.wide) => line(data, { ...options, frame });
const dots = (data: readonly LineDatum[], frame: Frame = frames.wide) =>
  spec(data, frame).marks.filter((m): m is CircleMark => m.type === 'circle');
const texts = (data: readonly LineDatum[], frame: Frame = frames.wide) =>
  spec(data, frame).marks.flatMap((m): TextMark[] => (m.type === 'text' ? [m] : []));

describe('line', () => {
  it('draws one focusable dot per published figure, in order, and none for the empty 2025 cell', () => {
    const marks = dots(perBoat);
    expect(marks).toHaveLength(7);
    expect(marks.map((d) => d.row)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const xs = marks.map((d) => d.cx);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('leaves 2025 off: no axis label, no table row, no point of the line beyond 2024', () => {
    const s = spec(perBoat);
    expect(s.marks.some((m) => m.type === 'text' && m.text === '2025')).toBe(false);
    expect(s.table.rows.map((r) => r[0])).not.toContain('2025');
    const path = s.marks.find((m): m is PathMark => m.type === 'path');
    const lastDot = dots(perBoat).at(-1);
    const pathXs = (path?.d.match(/[ML]([\d.]+),/g) ?? []).map((p) => Number(p.slice(1, -1)));
    expect(Math.max(...pathXs)).toBe(lastDot?.cx);
  });

  it('breaks the line at a gap inside the series instead of joining across it', () => {
    const gappy: LineDatum[] = [
      { label: '2018', value: 7 },
      { label: '2019', value: null },
      { label: '2020', value: 13 },
      { label: '2021', value: 28 },
    ];
    const path = spec(gappy).marks.find((m): m is PathMark => m.type === 'path');
    // Two pieces: a lone point (M only) then a segment: the line never crosses 2019.
    expect(path?.d.match(/M/g)).toHaveLength(2);
    expect(spec(gappy).summary).toContain('No figure for 2019.');
    expect(spec(gappy).summary).not.toContain('every year');
  });

  it('places y positions proportionally from a zero baseline', () => {
    const marks = dots(perBoat);
    const s = spec(perBoat);
    const zero = s.marks.find((m) => m.type === 'line' && m.tone === 'axis');
    const base = zero?.type === 'line' ? zero.y1 : 0;
    const ratio = (base - (marks[6]?.cy ?? 0)) / 53;
    marks.forEach((d, i) => expect((base - d.cy) / (perBoat[i]?.value ?? 1)).toBeCloseTo(ratio, 1));
  });

  it.each(Object.entries(frames))(
    'labels the first, last and highest values, and here every value (%s)',
    (_, frame) => {
      const shown = texts(perBoat, frame).map((t) => t.text);
      for (const d of perBoat) if (d.value !== null) expect(shown).toContain(formatCount(d.value));
    },
  );

  it.each(Object.entries(frames))('draws a few gridlines at round values (%s)', (_, frame) => {
    const grid = spec(perBoat, frame).marks.filter((m) => m.type === 'line');
    expect(grid.length).toBeGreaterThanOrEqual(3);
    expect(grid.length).toBeLessThanOrEqual(6);
  });

  it.each(Object.entries(frames))(
    'is legible in the %s layout: no overlapping labels, no text under 12 px',
    (name, frame) => {
      const s = spec(perBoat, frame);
      expect(labelOverlaps(s)).toEqual([]);
      expect(textOutside(s)).toEqual([]);
      expect(tinyText(s, narrowestShown[name as keyof typeof narrowestShown])).toEqual([]);
    },
  );

  it.each([
    [
      'the frozen fixture',
      perBoat,
      'Average people per boat reached a high of 53 in 2024 and a low of 7 in 2018. It rose every year shown, from 2018 to 2024. No figure for 2025.',
    ],
    [
      'a rise and fall',
      [
        { label: '2020', value: 5 },
        { label: '2021', value: 9 },
        { label: '2022', value: 6 },
      ],
      'Average people per boat reached a high of 9 in 2021 and a low of 5 in 2020. The latest figure, for 2022, was 6.',
    ],
    ['one row', perBoat.slice(0, 1), 'Average people per boat: 7 (2018).'],
    ['no rows', [], 'Average people per boat: no figures to show.'],
    ['only gaps', [{ label: '2025', value: null }], 'Average people per boat: no figures to show. No figure for 2025.'],
  ])('summarises %s', (_, data, summary) => {
    expect(spec(data).summary).toBe(summary);
  });

  it('builds the table from the same formatted values the tooltips show', () => {
    const { table } = spec(perBoat);
    expect(table.columns.map((c) => c.label)).toEqual(['Year', 'Average people per boat']);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[6]).toEqual(['2024', '53']);
  });

  it('is sound for any dataset: finite numbers, marks in the frame, the largest value named', () => {
    const datum = fc.record({
      label: fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), fc.integer({ min: 1900, max: 2100 }).map(String)),
      value: fc.oneof(
        fc.constant(null),
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.constant(0),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
      ),
    });
    fc.assert(
      fc.property(fc.array(datum, { maxLength: 60 }), fc.constantFrom(frames.wide, frames.compact), (data, frame) => {
        const s = spec(data, frame);
        expect(frameProblems(s, frame)).toEqual([]);
        const values = data.flatMap((d) => (d.value === null ? [] : [d.value]));
        if (values.length > 1 && new Set(values).size > 1) {
          expect(s.summary).toContain(formatCount(Math.max(...values)));
        }
      }),
      { seed: 20241104, numRuns: 200 },
    );
  });

  it('reads the frozen chart entry: the data above is that dataset as the adapter reads it', () => {
    const { chart, dataset } = fixtureChart('people-per-boat');
    for (const frame of Object.values(frames)) {
      expect(chartSpec(chart, dataset, frame, undefined)).toEqual(spec(perBoat, frame));
    }
    expect(() => chartSpec(chart, dataset, frames.wide, 'share')).toThrow(/people-per-boat.*"share"/);
  });

  it('renders the same SVG as the reviewed golden files', () =>
    expectGoldens('line-people-per-boat', 'Average people per boat', (frame) => spec(perBoat, frame)));
});
