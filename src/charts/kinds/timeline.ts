import { z } from 'zod';
import { timeline, timelineViews, type TimelineDatum } from '../timeline.ts';
import { channel, columnFormat, numberOf, optionalChannel, textOf } from './columns.ts';
import { commaList, defineKind, optionsSchema, prefixed } from './define.ts';
import type { OptionProblem } from '../../lib/content/kinds.ts';

/** How a value of the `group` channel is drawn. Solid unless the chart says otherwise. */
const treatments = ['solid', 'hatched', 'outline'] as const;

const words = z.string({ error: 'must be the words a reader sees for this value' }).min(1);

/**
 * Money announced over time. encoding: x = date column, y = amount column, label = what it is for;
 * optional group = how the money is described and filter = the amount's basis.
 *
 * options (charts.yaml):
 * - `sum`: the filter values that may be added into the running total, comma-separated (e.g. `one-off`).
 *   Required when `filter` is bound: with a basis column, nothing is summed unless the chart says so.
 * - `yearly`: filter values that are amounts a year, written "£280m a year" and never summed.
 * - `group.<value>` / `filter.<value>`: the words a reader sees for a value (default: the value itself).
 * - `treatment.<value>`: how a group value is drawn: `solid` (the default), `hatched` or `outline`. Said
 *   for each value, so reordering the column's `values` never changes a chart's meaning.
 * - `sumLabel`: what the running total adds up, for the summary ("one-off sums").
 *
 * views: `cumulative` (running total, the default) and `tranches` (each announcement on its own).
 */
export const timelineKind = defineKind({
  name: 'timeline',
  channels: { required: ['x', 'y', 'label'], optional: ['group', 'filter'] },
  views: timelineViews,
  through: { channel: 'x' },
  options: optionsSchema(
    'timeline',
    {
      sum: commaList.optional(),
      yearly: commaList.optional(),
      sumLabel: z.string({ error: 'must say what the running total adds up, e.g. "one-off sums"' }).min(1).optional(),
    },
    {
      'group.': words,
      'filter.': words,
      'treatment.': z.enum(treatments, { error: `must be one of: ${treatments.join(', ')}` }),
    },
  ),
  check(chart, dataset) {
    const problems: OptionProblem[] = [];
    const columnOf = (name: string) => {
      const bound = chart.encoding[name];
      return bound ? dataset.meta.columns[bound] : undefined;
    };
    if (chart.encoding['filter'] && chart.options['sum'] === undefined) {
      problems.push({
        path: ['sum'],
        message: 'a timeline with a `filter` channel needs `options.sum` (the values that may be added up)',
      });
    }
    // Every value an option names must be one the bound column can hold: a typo would silently do nothing.
    const named: [string, string, string][] = [
      ...Object.keys(chart.options).flatMap((key): [string, string, string][] => {
        const [prefix, ...rest] = key.split('.');
        const channelName = prefix === 'treatment' ? 'group' : prefix;
        return rest.length > 0 && channelName ? [[key, channelName, rest.join('.')]] : [];
      }),
      ...(['sum', 'yearly'] as const).flatMap((key): [string, string, string][] => {
        const value = chart.options[key];
        return typeof value === 'string' ? commaList.parse(value).map((v) => [key, 'filter', v]) : [];
      }),
    ];
    for (const [key, channelName, value] of named) {
      const column = columnOf(channelName);
      if (!column)
        problems.push({ path: [key], message: `names a value of the "${channelName}" channel, which is not bound` });
      else if (column.values && !column.values.includes(value)) {
        problems.push({
          path: [key],
          message: `"${value}" is not a value of the ${channelName} column (${column.values.join(', ')})`,
        });
      }
    }
    return problems;
  },
  adapt(chart, dataset, frame, view, options, state) {
    const x = channel(chart, dataset, 'x');
    const y = channel(chart, dataset, 'y');
    const label = channel(chart, dataset, 'label');
    const group = optionalChannel(chart, dataset, 'group');
    const filter = optionalChannel(chart, dataset, 'filter');
    const sum = options.sum ?? [];
    const yearly = options.yearly ?? [];
    const groupWords = prefixed(options, 'group.');
    const filterWords = prefixed(options, 'filter.');
    const treatment = prefixed(options, 'treatment.');
    const data = dataset.rows.flatMap((row): TimelineDatum[] => {
      const value = numberOf(row, y.name);
      if (value === null) return [];
      const groupValue = group ? textOf(row, group.name) : null;
      const basis = filter ? textOf(row, filter.name) : null;
      const drawn = groupValue === null ? undefined : treatment[groupValue];
      const variant = drawn === 'hatched' || drawn === 'outline' ? drawn : undefined;
      const isYearly = basis !== null && yearly.includes(basis);
      return [
        {
          date: textOf(row, x.name),
          value,
          label: textOf(row, label.name) ?? '–',
          ...(groupValue !== null
            ? { group: { text: groupWords[groupValue] ?? groupValue, ...(variant ? { variant } : {}) } }
            : {}),
          ...(basis !== null ? { basis: filterWords[basis] ?? basis } : {}),
          // Without a basis column every amount is taken to be a one-off sum; with one, only those listed.
          summable: !isYearly && (filter ? basis !== null && sum.includes(basis) : true),
          ...(isYearly ? { yearly: true } : {}),
        },
      ];
    });
    return timeline(data, {
      frame,
      format: columnFormat(y.column),
      view: view ?? 'cumulative',
      columns: {
        date: x.column.label,
        label: label.column.label,
        value: y.column.label,
        ...(group ? { group: group.column.label } : {}),
        ...(filter ? { basis: filter.column.label } : {}),
      },
      ...(options.sumLabel ? { sumLabel: options.sumLabel } : {}),
      ...(state.through !== undefined ? { through: state.through } : {}),
    });
  },
});
