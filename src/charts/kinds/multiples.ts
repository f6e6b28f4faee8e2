import { multiples } from '../multiples.ts';
import { defineKind, optionsSchema } from './define.ts';
import { seriesRows } from './series-rows.ts';

/**
 * Small multiples: one panel a series, on a shared band of columns, read as src/charts/kinds/series-rows.ts
 * says (y = the series, x = the shared column, value = the count). Rows of confidence L are hatched and
 * said to be likely; every row's `note` goes into the table and tooltip. No views, no options.
 */
export const multiplesKind = defineKind({
  name: 'multiples',
  channels: { required: ['y', 'x', 'value'], optional: [] },
  views: [],
  options: optionsSchema('multiples', {}),
  adapt(chart, dataset, frame) {
    const { data, options } = seriesRows(chart, dataset);
    return multiples(data, { frame, ...options });
  },
});
