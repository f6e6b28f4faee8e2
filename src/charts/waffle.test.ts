import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { squareSize, waffle, type WaffleDatum, type WaffleOptions } from './waffle.ts';
import { chartSpec } from './index.ts';
import { frames, type FrameName, type RectMark } from './types.ts';
import { formatCount } from '../lib/format.ts';
import { expectGoldens, legibilityProblems, fixtureChart, frameProblems, textsOf } from './test-helpers.ts';
import type { ChartSpec, Frame } from './types.ts';

const { chart, dataset } = fixtureChart('staffing-announcements');
const real = (frame: Frame) => chartSpec(chart, dataset, frame, undefined);

const options: Omit<WaffleOptions, 'frame'> = {
  format: formatCount,
  perSquare: 10,
  unit: 'people',
  groupLabel: 'Body',
  valueLabel: 'Extra staff',
  labelLabel: 'Role',
  dateLabel: 'Announced',
  qualifier: { word: 'up to', meaning: 'a maximum' },
};

/** The squares of the chart: coloured rects taller than the swatches beside the key and lane headings. */
const squares = (spec: ChartSpec) =>
  spec.marks.filter(
    (m): m is RectMark =>
      m.type === 'rect' && m.row === undefined && m.tone.startsWith('series') && m.height > spec.fontSize * 0.9,
  );
const texts = textsOf;

describe('waffle on the staffing announcements', () => {
  it("reads the fixture's rows in order: BSC +300, NCA +100 (with its caveat), NCA up to +300", () => {
    expect(real(frames.wide).table).toEqual({
      columns: [
        { label: 'Announced', numeric: false },
        { label: 'Body', numeric: false },
        { label: 'Extra staff', numeric: true },
        { label: 'Role', numeric: false },
        { label: 'Note', numeric: false },
      ],
      rows: [
        ['4 Nov 2024', 'BSC', '300', 'More staff for the Border Security Command', '–'],
        [
          '4 Nov 2024',
          'NCA',
          '100',
          'Specialist investigators and intelligence officers for the National Crime Agency',
          'These officers may already have been part of the September 2024 package, so they may not be extra to it.',
        ],
        ['3 Aug 2025', 'NCA', 'up to 300', 'More National Crime Agency officers', '–'],
      ],
    });
  });

  it.each(Object.entries(frames))('draws 10 people a square, outlining the "up to" block (%s)', (_, frame) => {
    const drawn = squares(real(frame));
    expect(drawn).toHaveLength(30 + 10 + 30);
    // BSC and NCA differ in colour; only the "up to" block is outlined.
    expect(new Set(drawn.slice(0, 30).map((s) => s.tone))).toEqual(new Set(['series-1']));
    expect(new Set(drawn.slice(30).map((s) => s.tone))).toEqual(new Set(['series-2']));
    expect(drawn.slice(0, 40).every((s) => s.variant === undefined)).toBe(true);
    expect(drawn.slice(40).every((s) => s.variant === 'outline')).toBe(true);
  });

  it.each(Object.entries(frames))(
    'labels every block with body, number, role and date, and the key (%s)',
    (_, frame) => {
      const spec = real(frame);
      const all = texts(spec);
      for (const label of [
        'Each square is 10 people.',
        'BSC +300',
        'NCA +100',
        'NCA up to +300',
        '4 Nov 2024',
        '3 Aug 2025',
      ]) {
        expect(all).toContain(label);
      }
      expect(all.join(' ')).toContain('More National Crime Agency officers');
      expect(all.join(' ')).toContain('Border Security Command (BSC)');
      expect(all.join(' ')).toContain('Note: These officers may already have been part of the September 2024 package');
    },
  );

  it('has one focusable area per announcement, in table order', () => {
    const spec = real(frames.compact);
    const focusable = spec.marks.filter((m) => m.row !== undefined);
    expect(focusable.map((m) => m.row)).toEqual([0, 1, 2]);
  });

  it('puts the caveat directly under the block it qualifies, inside its focus area', () => {
    const spec = real(frames.wide);
    const area = spec.marks.find((m): m is RectMark => m.type === 'rect' && m.row === 1);
    const note = spec.marks.find((m) => m.type === 'text' && m.text.startsWith('Note:'));
    expect(area && note && note.type === 'text').toBeTruthy();
    if (area && note?.type === 'text') {
      expect(note.y).toBeGreaterThan(area.y);
      expect(note.y).toBeLessThan(area.y + area.height);
    }
  });

  it('summarises the largest, the key and the caveat', () => {
    expect(real(frames.wide).summary).toBe(
      'Extra staff: the largest are 300 (BSC, 4 Nov 2024) and up to 300 (NCA, 3 Aug 2025). Each square is 10 people. ' +
        'The figure for NCA, 4 Nov 2024 carries a caveat, shown beside it.',
    );
    expect(real(frames.compact).summary).toBe(real(frames.wide).summary);
    expect(real(frames.compact).table).toEqual(real(frames.wide).table);
  });

  it.each(Object.entries(frames))(
    'is legible in the %s layout: no overlapping labels, no text under 12 px',
    (name, frame) => {
      const spec = real(frame);
      expect(legibilityProblems(spec, name as FrameName)).toEqual([]);
    },
  );

  it('renders the same SVG as the reviewed golden files', () => expectGoldens('waffle-staffing', chart.title, real));
});

describe('waffle', () => {
  const spec = (data: readonly WaffleDatum[], extra: Partial<WaffleOptions> = {}) =>
    waffle(data, { ...options, frame: frames.wide, ...extra });

  it.each([
    ['exact multiples', [300, 100], 10, 600, 10],
    ['too many squares: the next round size up', [10_000], 10, 600, 20],
    ['far too many', [1e6, 5e5], 10, 600, 5000],
    ['huge', [1e12], 10, 600, 2e9],
  ])('chooses people per square: %s', (_, values, requested, max, expected) => {
    expect(squareSize(values, requested, max)).toBe(expected);
  });

  it.each([
    ['one block', [{ group: 'A', value: 30 }], 3],
    ['a part square for a remainder', [{ group: 'A', value: 35 }], 4],
    ['nothing for zero', [{ group: 'A', value: 0 }], 0],
  ])('draws %s', (_, data, count) => {
    expect(squares(spec(data))).toHaveLength(count);
  });

  it('cuts the last square to its fraction', () => {
    const last = squares(spec([{ group: 'A', value: 35 }])).at(-1);
    const first = squares(spec([{ group: 'A', value: 35 }]))[0];
    expect((last?.width ?? 0) / (first?.width ?? 1)).toBeCloseTo(0.5, 1);
  });

  it('caps the squares for huge values and says so in the chart and the summary', () => {
    const result = spec([
      { group: 'A', value: 2_000_000 },
      { group: 'B', value: 1_000_000 },
    ]);
    expect(squares(result).length).toBeLessThanOrEqual(600);
    const key = 'Each square is 5,000 people, not 10: there are too many to draw.';
    expect(texts(result).join(' ')).toContain('Each square is 5,000 people, not 10:');
    expect(result.summary).toContain(key);
  });

  it('says "up to" in the table and the summary, never a bare number, for a qualified value', () => {
    const result = spec([
      { group: 'A', value: 50, qualified: true },
      { group: 'B', value: 20 },
    ]);
    expect(result.table.rows[0]).toContain('up to 50');
    expect(result.summary).toContain('the largest is up to 50 (A)');
  });

  it.each([
    ['a negative value', [{ group: 'A', value: -1 }], {}],
    ['a value that is not a number', [{ group: 'A', value: Number.NaN }], {}],
    ['a square of no people', [{ group: 'A', value: 1 }], { perSquare: 0 }],
  ])('refuses %s', (_, data, extra) => {
    expect(() => spec(data, extra)).toThrow(RangeError);
  });

  it('is sound for any dataset: finite numbers, marks in the frame, the largest value named', () => {
    const datum = fc.record(
      {
        group: fc.oneof(fc.constantFrom('BSC', 'NCA', 'A'), fc.string({ minLength: 1, maxLength: 80 })),
        value: fc.oneof(
          fc.constant(0),
          fc.integer({ min: 0, max: 1000 }),
          fc.double({ min: 0, max: 1e12, noNaN: true }),
        ),
        label: fc.string({ maxLength: 200 }),
        date: fc.constantFrom('4 Nov 2024', '3 Aug 2025'),
        qualified: fc.boolean(),
        note: fc.string({ minLength: 1, maxLength: 300 }),
      },
      { requiredKeys: ['group', 'value'] },
    );
    fc.assert(
      fc.property(fc.array(datum, { maxLength: 40 }), fc.constantFrom(frames.wide, frames.compact), (data, frame) => {
        const result = waffle(data, { ...options, frame });
        expect(frameProblems(result, frame)).toEqual([]);
        expect(squares(result).length).toBeLessThanOrEqual(600 + data.length);
        if (data.length > 0) expect(result.summary).toContain(formatCount(Math.max(...data.map((d) => d.value))));
      }),
      { seed: 20241104, numRuns: 200 },
    );
  });
});

describe('the waffle kind', () => {
  it.each([
    ['an unknown view', { ...chart }, 'count', /a waffle chart has no view "count" \(it has no views\)/],
    ['a missing perSquare', { ...chart, options: {} }, undefined, /options.perSquare: must be a number above 0/],
    ['a perSquare of zero', { ...chart, options: { perSquare: 0 } }, undefined, /options.perSquare/],
    ['perSquare as text', { ...chart, options: { perSquare: 'ten' } }, undefined, /options.perSquare/],
    [
      'an unknown option',
      { ...chart, options: { perSquare: 10, colour: 'red' } },
      undefined,
      /unknown option "colour"/,
    ],
  ])('refuses %s, naming the chart', (_, entry, view, message) => {
    expect(() => chartSpec(entry, dataset, frames.wide, view)).toThrow(message);
    expect(() => chartSpec(entry, dataset, frames.wide, view)).toThrow('Chart "staffing-announcements"');
  });
});
