import { comparison, comparisonViews, type ComparisonDatum } from '../comparison.ts';
import { channel, chooseView, columnFormat, listOption, numberOf, optionalChannel, textOf } from './shared.ts';
import type { Adapter } from './types.ts';

/**
 * encoding: label = what the amount is, value = the amount; optional period = the period it covers (written
 * on every row) and group = the kind of period.
 *
 * options (charts.yaml):
 * - `single`: the group values that are one year's amount, comma-separated (e.g. `financial-year`); every
 *   other value is a total over more than one year and is drawn outlined. Without it, none is outlined.
 * - `highlight`: the key (the dataset's `key` column) of the row the chart is about.
 *
 * views: `linear` (bars to scale, one marked break if needed; the default) and `log`.
 */
export const adaptComparison: Adapter = (chart, dataset, frame, view) => {
  const chosen = chooseView(chart, comparisonViews, view);
  const label = channel(chart, dataset, 'label');
  const value = channel(chart, dataset, 'value');
  const period = optionalChannel(chart, dataset, 'period');
  const group = optionalChannel(chart, dataset, 'group');
  const single = listOption(chart, 'single');
  const highlight = chart.options['highlight'];
  if (highlight !== undefined && !dataset.rows.some((row) => textOf(row, dataset.meta.key) === String(highlight))) {
    throw new Error(
      `Chart "${chart.id}": options.highlight "${highlight}" is not a ${dataset.meta.key} in ${dataset.id}`,
    );
  }
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
        ...(highlight !== undefined && textOf(row, dataset.meta.key) === String(highlight) ? { highlight: true } : {}),
      },
    ];
  });
  return comparison(data, {
    frame,
    format: columnFormat(value.column),
    view: chosen,
    columns: {
      label: label.column.label,
      value: value.column.label,
      ...(period ? { period: period.column.label } : {}),
    },
  });
};
