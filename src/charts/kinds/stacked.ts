import { stacked, type StackedDatum } from '../stacked.ts';
import { formatPercent } from '../../lib/format.ts';
import { cellText, channel, columnFormat, numberOf, valuesInOrder } from './columns.ts';
import { defineKind, optionsSchema } from './define.ts';

/**
 * Stacked bars. encoding: x = category column (one bar each), y = value column, series = the column that
 * splits a bar (its `names` in the dataset YAML are what readers see). Views: `count` (the values, the
 * default) and `share` (each value as a % of the total of all values). Rows without a value are left out.
 * No options.
 */
export const stackedKind = defineKind({
  name: 'stacked',
  channels: { required: ['x', 'y', 'series'], optional: [] },
  views: ['count', 'share'],
  options: optionsSchema('stacked', {}),
  adapt(chart, dataset, frame, view) {
    const x = channel(chart, dataset, 'x');
    const y = channel(chart, dataset, 'y');
    const series = channel(chart, dataset, 'series');
    const data = dataset.rows.flatMap((row): StackedDatum[] => {
      const value = numberOf(row, y.name);
      return value === null
        ? []
        : [{ category: cellText(row[x.name], x.column), series: cellText(row[series.name], series.column), value }];
    });
    const shareLabel =
      chart.views?.find((v) => v.id === 'share')?.label ?? `Share of all ${y.column.label.toLowerCase()}`;
    return stacked(data, {
      frame,
      format: columnFormat(y.column),
      categoryLabel: x.column.label,
      seriesLabel: series.column.label,
      valueLabel: y.column.label,
      series: valuesInOrder(
        series.column,
        data.map((d) => d.series),
      ),
      ...(view === 'share' ? { share: { label: shareLabel, format: (p: number) => formatPercent(p) } } : {}),
    });
  },
});
