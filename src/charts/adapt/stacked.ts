import { stacked, type StackedDatum } from '../stacked.ts';
import { formatPercent } from '../../lib/format.ts';
import { cellText, channel, chooseView, columnFormat, numberOf } from './shared.ts';
import type { Adapter } from './types.ts';

/** Names readers see for the series values; a value not listed is shown as it is written. */
const seriesNames: Readonly<Record<string, string>> = {
  'new-visa': 'New visas',
  extension: 'Extensions',
  grant: 'Grants (not split)',
};

/** The views a stacked chart can declare: `count` is the default. */
export const stackedViews = ['count', 'share'] as const;

/**
 * encoding: x = category column (one bar each), y = value column, series = the column that splits a bar.
 * Views: `count` (the values) and `share` (each value as a % of the total of all values). A chart that
 * declares no views shows the count. Rows without a value are left out. No options.
 */
export const adaptStacked: Adapter = (chart, dataset, frame, view) => {
  const known = Object.keys(chart.options);
  if (known.length > 0) {
    throw new Error(
      `Chart "${chart.id}": a stacked chart takes no options (got ${known.map((n) => `"${n}"`).join(', ')})`,
    );
  }
  const chosen = chooseView(chart, stackedViews, view);
  const x = channel(chart, dataset, 'x');
  const y = channel(chart, dataset, 'y');
  const series = channel(chart, dataset, 'series');
  const data = dataset.rows.flatMap((row): StackedDatum[] => {
    const value = numberOf(row, y.name);
    return value === null
      ? []
      : [{ category: cellText(row[x.name], x.column), series: cellText(row[series.name], series.column), value }];
  });
  // Series stack in the order the dataset declares them (new visas before extensions), not the order met.
  const order = series.column.values ?? [...new Set(data.map((d) => d.series))];
  const shareLabel =
    chart.views?.find((v) => v.id === 'share')?.label ?? `Share of all ${y.column.label.toLowerCase()}`;
  return stacked(data, {
    frame,
    format: columnFormat(y.column),
    categoryLabel: x.column.label,
    seriesLabel: series.column.label,
    valueLabel: y.column.label,
    series: order.map((id) => ({ id, name: seriesNames[id] ?? id })),
    ...(chosen === 'share' ? { share: { label: shareLabel, format: (p: number) => formatPercent(p) } } : {}),
  });
};
