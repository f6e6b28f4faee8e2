import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addedBetween } from './step-adds.ts';

const columns = { date: 'date', label: 'what' };

describe('addedBetween', () => {
  const rows = [
    { date: '2024-09-17', what: 'First' },
    { date: '2024-11-04', what: 'Second' },
    { date: '2024-11-05', what: 'Third' },
    { date: null, what: 'Undated' },
    { date: '2025-03-31', what: 'Fourth' },
  ];

  it('gives the rows after the previous date and on or before this one, in the data’s order', () => {
    expect(addedBetween(rows, columns, undefined, '2024-09-17')).toEqual(['First']);
    expect(addedBetween(rows, columns, '2024-09-17', '2024-11-04')).toEqual(['Second']);
    expect(addedBetween(rows, columns, '2024-11-04', '2025-08-03')).toEqual(['Third', 'Fourth']);
    expect(addedBetween(rows, columns, '2025-03-31', '2025-08-03')).toEqual([]);
  });

  it('splits the dated rows among consecutive steps, each row once', () => {
    const day = fc
      .integer({ min: 0, max: 60 })
      .map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 12 }),
        fc.uniqueArray(day, { minLength: 1, maxLength: 5 }),
        (dates, steps) => {
          const data = dates.map((date, i) => ({ date, what: `row ${i}` }));
          const sorted = [...steps].sort();
          const added = sorted.flatMap((through, i) => addedBetween(data, columns, sorted[i - 1], through));
          const last = sorted.at(-1) ?? '';
          expect(added.sort()).toEqual(
            data
              .filter((r) => r.date <= last)
              .map((r) => r.what)
              .sort(),
          );
        },
      ),
      { seed: 17 },
    );
  });
});
