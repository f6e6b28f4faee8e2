/** Helpers every adapter uses to read typed columns from a dataset. */
import { formatValue, type ValueType } from '../../lib/format.ts';
import type { Dataset } from '../../lib/content/load.ts';
import type { Column } from '../../lib/content/schemas.ts';
import type { Cell, Row } from '../../lib/content/csv.ts';
import type { ChartEntry } from '../../lib/content/schemas.ts';

/** How a column's numbers are always written. */
export function columnFormat(column: Column): (value: number) => string {
  const type: ValueType =
    column.type === 'gbp' || column.type === 'eur' || column.type === 'percent' || column.type === 'year'
      ? column.type
      : 'count';
  return (value) => formatValue(value, type);
}

/** A cell as text for labels and tables. */
export function cellText(cell: Cell | undefined, column: Column): string {
  if (cell === null || cell === undefined) return '–';
  if (typeof cell === 'number') return columnFormat(column)(cell);
  return column.type === 'date' ? formatValue(cell, 'date') : cell;
}

/** The column a chart channel is bound to, with its name. Content validation has checked it exists. */
export function channel(chart: ChartEntry, dataset: Dataset, name: string): { name: string; column: Column } {
  const columnName = chart.encoding[name];
  const column = columnName ? dataset.meta.columns[columnName] : undefined;
  if (!columnName || !column) {
    throw new Error(`Chart "${chart.id}": channel "${name}" is not bound to a column of ${dataset.id}`);
  }
  return { name: columnName, column };
}

/** An optional channel: undefined when the chart does not bind it. */
export function optionalChannel(
  chart: ChartEntry,
  dataset: Dataset,
  name: string,
): { name: string; column: Column } | undefined {
  return chart.encoding[name] ? channel(chart, dataset, name) : undefined;
}

/**
 * The view to draw: the one asked for, or the kind's default (its first). An unknown view is an error
 * naming the chart, since content validation should already have caught it.
 */
export function chooseView<V extends string>(chart: ChartEntry, known: readonly V[], view: string | undefined): V {
  const chosen = view ?? known[0];
  const match = known.find((k) => k === chosen);
  if (match === undefined) {
    const offered = known.length ? `it knows: ${known.join(', ')}` : 'it has no views';
    throw new Error(`Chart "${chart.id}": a ${chart.kind} chart has no view "${String(view)}" (${offered})`);
  }
  return match;
}

/** A comma-separated option as a list: `sum: one-off, two-year-total` → ['one-off', 'two-year-total']. */
export function listOption(chart: ChartEntry, name: string): string[] {
  const value = chart.options[name];
  return typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];
}

export function numberOf(row: Row, name: string): number | null {
  const value = row[name];
  return typeof value === 'number' ? value : null;
}

export function textOf(row: Row, name: string): string | null {
  const value = row[name];
  return value === null || value === undefined ? null : String(value);
}
