import { z } from 'zod';
import { comparison, comparisonViews, type ComparisonDatum } from '../comparison.ts';
import { channel, columnFormat, numberOf, optionalChannel, textOf } from './columns.ts';
import { commaList, defineKind, optionsSchema } from './define.ts';

/**
 * Amounts side by side. encoding: label = what the amount is, value = the amount; optional period = the
 * period it covers (written on every row) and group = the kind of period.
 *
 * options (charts.yaml):
 * - `single`: the group values that are one year's amount, comma-separated (e.g. `financial-year`); every
 *   other value is a total over more than one year and is drawn outlined. Without it, none is outlined.
 * - `highlight`: the key (the dataset's `key` column) of the row the chart is about.
 * - `order`: `size` (the default: largest first) or `data` (the rows in the dataset's order: for a series
 *   over time, which sorting by size would put out of time order).
 *
 * views: `linear` (bars to scale, one marked break if needed; the default) and `log`.
 */
export const comparisonKind = defineKind({
  name: 'comparison',
  channels: { required: ['label', 'value'], optional: ['group', 'period'] },
  views: comparisonViews,
  options: optionsSchema('comparison', {
    single: commaList.optional(),
    highlight: z.coerce.string().optional(),
    order: z.enum(['size', 'data'], { error: 'must be size (largest first) or data (the dataset’s order)' }).optional(),
  }),
  check(chart, dataset) {
    const highlight = chart.options['highlight'];
    if (highlight === undefined || dataset.rows.some((row) => textOf(row, dataset.meta.key) === String(highlight))) {
      return [];
    }
    return [{ path: ['highlight'], message: `"${highlight}" is not a ${dataset.meta.key} in ${dataset.id}` }];
  },
  adapt(chart, dataset, frame, view, options) {
    const label = channel(chart, dataset, 'label');
    const value = channel(chart, dataset, 'value');
    const period = optionalChannel(chart, dataset, 'period');
    const group = optionalChannel(chart, dataset, 'group');
    const single = options.single ?? [];
    const { highlight, order } = options;
    const data = dataset.rows.flatMap((row): ComparisonDatum[] => {
      const amount = numberOf(row, value.name);
      if (amount === null) return [];
      const kind = group ? textOf(row, group.name) : null;
      const periodText = period ? textOf(row, period.name) : null;
      return [
        {
          label: textOf(row, label.name) ?? '–',
          value: amount,
          ...(periodText !== null ? { period: periodText } : {}),
          ...(kind !== null && single.length > 0 && !single.includes(kind) ? { total: true } : {}),
          ...(highlight !== undefined && textOf(row, dataset.meta.key) === highlight ? { highlight: true } : {}),
        },
      ];
    });
    return comparison(data, {
      frame,
      format: columnFormat(value.column),
      view: view ?? 'linear',
      ...(order ? { order } : {}),
      columns: {
        label: label.column.label,
        value: value.column.label,
        ...(period ? { period: period.column.label } : {}),
      },
    });
  },
});
