import { dotplot } from '../dotplot.ts';
import { defineKind, optionsSchema } from './define.ts';
import { seriesRows } from './series-rows.ts';

/**
 * A grid of dots, read as src/charts/kinds/series-rows.ts says: y = the series column (one row each: who
 * counted, and what their count covers), x = the column heading each count (e.g. year), value = the count;
 * optional qualifier (a yes/no column: yes means "at least"). Rows of confidence L are drawn fainter and
 * said to be likely; every row's `note` goes into the table and tooltip. No views, no options.
 */
export const dotplotKind = defineKind({
  name: 'dotplot',
  channels: { required: ['y', 'x', 'value'], optional: ['qualifier'] },
  views: [],
  options: optionsSchema('dotplot', {}),
  adapt(chart, dataset, frame) {
    const { data, options } = seriesRows(chart, dataset);
    return dotplot(data, { frame, ...options });
  },
});
