/**
 * What the small multiples draw from: the data checked, the panels (one a series) in order, the shared
 * columns (years), and the table the marks point at, with its grid.
 */
import { ascending } from 'd3-array';
import { gridOf } from '../grid.ts';
import { checkCounts, orderSeries, seriesTable, type SeriesName } from '../series.ts';
import type { Frame, Table } from '../types.ts';

export interface MultiplesDatum {
  /** The panel: a series id the `series` option can name (a route). */
  series: string;
  /** The shared column, as readers see it: "2024". */
  x: string;
  /** A count: never negative. */
  value: number;
  /** Likely but not checked against its source: hatched, and said so. */
  likely?: boolean;
  /** Shown in the table and tooltip. */
  note?: string;
}

export interface MultiplesOptions {
  frame: Frame;
  format: (value: number) => string;
  /** Table headers, e.g. "Route", "Year", "Grants". */
  seriesLabel: string;
  xLabel: string;
  valueLabel: string;
  /** Panels in order, with the names readers see and a short description; by default, first appearance. */
  series?: readonly SeriesName[];
}

export interface Panel extends SeriesName {
  /** One entry per shared column: the datum and its table row, or null where there is no figure. */
  cells: ({ datum: MultiplesDatum; row: number } | null)[];
  /** The panel's own largest value: the top of its scale. */
  top: number;
}

export interface Prepared {
  xs: string[];
  panels: Panel[];
  table: Table;
}

export function prepare(data: readonly MultiplesDatum[], options: MultiplesOptions): Prepared {
  checkCounts('multiples', data, (d) => `"${d.series}" in ${d.x}`);
  const seen = new Set<string>();
  for (const d of data) {
    const key = JSON.stringify([d.series, d.x]);
    if (seen.has(key)) throw new RangeError(`multiples: "${d.series}" has two values for ${d.x}`);
    seen.add(key);
  }
  const xs = [...new Set(data.map((d) => d.x))];
  // Years (or any numbers) run in numeric order; other columns keep the order of the data.
  if (xs.every((x) => /^-?\d+(\.\d+)?$/.test(x))) xs.sort((a, b) => ascending(Number(a), Number(b)));
  const rows: string[][] = [];
  const panels = orderSeries(
    options.series,
    data.map((d) => d.series),
  ).map((series): Panel => {
    const cells = xs.map((x) => {
      const datum = data.find((d) => d.series === series.id && d.x === x);
      if (!datum) return null;
      rows.push([series.name, x, options.format(datum.value), datum.note ?? '–']);
      return { datum, row: rows.length - 1 };
    });
    const top = Math.max(0, ...cells.map((c) => c?.datum.value ?? 0));
    return { ...series, cells, top };
  });
  const hasNote = data.some((d) => d.note !== undefined);
  const table = seriesTable(options, rows, hasNote);
  const grid = gridOf(table);
  return { xs, panels, table: grid ? { ...table, grid } : table };
}
