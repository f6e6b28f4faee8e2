/**
 * /charts/<id>.csv: the chart's dataset as data, not as text to read. Column names as in content/data
 * (plain, e.g. `amount_gbp`), raw values (75000000, not "£75m"), one line per data row, in the dataset's
 * column order; an absent figure is an empty cell. Spreadsheets and data tools read it as it is.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Dataset } from '../lib/content/load.ts';

export function datasetCsv(dataset: Dataset): string {
  const names = Object.keys(dataset.meta.columns);
  const rows = dataset.rows.map((row) =>
    names.map((name) => (row[name] === null || row[name] === undefined ? '' : String(row[name]))),
  );
  return `${csvFormatRows([names, ...rows])}\n`;
}
