/** The pure steps from a release to the site's files: written text reads back as what was meant. */
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  completeYears,
  perBoat,
  scalar,
  toCsv,
  yearlyDataset,
  yearTotals,
  weeklyPreventionsDataset,
  type ImportedDataset,
} from './datasets.ts';
import { addDays, type DailyRow, type Release } from './release.ts';

function release(days: readonly Pick<DailyRow, 'date' | 'people' | 'boats'>[]): Release {
  return { daily: days.map((d) => ({ ...d, uncontrolledBoats: null, note: null })), weekly: [] };
}

const days = fc
  .record({
    start: fc.integer({ min: 0, max: 3000 }),
    counts: fc.array(fc.record({ people: fc.option(fc.nat(900), { freq: 8 }), boats: fc.nat(20) }), {
      minLength: 1,
      maxLength: 800,
    }),
  })
  .map(({ start, counts }) => counts.map((c, i) => ({ date: addDays('2018-01-01', start + i), ...c })));

describe('yearly totals', () => {
  it('add up to the days they cover, and a day not available leaves its year unknown, never zero', () => {
    fc.assert(
      fc.property(days, (ds) => {
        const totals = yearTotals(release(ds));
        for (const [year, total] of totals) {
          const inYear = ds.filter((d) => d.date.startsWith(String(year)));
          const missing = inYear.some((d) => d.people === null);
          expect(total.people).toBe(missing ? null : inYear.reduce((a, d) => a + (d.people ?? 0), 0));
          expect(total.boats).toBe(inYear.reduce((a, d) => a + d.boats, 0));
        }
      }),
      { seed: 2025, numRuns: 100 },
    );
  });

  it('counts a year complete only with all its days, leap years included', () => {
    const all2024 = [...Array(366).keys()].map((i) => ({ date: addDays('2024-01-01', i), people: 1, boats: 1 }));
    expect([...completeYears(release(all2024))]).toEqual([2024]);
    expect([...completeYears(release(all2024.slice(1)))]).toEqual([]);
  });

  it('people per boat is people divided by boats, rounded; none without boats', () => {
    expect(perBoat(41472, 672)).toBe(62);
    expect(perBoat(299, 43)).toBe(7);
    expect(perBoat(10, 0)).toBeNull();
    expect(perBoat(null, 3)).toBeNull();
  });

  it('keeps a year the file holds only in part as the site had it, with its source', () => {
    const partYear = [...Array(30).keys()].map((i) => ({ date: addDays('2025-01-01', i), people: 10, boats: 1 }));
    const dataset = yearlyDataset(
      { release: release(partYear), published: '2025-02-01' },
      { rows: [{ year: 2025, people: 41472, people_per_boat: null, note: 'From the brief.' }], sources: ['brief'] },
    );
    expect(dataset.rows).toEqual([
      { year: 2025, people: 41472, boats: null, people_per_boat: null, note: 'From the brief.' },
    ]);
    expect(dataset.kept).toEqual(['2025']);
    expect(dataset.yaml).toContain('  - brief\n');
  });
});

describe('written text', () => {
  it('a YAML scalar reads back as the same text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        expect(parseYaml(`x: ${scalar(text)}`)).toEqual({ x: text });
      }),
      { seed: 7, numRuns: 300 },
    );
    expect(scalar('2,902 new days of arrivals: 1 January 2018')).toBe('"2,902 new days of arrivals: 1 January 2018"');
  });

  it('a CSV reads back as its rows, empty for not known', () => {
    const cell = fc.oneof(fc.constant(null), fc.nat(100000), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 20 }), (pairs) => {
        const dataset: ImportedDataset = {
          id: 'x',
          key: 'a',
          columns: ['a', 'b'],
          rows: pairs.map(([a, b]) => ({ a, b })),
          yaml: '',
        };
        const [header, ...rows] = csvParseRows(toCsv(dataset).replace(/\n$/, ''));
        expect(header).toEqual(['a', 'b']);
        expect(rows).toEqual(pairs.map((p) => p.map((v) => (v === null ? '' : String(v)))));
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('arrivals beside French preventions, week by week', () => {
  const week = (weekEnding: string, people: number | null, prevented: number | null) => ({
    weekEnding,
    people,
    boats: 1,
    uncontrolledBoats: 0,
    peoplePrevented: prevented,
    eventsPrevented: prevented === null ? null : 1,
    note: null,
  });
  const weekly = [
    week('2024-04-28', 50, null),
    week('2024-05-05', 10, 4),
    week('2024-05-12', null, 0),
    week('2024-05-19', 30, null),
  ];

  it('gives each week from the first with preventions two rows, side by side, never added; "-" stays empty', () => {
    const dataset = weeklyPreventionsDataset({
      release: { daily: [{ date: '2024-05-23', people: 1, boats: 1, uncontrolledBoats: 0, note: null }], weekly },
      published: '2024-05-24',
    });
    expect(dataset.rows).toEqual([
      { id: '2024-05-05-arrived', week_ending: '2024-05-05', measure: 'Arrived', people: 10 },
      { id: '2024-05-05-prevented', week_ending: '2024-05-05', measure: 'Prevented', people: 4 },
      { id: '2024-05-12-arrived', week_ending: '2024-05-12', measure: 'Arrived', people: null },
      { id: '2024-05-12-prevented', week_ending: '2024-05-12', measure: 'Prevented', people: 0 },
      { id: '2024-05-19-arrived', week_ending: '2024-05-19', measure: 'Arrived', people: 30 },
      { id: '2024-05-19-prevented', week_ending: '2024-05-19', measure: 'Prevented', people: null },
    ]);
    expect(toCsv(dataset).split('\n').slice(5, 7)).toEqual([
      '2024-05-19-arrived,2024-05-19,Arrived,30',
      '2024-05-19-prevented,2024-05-19,Prevented,',
    ]);
    const meta = parseYaml(dataset.yaml) as { through: string; caveats: string[] };
    expect(meta.through).toBe('2024-05-19');
    expect(meta.caveats[0]).toContain('estimates collected and provided to the UK by the French authorities');
  });
});
