import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridOf } from './grid.ts';
import type { Table } from './types.ts';

const columns = [
  { label: 'Route', numeric: false },
  { label: 'Year', numeric: false },
  { label: 'Grants', numeric: true },
];

describe('gridOf', () => {
  it('lays a list of [route, year, value] out as years × routes, years in order, a gap where there is no row', () => {
    const table: Table = {
      columns,
      rows: [
        ['All', '2016', '9'],
        ['All', '2015', '8'],
        ['Afghan', '2016', '3'],
      ],
    };
    expect(gridOf(table)).toEqual({
      rowLabel: 'Year',
      columnLabel: 'Route',
      valueLabel: 'Grants',
      columns: ['All', 'Afghan'],
      rows: [
        { header: '2015', cells: [1, null] },
        { header: '2016', cells: [0, 2] },
      ],
    });
  });

  it.each([
    [
      'one column',
      [
        ['All', '2015', '1'],
        ['All', '2016', '2'],
      ],
    ],
    [
      'one row',
      [
        ['All', '2015', '1'],
        ['Afghan', '2015', '2'],
      ],
    ],
    [
      'a cell twice',
      [
        ['All', '2015', '1'],
        ['All', '2015', '2'],
        ['B', '2016', '3'],
      ],
    ],
  ])('gives no grid for %s', (_, rows) => {
    expect(gridOf({ columns, rows })).toBeUndefined();
  });

  it('puts every list row in exactly one cell, under its own row and column headers', () => {
    const row = fc.tuple(
      fc.constantFrom('a', 'b', 'c', 'd'),
      fc.integer({ min: 1990, max: 2030 }).map(String),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => `${r[0]}|${r[1]}`, maxLength: 40 }), (rows) => {
        const grid = gridOf({ columns, rows });
        if (!grid) return;
        const seen = grid.rows.flatMap((r) => r.cells.flatMap((c) => (c === null ? [] : [c])));
        expect(seen.toSorted((a, b) => a - b)).toEqual(rows.map((_, i) => i));
        grid.rows.forEach((r) =>
          r.cells.forEach((c, j) => {
            if (c !== null) expect([rows[c]?.[0], rows[c]?.[1]]).toEqual([grid.columns[j], r.header]);
          }),
        );
      }),
      { seed: 20261204, numRuns: 200 },
    );
  });
});
