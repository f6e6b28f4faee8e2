import { bar } from '../bar.ts';
import { cellText, channel, columnFormat, numberOf } from './columns.ts';
import { defineKind, optionsSchema } from './define.ts';

/**
 * Bars, one per category. encoding: x = category column, y = value column. Rows without a value are left
 * out (not drawn as 0). No views, no options.
 */
export const barKind = defineKind({
  name: 'bar',
  channels: { required: ['x', 'y'], optional: [] },
  views: [],
  options: optionsSchema('bar', {}),
  adapt(chart, dataset, frame) {
    const x = channel(chart, dataset, 'x');
    const y = channel(chart, dataset, 'y');
    const data = dataset.rows.flatMap((row) => {
      const value = numberOf(row, y.name);
      return value === null ? [] : [{ label: cellText(row[x.name], x.column), value }];
    });
    return bar(data, {
      frame,
      format: columnFormat(y.column),
      categoryLabel: x.column.label,
      valueLabel: y.column.label,
      ordered: x.column.type === 'year' || x.column.type === 'date',
    });
  },
});
