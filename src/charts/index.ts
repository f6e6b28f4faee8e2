/**
 * From a chart entry in content/charts.yaml and its dataset to a ChartSpec for one frame. The only place
 * that knows both the content model and the chart kinds: kinds stay pure and testable with plain arrays.
 */
import { bar } from './bar.ts';
import { formatValue, type ValueType } from '../lib/format.ts';
import type { Dataset } from '../lib/content/load.ts';
import type { ChartEntry, Column } from '../lib/content/schemas.ts';
import type { Cell, Row } from '../lib/content/csv.ts';
import type { ChartSpec, Frame } from './types.ts';

/** How a column's numbers are always written. */
export function columnFormat(column: Column): (value: number) => string {
  const type: ValueType = column.type === 'gbp' || column.type === 'eur' || column.type === 'percent' || column.type === 'year'
    ? column.type
    : 'count';
  return (value) => formatValue(value, type);
}

/** A cell as text for labels and tables. */
export function cellText(cell: Cell, column: Column): string {
  if (cell === null) return '–';
  if (typeof cell === 'number') return columnFormat(column)(cell);
  return column.type === 'date' ? formatValue(cell, 'date') : cell;
}

function column(dataset: Dataset, name: string | undefined): Column {
  const found = name ? dataset.meta.columns[name] : undefined;
  // Content validation has already checked every encoding against the dataset's columns.
  if (!found || !name) throw new Error(`Chart encoding names an unknown column "${name}" in ${dataset.id}`);
  return found;
}

function numberOf(row: Row, name: string): number | null {
  const value = row[name];
  return typeof value === 'number' ? value : null;
}

export function chartSpec(chart: ChartEntry, dataset: Dataset, frame: Frame): ChartSpec {
  switch (chart.kind) {
    case 'bar': {
      const x = column(dataset, chart.encoding['x']);
      const y = column(dataset, chart.encoding['y']);
      const xName = chart.encoding['x'] ?? '';
      const yName = chart.encoding['y'] ?? '';
      const data = dataset.rows.flatMap((row) => {
        const value = numberOf(row, yName);
        return value === null ? [] : [{ label: cellText(row[xName] ?? null, x), value }];
      });
      return bar(data, {
        frame,
        format: columnFormat(y),
        categoryLabel: x.label,
        valueLabel: y.label,
        ordered: x.type === 'year' || x.type === 'date',
      });
    }
    default:
      throw new Error(`Chart kind "${chart.kind}" (chart "${chart.id}") has no spec yet`);
  }
}
