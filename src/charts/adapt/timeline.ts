import { timeline, timelineViews, type TimelineDatum } from '../timeline.ts';
import { channel, chooseView, columnFormat, listOption, numberOf, optionalChannel, textOf } from './shared.ts';
import type { Adapter } from './types.ts';

/**
 * encoding: x = date column, y = amount column, label = what it is for; optional group = how the money is
 * described (its enum order picks the treatment: first solid, second hatched, the rest outlined) and
 * filter = the amount's basis.
 *
 * options (charts.yaml):
 * - `sum`: the filter values that may be added into the running total, comma-separated (e.g. `one-off`).
 *   Required when `filter` is bound: with a basis column, nothing is summed unless the chart says so.
 * - `yearly`: filter values that are amounts a year, written "£280m a year" and never summed.
 * - `group.<value>` / `filter.<value>`: the words a reader sees for a value (default: the value itself).
 * - `sumLabel`: what the running total adds up, for the summary ("one-off sums").
 *
 * views: `cumulative` (running total, the default) and `tranches` (each announcement on its own).
 */
export const adaptTimeline: Adapter = (chart, dataset, frame, view) => {
  const chosen = chooseView(chart, timelineViews, view);
  const x = channel(chart, dataset, 'x');
  const y = channel(chart, dataset, 'y');
  const label = channel(chart, dataset, 'label');
  const group = optionalChannel(chart, dataset, 'group');
  const filter = optionalChannel(chart, dataset, 'filter');
  const sum = listOption(chart, 'sum');
  const yearly = listOption(chart, 'yearly');
  if (filter && sum.length === 0) {
    throw new Error(
      `Chart "${chart.id}": a timeline with a \`filter\` channel needs \`options.sum\` (the values that may be added up)`,
    );
  }
  const words = (prefix: string, value: string) => {
    const option = chart.options[`${prefix}.${value}`];
    return typeof option === 'string' ? option : value;
  };
  const variants = ['hatched', 'outline'] as const;
  const data = dataset.rows.flatMap((row): TimelineDatum[] => {
    const value = numberOf(row, y.name);
    if (value === null) return [];
    const groupValue = group ? textOf(row, group.name) : null;
    const basis = filter ? textOf(row, filter.name) : null;
    const order = groupValue === null ? -1 : (group?.column.values ?? []).indexOf(groupValue);
    const variant = order <= 0 ? undefined : variants[Math.min(order, variants.length) - 1];
    const isYearly = basis !== null && yearly.includes(basis);
    return [
      {
        date: textOf(row, x.name),
        value,
        label: textOf(row, label.name) ?? '–',
        ...(groupValue !== null
          ? { group: { text: words('group', groupValue), ...(variant ? { variant } : {}) } }
          : {}),
        ...(basis !== null ? { basis: words('filter', basis) } : {}),
        // Without a basis column every amount is taken to be a one-off sum; with one, only those listed.
        summable: !isYearly && (filter ? basis !== null && sum.includes(basis) : true),
        ...(isYearly ? { yearly: true } : {}),
      },
    ];
  });
  const sumLabel = chart.options['sumLabel'];
  return timeline(data, {
    frame,
    format: columnFormat(y.column),
    view: chosen,
    columns: {
      date: x.column.label,
      label: label.column.label,
      value: y.column.label,
      ...(group ? { group: group.column.label } : {}),
      ...(filter ? { basis: filter.column.label } : {}),
    },
    ...(typeof sumLabel === 'string' ? { sumLabel } : {}),
  });
};
