/**
 * Weekly lines: two or more counts week by week on one time axis, each its own line, never added. Built
 * for many weeks on a phone: a week is a step of a few units, so there are no dots or value labels on the
 * lines (they would bury each other); instead each week is one focusable band the height of the plot,
 * whose tooltip and table row give every series' figure for that week side by side. The time axis names
 * only months that start a regular interval (every month, quarter, half-year or year, the shortest whose
 * labels keep clear of each other), so it reads at any width.
 *
 * A week without a figure for a series is a gap in that line, never a 0: the file's "-" stays missing.
 * The key names each line, and the lines differ by pattern (solid, dashed) as well as colour.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line as lineShape } from 'd3-shape';
import { formatDate } from '../lib/format.ts';
import { valueGrid, valueScale } from './axes.ts';
import { describeExtremes } from './describe.ts';
import { drawKey, type KeyItem } from './keys.ts';
import { gap, lineHeight } from './layout.ts';
import { placer } from './place.ts';
import { checkCounts, toneOf, type SeriesName } from './series.ts';
import { round, textWidth } from './text.ts';
import type { ChartSpec, Frame, Mark } from './types.ts';

export interface WeekDatum {
  /** The week's last day, ISO (YYYY-MM-DD): weeks are named by it, and must be 7 days apart. */
  date: string;
  /** Each series' figure by series id; null (or absent) where none was published. */
  values: Readonly<Record<string, number | null>>;
}

export interface WeeklyOptions {
  frame: Frame;
  format: (value: number) => string;
  /** The series in drawing and table order, with the names the key and table show. */
  series: readonly SeriesName[];
  /** The header of the week column, e.g. "Week ending". */
  weekLabel: string;
}

/** Months between labelled ticks, shortest first: each starts in January so the years line up. */
const intervals = [1, 2, 3, 6, 12] as const;

export function weekly(weeks: readonly WeekDatum[], options: WeeklyOptions): ChartSpec {
  const { frame, format, series } = options;
  checkWeeks(weeks);
  checkCounts(
    'weekly',
    weeks.flatMap((w) => series.flatMap((s) => figure(w, s.id)).map((value) => ({ value, date: w.date }))),
    (d) => `week ending ${d.date}`,
  );
  const fs = frame.fontSize;
  const width = frame.width;
  const line = lineHeight(fs);
  const marks: Mark[] = [];
  const labels = placer(marks, fs);

  // The key, above the plot: a short stretch of each line, solid or dashed as drawn, and its name.
  const swatchWidth = Math.round(fs * 1.8);
  const keyItems: KeyItem[] = series.map((s, i) => ({
    label: s.detail ? `${s.name} (${s.detail})` : s.name,
    swatchWidth,
    // A path, not a line, so it is drawn as thick as the lines it names (chart.css, and files' paint).
    swatch: (x, middle) => [
      {
        type: 'path',
        tone: toneOf(i),
        ...(i % 2 === 1 ? { variant: 'dashed' as const } : {}),
        d: `M${round(x)},${round(middle)}H${round(x + swatchWidth)}`,
      },
    ],
  }));
  const key = drawKey(keyItems, { top: 2, width, fontSize: fs, pitch: line, spacing: fs * 1.2, column: true });
  marks.push(...key.marks);

  const values = weeks.flatMap((w) => series.flatMap((s) => figure(w, s.id)));
  const { scale: y0, ticks } = valueScale([0, max(values) ?? 0], frame.compact);
  const tickWidth = Math.max(0, ...ticks.map((t) => textWidth(format(t), fs)));
  const top = 2 + key.lines * line + fs;
  const margin = { top, right: 4, bottom: fs * 2, left: Math.ceil(tickWidth + gap) };
  const plotRight = width - margin.right;
  // The frame's height for a key of two lines; a key that wraps further pushes the plot down, never squeezes it.
  const plotBottom = Math.max(top + fs * 8, frame.height - margin.bottom);
  const y = y0.range([plotBottom, margin.top]);
  const step = weeks.length > 0 ? (plotRight - margin.left) / weeks.length : 0;
  const x = scaleLinear()
    .domain([0, Math.max(weeks.length, 1)])
    .range([margin.left, plotRight]);
  const centre = (i: number) => round(x(i + 0.5));

  const grid = valueGrid(ticks, y, { left: margin.left, right: plotRight, format });
  marks.push(...grid.lines);
  grid.labels.forEach(labels.add);

  // Time axis: a tick and a label at the first week ending in each labelled month.
  const starts = monthStarts(weeks);
  const labelWidth = Math.max(0, ...starts.map((s) => textWidth(formatDate(s.month, 'short'), fs)));
  const weeksPerMonth = 52 / 12;
  const every = intervals.find((n) => n * weeksPerMonth * step >= labelWidth + 2 * gap) ?? 12;
  const axisY = round(plotBottom + fs * 1.3);
  for (const { month, index } of starts) {
    if ((Number(month.slice(5)) - 1) % every !== 0) continue;
    const at = centre(index);
    marks.push({ type: 'line', tone: 'axis', x1: at, x2: at, y1: round(plotBottom), y2: round(plotBottom + fs * 0.4) });
    const label = { type: 'text' as const, tone: 'label' as const, x: at, y: axisY, text: formatDate(month, 'short') };
    labels.place([{ ...label, anchor: 'middle' }], { within: { left: 0, right: width }, spacing: gap / 2 });
  }

  // One line per series, broken wherever a week has no figure for it.
  series.forEach((s, i) => {
    const path = lineShape<number>()
      .defined((k) => figure(weeks[k], s.id).length > 0)
      .x((k) => centre(k))
      .y((k) => round(y(figure(weeks[k], s.id)[0] ?? 0)))
      .digits(1);
    const d = path(weeks.map((_, k) => k));
    if (d) marks.push({ type: 'path', tone: toneOf(i), ...(i % 2 === 1 ? { variant: 'dashed' as const } : {}), d });
  });

  // Each week one focus band over the whole plot: its tooltip and table row hold every series' figure.
  weeks.forEach((_, i) => {
    marks.push({
      type: 'rect',
      tone: 'bar',
      row: i,
      x: round(x(i)),
      y: round(margin.top),
      width: round(step),
      height: round(plotBottom - margin.top),
    });
  });

  const cell = (w: WeekDatum | undefined, id: string) => {
    const [value] = figure(w, id);
    return value === undefined ? '–' : format(value);
  };
  return {
    kind: 'weekly',
    width,
    height: round(plotBottom + margin.bottom),
    fontSize: fs,
    marks,
    summary: describeSideBySide(
      weeks.map((w) => ({ label: `the week ending ${formatDate(w.date)}`, values: w.values })),
      series,
      format,
      'weeks',
    ),
    table: {
      // The month first: the renderer groups a row's marks by their first cell, so a screen reader can pass
      // a month's four or five weeks at once rather than every week one by one.
      columns: [
        { label: 'Month', numeric: false },
        { label: options.weekLabel, numeric: false },
        ...series.map((s) => ({ label: s.name, numeric: true })),
      ],
      rows: weeks.map((w) => [
        formatDate(w.date.slice(0, 7), 'short'),
        formatDate(w.date, 'short'),
        ...series.map((s) => cell(w, s.id)),
      ]),
    },
  };
}

/** A week's figure for a series, as a list of none or one (so a missing figure cannot be read as 0). */
function figure(week: WeekDatum | undefined, id: string): number[] {
  const value = week?.values[id];
  return typeof value === 'number' ? [value] : [];
}

/** Weeks must run in order, 7 days apart: the axis spaces them evenly, so a gap would be drawn wrong. */
function checkWeeks(weeks: readonly WeekDatum[]): void {
  for (let i = 1; i < weeks.length; i++) {
    const a = Date.parse(`${weeks[i - 1]?.date ?? ''}T00:00:00Z`);
    const b = Date.parse(`${weeks[i]?.date ?? ''}T00:00:00Z`);
    if (b - a !== 7 * 86_400_000) {
      throw new RangeError(
        `weekly: week ending ${weeks[i]?.date ?? ''} is not 7 days after ${weeks[i - 1]?.date ?? ''}`,
      );
    }
  }
}

/** The first week ending in each month after the first week's own month (that one may start part-way). */
function monthStarts(weeks: readonly WeekDatum[]): { month: string; index: number }[] {
  const starts: { month: string; index: number }[] = [];
  weeks.forEach((w, index) => {
    const month = w.date.slice(0, 7);
    if (index > 0 && month !== weeks[index - 1]?.date.slice(0, 7)) starts.push({ month, index });
  });
  return starts;
}

/** One period (a week, a month) and each series' figure in it, for the words beside the chart. */
export interface PeriodFigures {
  /** How the period reads inside a sentence: "the week ending 5 May 2024", "May 2024". */
  label: string;
  values: Readonly<Record<string, number | null>>;
}

/**
 * Each series' highest, lowest and latest period, then how often the second series was above the first:
 * the comparison the two are drawn side by side for, said in words. `noun` names the periods ("weeks").
 */
export function describeSideBySide(
  periods: readonly PeriodFigures[],
  series: readonly SeriesName[],
  format: (value: number) => string,
  noun: string,
): string {
  const valueOf = (p: PeriodFigures, id: string) => {
    const v = p.values[id];
    return typeof v === 'number' ? [v] : [];
  };
  const parts = series.map((s) =>
    describeExtremes(
      s.name,
      periods.flatMap((p) => valueOf(p, s.id).map((value) => ({ label: p.label, value }))),
      format,
    ),
  );
  const [a, b] = series;
  if (a && b) {
    const both = periods.flatMap((p) => {
      const [va] = valueOf(p, a.id);
      const [vb] = valueOf(p, b.id);
      return va === undefined || vb === undefined ? [] : [vb - va];
    });
    const above = both.filter((d) => d > 0).length;
    const below = both.filter((d) => d < 0).length;
    if (both.length > 0) {
      parts.push(
        `The “${b.name}” figure was higher than the “${a.name}” figure in ${above} of the ${both.length} ${noun} with both, and lower in ${below}.`,
      );
    }
  }
  return parts.join(' ');
}
