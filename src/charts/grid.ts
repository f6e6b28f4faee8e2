/**
 * A matrix's table as a grid: years down the side, routes across the top. A screen reader then moves
 * along a year or down a route cell by cell, hearing each cell's year and route from its headers, where a
 * list of 40 rows made it hear every row's year and route again. The list stays: marks point at its rows.
 */
import { ascending } from 'd3-array';
import type { Grid, Table } from './types.ts';

/**
 * The grid of a list table whose rows are [column key, row key, value, note?]. Row keys that are all
 * numbers (years) run in numeric order; column keys keep the order they are first met (the drawing's).
 * Returns undefined where a grid says nothing a list does not: a single row or column, or a key pair that
 * appears twice (a grid cell holds one figure).
 */
export function gridOf(table: Table): Grid | undefined {
  const [column, row, value] = table.columns;
  if (!column || !row || !value) return undefined;
  const columns = [...new Set(table.rows.map((r) => r[0] ?? ''))];
  const headers = [...new Set(table.rows.map((r) => r[1] ?? ''))];
  if (headers.every((h) => /^-?\d+(\.\d+)?$/.test(h))) headers.sort((a, b) => ascending(Number(a), Number(b)));
  if (columns.length < 2 || headers.length < 2) return undefined;
  const at = new Map<string, number>();
  for (const [i, r] of table.rows.entries()) {
    const key = JSON.stringify([r[1], r[0]]);
    if (at.has(key)) return undefined;
    at.set(key, i);
  }
  return {
    rowLabel: row.label,
    columnLabel: column.label,
    valueLabel: value.label,
    columns,
    rows: headers.map((header) => ({
      header,
      cells: columns.map((c) => at.get(JSON.stringify([header, c])) ?? null),
    })),
  };
}
