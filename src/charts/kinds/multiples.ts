import { multiples, type MultiplesDatum } from '../multiples.ts';
import { cellText, channel, columnFormat, numberOf, rowCaveat, valuesInOrder } from './columns.ts';
import { defineKind, optionsSchema } from './define.ts';

/**
 * Small multiples: one panel a series, on a shared band of columns. encoding: y = the series column (one
 * panel each; its `names` and `details` in the dataset YAML are what readers see), x = the shared column
 * (e.g. year), value = the count. Rows of confidence L are hatched and said to be likely; every row's
 * `note` goes into the table and tooltip. No views, no options.
 */
export const multiplesKind = defineKind({
  name: 'multiples',
  channels: { required: ['y', 'x', 'value'], optional: [] },
  views: [],
  options: optionsSchema('multiples', {}),
  adapt(chart, dataset, frame) {
    const y = channel(chart, dataset, 'y');
    const x = channel(chart, dataset, 'x');
    const value = channel(chart, dataset, 'value');
    const caveat = rowCaveat(dataset);
    const data = dataset.rows.flatMap((row): MultiplesDatum[] => {
      const count = numberOf(row, value.name);
      if (count === null) return [];
      const { likely, note } = caveat(row);
      return [
        {
          series: cellText(row[y.name], y.column),
          x: cellText(row[x.name], x.column),
          value: count,
          ...(likely ? { likely: true } : {}),
          ...(note ? { note } : {}),
        },
      ];
    });
    return multiples(data, {
      frame,
      format: columnFormat(value.column),
      seriesLabel: y.column.label,
      xLabel: x.column.label,
      valueLabel: value.column.label,
      series: valuesInOrder(
        y.column,
        data.map((d) => d.series),
      ),
    });
  },
});
