/** Helpers every kind's adapter uses to read typed columns from a dataset. */
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

export function numberOf(row: Row, name: string): number | null {
  const value = row[name];
  return typeof value === 'number' ? value : null;
}

export function textOf(row: Row, name: string): string | null {
  const value = row[name];
  return value === null || value === undefined ? null : String(value);
}

/**
 * A column's values in the order its dataset declares them (`values:`, e.g. official counts first), each
 * with the words readers see (`names:`) and a short description (`details:`); values the column does not
 * declare follow in the order met. A value without a name is shown as it is written.
 */
export function valuesInOrder(column: Column, met: readonly string[]): { id: string; name: string; detail?: string }[] {
  const order = [...new Set([...(column.values ?? []), ...met])];
  return order.map((id) => {
    const detail = column.details?.[id];
    return { id, name: column.names?.[id] ?? id, ...(detail ? { detail } : {}) };
  });
}

/** The words readers see for one value of a column (its `names:` entry, else the value as written). */
export function nameOf(column: Column, value: string): string {
  return column.names?.[value] ?? value;
}

/**
 * Whether a row is of confidence L (its own `confidence` column, else the dataset's) and its `note`, if
 * the dataset has a note column: what a kind needs to draw a likely figure fainter or with its caveat.
 */
export function rowCaveat(dataset: Dataset): (row: Row) => { likely: boolean; note: string | null } {
  const confidence = Object.entries(dataset.meta.columns).find(([, c]) => c.type === 'confidence')?.[0];
  const hasNote = dataset.meta.columns['note'] !== undefined;
  return (row) => ({
    likely: (confidence ? row[confidence] : dataset.meta.confidence) === 'L',
    note: hasNote ? textOf(row, 'note') : null,
  });
}
