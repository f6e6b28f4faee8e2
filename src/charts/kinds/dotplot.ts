import { dotplot, type DotDatum } from '../dotplot.ts';
import { cellText, channel, columnFormat, numberOf, optionalChannel, rowCaveat, valuesInOrder } from './columns.ts';
import { defineKind, optionsSchema } from './define.ts';

/**
 * A grid of dots. encoding: y = the series column (one row each; its `names` and `details` in the dataset
 * YAML are what readers see: who counted, and what their count covers), x = the column heading each count
 * (e.g. year), value = the count; optional qualifier (a yes/no column: yes means "at least"). Rows of
 * confidence L are drawn fainter and said to be likely; every row's `note` goes into the table and tooltip.
 * No views, no options.
 */
export const dotplotKind = defineKind({
  name: 'dotplot',
  channels: { required: ['y', 'x', 'value'], optional: ['qualifier'] },
  views: [],
  options: optionsSchema('dotplot', {}),
  adapt(chart, dataset, frame) {
    const y = channel(chart, dataset, 'y');
    const x = channel(chart, dataset, 'x');
    const value = channel(chart, dataset, 'value');
    const qualifier = optionalChannel(chart, dataset, 'qualifier');
    const caveat = rowCaveat(dataset);
    const data = dataset.rows.flatMap((row): DotDatum[] => {
      const count = numberOf(row, value.name);
      if (count === null) return [];
      const { likely, note } = caveat(row);
      return [
        {
          series: cellText(row[y.name], y.column),
          x: cellText(row[x.name], x.column),
          value: count,
          ...(qualifier && row[qualifier.name] === 'yes' ? { atLeast: true } : {}),
          ...(likely ? { likely: true } : {}),
          ...(note ? { note } : {}),
        },
      ];
    });
    return dotplot(data, {
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
