import { ascending } from 'd3-array';
import { line } from '../line.ts';
import { cellText, channel, columnFormat, numberOf } from './columns.ts';
import { defineKind, optionsSchema } from './define.ts';

/**
 * A line through time. encoding: x = period column (in time order), y = value column. Rows without a value
 * are passed on as gaps, so the line breaks (or stops) there instead of drawing 0. No views, no options.
 */
export const lineKind = defineKind({
  name: 'line',
  channels: { required: ['x', 'y'], optional: [] },
  views: [],
  options: optionsSchema('line', {}),
  adapt(chart, dataset, frame) {
    const x = channel(chart, dataset, 'x');
    const y = channel(chart, dataset, 'y');
    // A line joins neighbours in time, so rows are put in time order whatever order the file lists them in.
    const rows = [...dataset.rows].sort((a, b) => ascending(a[x.name] ?? undefined, b[x.name] ?? undefined));
    const data = rows.map((row) => ({ label: cellText(row[x.name], x.column), value: numberOf(row, y.name) }));
    return line(data, {
      frame,
      format: columnFormat(y.column),
      categoryLabel: x.column.label,
      valueLabel: y.column.label,
    });
  },
});
