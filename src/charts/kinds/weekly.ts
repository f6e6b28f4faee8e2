import { ascending } from 'd3-array';
import { formatDate } from '../../lib/format.ts';
import { dotplot, type DotDatum } from '../dotplot.ts';
import { describeSideBySide, weekly, type WeekDatum } from '../weekly.ts';
import { channel, columnFormat, numberOf, valuesInOrder } from './columns.ts';
import { defineKind, optionsSchema } from './define.ts';

/**
 * Counts of a few measures week by week, side by side and never added together. encoding: x = the week's
 * last day (a date column, one row per week and measure), series = the measure (an enum column: its
 * `names` and `details` are what the key shows), value = the count.
 *
 * Views: `week` draws a line per measure over every week (src/charts/weekly.ts); `month` sums the weeks
 * of each month, each week counted in the month its last day falls in, as the dot grid (months as rows,
 * measures as columns), for months the data holds whole. A month with a week without a figure has no
 * sum for that measure (a dash), never a sum that counts the missing week as 0. No options.
 */
export const weeklyKind = defineKind({
  name: 'weekly',
  channels: { required: ['x', 'series', 'value'], optional: [] },
  views: ['week', 'month'],
  options: optionsSchema('weekly', {}),
  adapt(chart, dataset, frame, view) {
    const x = channel(chart, dataset, 'x');
    const seriesChannel = channel(chart, dataset, 'series');
    const value = channel(chart, dataset, 'value');
    const byWeek = new Map<string, Record<string, number | null>>();
    for (const row of dataset.rows) {
      const date = row[x.name];
      const id = row[seriesChannel.name];
      if (typeof date !== 'string' || typeof id !== 'string') continue;
      const week = byWeek.get(date) ?? {};
      week[id] = numberOf(row, value.name);
      byWeek.set(date, week);
    }
    const weeks: WeekDatum[] = [...byWeek]
      .sort(([a], [b]) => ascending(a, b))
      .map(([date, values]) => ({ date, values }));
    const series = valuesInOrder(
      seriesChannel.column,
      dataset.rows.flatMap((row) => {
        const id = row[seriesChannel.name];
        return typeof id === 'string' ? [id] : [];
      }),
    );
    const format = columnFormat(value.column);
    if (view !== 'month') return weekly(weeks, { frame, format, series, weekLabel: x.column.label });
    const sums = monthSums(weeks, series);
    const spec = dotplot(sums, {
      frame,
      format,
      seriesLabel: 'Month',
      xLabel: seriesChannel.column.label,
      valueLabel: value.column.label,
    });
    // The dot grid's own words compare counters within a column; here the columns are the two measures,
    // so the words say what the lines say, month by month.
    const inWords = new Map(
      weeks.map((w) => [formatDate(w.date.slice(0, 7), 'short'), formatDate(w.date.slice(0, 7))]),
    );
    const months = [...new Set(sums.map((d) => d.series))].map((label) => ({
      label: inWords.get(label) ?? label,
      values: Object.fromEntries(sums.filter((d) => d.series === label).map((d) => [d.x, d.value])),
    }));
    return { ...spec, summary: describeSideBySide(months, series, format, 'months') };
  },
});

/**
 * The weeks summed by the month their last day falls in, for each month whose every week is in the data:
 * the first month only if the data starts with its first week, the last only once the week after its last
 * is past the month's end. One dot per month and measure, headed by the measure's value as written (short
 * words, so the columns stay legible at 320 px).
 */
export function monthSums(weeks: readonly WeekDatum[], series: readonly { id: string }[]): DotDatum[] {
  const first = weeks[0]?.date;
  const last = weeks.at(-1)?.date;
  if (first === undefined || last === undefined) return [];
  const next = new Date(Date.parse(`${last}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 7);
  const whole = (month: string) => (month > first.slice(0, 7) || Number(first.slice(8)) <= 7) && next > month;
  const months = new Map<string, WeekDatum[]>();
  for (const week of weeks) {
    const month = week.date.slice(0, 7);
    if (whole(month)) months.set(month, [...(months.get(month) ?? []), week]);
  }
  return [...months].flatMap(([month, inMonth]) =>
    series.flatMap((s): DotDatum[] => {
      let total = 0;
      for (const week of inMonth) {
        const v = week.values[s.id];
        if (typeof v !== 'number') return [];
        total += v;
      }
      return [{ series: formatDate(month, 'short'), x: s.id, value: total }];
    }),
  );
}
