/**
 * How the two series × x × value kinds (the dot plot, the small multiples) read a dataset: one row a figure,
 * y = the series column (its `names` and `details` in the dataset YAML are what readers see), x = the
 * column heading each figure (e.g. year), value = the count. A row without a number is no figure. Rows of
 * confidence L are likely, and every row's `note` goes with it. The optional qualifier (a yes/no column:
 * yes means "at least") is a channel only the dot plot declares.
 */
import type { Dataset } from '../../lib/content/load.ts';
import type { ChartEntry } from '../../lib/content/schemas.ts';
import type { SeriesName } from '../series.ts';
import { cellText, channel, columnFormat, numberOf, optionalChannel, rowCaveat, valuesInOrder } from './columns.ts';

export interface SeriesDatum {
  series: string;
  x: string;
  value: number;
  atLeast?: true;
  likely?: true;
  note?: string;
}

/** The figures, and the options both kinds take besides the frame: number format, table headers, series. */
export function seriesRows(chart: ChartEntry, dataset: Dataset) {
  const y = channel(chart, dataset, 'y');
  const x = channel(chart, dataset, 'x');
  const value = channel(chart, dataset, 'value');
  const qualifier = optionalChannel(chart, dataset, 'qualifier');
  const caveat = rowCaveat(dataset);
  const data = dataset.rows.flatMap((row): SeriesDatum[] => {
    const count = numberOf(row, value.name);
    if (count === null) return [];
    const { likely, note } = caveat(row);
    return [
      {
        series: cellText(row[y.name], y.column),
        x: cellText(row[x.name], x.column),
        value: count,
        ...(qualifier && row[qualifier.name] === 'yes' ? { atLeast: true as const } : {}),
        ...(likely ? { likely: true as const } : {}),
        ...(note ? { note } : {}),
      },
    ];
  });
  const series: readonly SeriesName[] = valuesInOrder(
    y.column,
    data.map((d) => d.series),
  );
  const options = {
    format: columnFormat(value.column),
    seriesLabel: y.column.label,
    xLabel: x.column.label,
    valueLabel: value.column.label,
    series,
  };
  return { data, options };
}
