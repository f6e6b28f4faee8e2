import type { Frame, TableColumn } from '../types.ts';

export type ComparisonView = 'linear' | 'log';
export const comparisonViews: readonly ComparisonView[] = ['linear', 'log'];

export interface ComparisonDatum {
  label: string;
  /** Never negative: these are amounts (the CSV loader rejects negative money). */
  value: number;
  /** The period the amount covers, as the source gives it: "2023-24 (forecast)", "Three years". */
  period?: string;
  /** A total over more than one year (or to a date): drawn outlined, so it never looks like a year's amount. */
  total?: boolean;
  /** The row the chart is about (e.g. the BSC money): drawn in the stronger tone. */
  highlight?: boolean;
}

export interface ComparisonOptions {
  frame: Frame;
  format: (value: number) => string;
  view: ComparisonView;
  /** Table headers, from the dataset's column labels. */
  columns: { label: string; value: string; period?: string };
  /** `data`: keep the rows in the order given (a series over time stays in time order); else largest first. */
  order?: 'size' | 'data';
}

export interface Row extends ComparisonDatum {
  /** Index into the table's rows (largest first, or in the data's order). */
  row: number;
}

export interface Prepared {
  rows: Row[];
  /** Every value, largest first, whatever order the rows are drawn in: the break and summary are about sizes. */
  values: number[];
  largest: number;
  second: number;
  /** The linear view cuts its largest bar (the break is drawn and said in words). */
  broken: boolean;
}

/** The rows in drawing order, and whether the largest must be cut to let the others be read. */
export function prepare(data: readonly ComparisonDatum[], options: ComparisonOptions): Prepared {
  const rows: Row[] = data
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (options.order === 'data' ? 0 : b.d.value - a.d.value) || a.i - b.i)
    .map(({ d }, row) => ({ ...d, value: Math.max(0, d.value), row }));
  const values = rows.map((r) => r.value).sort((a, b) => b - a);
  const largest = values[0] ?? 0;
  const second = values[1] ?? 0;
  // A break only where one bar would squash the rest: more than twice the next, and the next is not zero.
  const broken = options.view === 'linear' && rows.length > 2 && second > 0 && largest > 2 * second;
  return { rows, values, largest, second, broken };
}

export function comparisonTable(rows: readonly Row[], options: ComparisonOptions) {
  const columns: TableColumn[] = [
    { label: options.columns.label, numeric: false },
    ...(options.columns.period ? [{ label: options.columns.period, numeric: false }] : []),
    { label: options.columns.value, numeric: true },
  ];
  const format = options.format;
  return {
    columns,
    rows: rows.map((r) => [r.label, ...(options.columns.period ? [r.period ?? '–'] : []), format(r.value)]),
  };
}
