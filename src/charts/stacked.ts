/**
 * Stacked bars: one horizontal bar per category (e.g. a route), split into segments by series (e.g. new
 * visas and extensions), with the bar's total at its end. Horizontal, with the category name above each
 * bar, so long names never squeeze the bars and the layout is the same at any width.
 *
 * Segment values are written on a line under each bar, each after a swatch of its segment's colour, in
 * segment order, rather than on the segments: small segments have no room, and text on the series colours
 * could not meet contrast in both colour schemes. So every segment is named in words, never by colour alone.
 */
import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { descending, max, rollup, sum } from 'd3-array';
import { describeExtremes } from './describe.ts';
import { gap, lineHeight, swatchSize } from './layout.ts';
import { checkCounts, orderSeries, toneOf } from './series.ts';
import { drawKey, squareSwatch } from './keys.ts';
import { round, textWidth, truncate } from './text.ts';
import type { ChartSpec, Frame, Mark, Table, Tone } from './types.ts';

export interface StackedDatum {
  category: string;
  series: string;
  /** A count: never negative. Rows with the same category and series are added together. */
  value: number;
}

export interface StackedOptions {
  frame: Frame;
  format: (value: number) => string;
  /** Table headers, e.g. "Route", "Kind of grant", "Grants". */
  categoryLabel: string;
  seriesLabel: string;
  valueLabel: string;
  /** Series in stacking order, with the names readers see; by default, in order of first appearance. */
  series?: readonly { id: string; name: string }[];
  /**
   * Show every value as a share of the total of all values (not of its own bar), with this column label
   * and format, e.g. "Share of all grants" and formatPercent.
   */
  share?: { label: string; format: (percent: number) => string };
}

export function stacked(data: readonly StackedDatum[], options: StackedOptions): ChartSpec {
  const { frame, format } = options;
  checkCounts('stacked', data, (d) => `"${d.category}" / "${d.series}"`, 'segments need 0 or more');
  const fs = frame.fontSize;
  const width = frame.width;
  const line = lineHeight(fs);

  // One value per category and series; categories ordered largest total first, as the ranking is what
  // the bars compare (ties keep their order in the data).
  const values = rollup(
    data,
    (rows) => sum(rows, (d) => d.value),
    (d) => d.category,
    (d) => d.series,
  );
  const series = orderSeries(
    options.series,
    data.map((d) => d.series),
  );
  const totals = [...values].map(([category, bySeries]) => ({ category, total: sum(bySeries.values()) }));
  const categories = totals.map((t, i) => ({ ...t, i })).sort((a, b) => descending(a.total, b.total) || a.i - b.i);
  const grand = sum(totals, (t) => t.total);
  const share = options.share;
  const shown = (value: number) => (share ? share.format(grand > 0 ? (value / grand) * 100 : 0) : format(value));

  const layers = stack<{ category: string }, string>()
    .keys(series.map((s) => s.id))
    .value((d, key) => values.get(d.category)?.get(key) ?? 0)(categories);

  // Room for the totals at the bar ends. The share view reserves at least the count view's room, so that
  // switching views changes the labels, not the bars.
  const totalWidth =
    max(categories, (c) => Math.max(textWidth(shown(c.total), fs, 'bold'), textWidth(format(c.total), fs, 'bold'))) ??
    0;
  const x = scaleLinear()
    .domain([0, (max(categories, (c) => c.total) ?? 0) || 1])
    .range([0, Math.max(width - totalWidth - gap, 1)]);
  const barHeight = Math.round(fs * 1.5);
  const swatch = swatchSize(fs);

  const marks: Mark[] = [];
  const rows: string[][] = [];
  let y = 2;
  const caption = share ? `${share.label} (${format(grand)} = 100%)` : `${options.valueLabel}: ${format(grand)} in all`;
  marks.push({ type: 'text', tone: 'label-muted', x: 0, y, baseline: 'hanging', text: truncate(caption, width, fs) });
  y += line + Math.round(fs * 0.4);

  categories.forEach((c, ci) => {
    marks.push({
      type: 'text',
      tone: 'label',
      x: 0,
      y: round(y),
      baseline: 'hanging',
      text: truncate(c.category, width, fs),
    });
    y += line;
    const segments: { name: string; value: number; tone: Tone }[] = [];
    series.forEach((s, si) => {
      const value = values.get(c.category)?.get(s.id);
      if (value === undefined) return;
      const [x0, x1] = layers[si]?.[ci] ?? [0, 0];
      const tone = toneOf(si);
      marks.push({
        type: 'rect',
        tone,
        row: rows.length,
        x: round(x(x0)),
        y: round(y),
        width: round(x(x1) - x(x0)),
        height: barHeight,
      });
      rows.push([
        c.category,
        s.name,
        format(value),
        ...(share ? [share.format(grand > 0 ? (value / grand) * 100 : 0)] : []),
      ]);
      segments.push({ name: s.name, value, tone });
    });
    marks.push({
      type: 'text',
      tone: 'label-strong',
      weight: 'bold',
      x: round(x(c.total) + gap),
      y: round(y + barHeight / 2),
      baseline: 'middle',
      text: shown(c.total),
    });
    y += barHeight + Math.round(fs * 0.35);

    // The breakdown under the bar: each segment's colour, name and value, flowing onto more lines if needed.
    // A bar of one segment needs no value repeated: its total says it.
    const breakdown = drawKey(
      segments.map((s) => ({
        label: segments.length > 1 ? `${s.name} ${shown(s.value)}` : s.name,
        swatchWidth: swatch,
        swatch: squareSwatch(s.tone, swatch),
      })),
      { top: y, width, fontSize: fs, pitch: line, spacing: fs, tone: 'label-muted' },
    );
    marks.push(...breakdown.marks);
    y += Math.max(breakdown.lines, 1) * line + Math.round(fs * 0.8);
  });

  const table: Table = {
    columns: [
      { label: options.categoryLabel, numeric: false },
      { label: options.seriesLabel, numeric: false },
      { label: options.valueLabel, numeric: true },
      ...(share ? [{ label: share.label, numeric: true }] : []),
    ],
    rows,
  };
  const measure = share ? share.label : options.valueLabel;
  const extremes = describeExtremes(
    measure,
    categories.map((c) => ({ label: c.category, value: c.total })),
    shown,
    { ordered: false },
  );
  const summary = categories.length > 1 && !share ? `${extremes} The total is ${format(grand)}.` : extremes;
  return { kind: 'stacked', width, height: round(y), fontSize: fs, marks, summary, table };
}
