/**
 * Dot grid: rows are series (who counted), columns are x values (years), and each cell holds a circle
 * whose area is proportional to its value, with the number printed under it. Built so that disagreement
 * between counts is visible: one column holds every count for the same year.
 *
 * Why a grid and not one number line per series (x = value, a dot per year labelled with its year): on a
 * number line small counts bunch together (4, 6 and 12 deaths sit a few pixels apart at 300 px wide), so
 * their year labels collide. In the grid every number has its own cell, so each stays readable at any
 * width, and the circles still show size. Series are never joined by a line: they count different things.
 *
 * A value that is a minimum ("at least 69") is an open circle labelled "≥69"; a value of lower confidence
 * is fainter (less contrast with the page in both colour schemes, so the key says "fainter", not "paler").
 * Cells without a value hold a dash, so a gap is never read as zero.
 */
import { scaleSqrt } from 'd3-scale';
import { ascending, max } from 'd3-array';
import { describeLargest, listInWords } from './describe.ts';
import { gap, lineHeight } from './layout.ts';
import { checkCounts, orderSeries, seriesTable, type SeriesName } from './series.ts';
import { circleSwatch, drawKey, type KeyItem } from './keys.ts';
import { round, textWidth, truncate, wrapText } from './text.ts';
import { narrowestShown, type ChartSpec, type Frame, type Mark, type TextMark, type Tone } from './types.ts';

/** The smallest circle a figure above zero is drawn, in CSS pixels across, where its layout is shown narrowest. */
export const minDotPx = 6;

export interface DotDatum {
  /** The row: who counted, as an id the `series` option can name. */
  series: string;
  /** The column, as readers see it: "2024". */
  x: string;
  /** A count: never negative. */
  value: number;
  /** The value is a minimum ("at least"). */
  atLeast?: boolean;
  /** The value is likely but not checked against its source: drawn fainter, and said so. */
  likely?: boolean;
  /** Shown in the table and tooltip. */
  note?: string;
}

export interface DotplotOptions {
  frame: Frame;
  format: (value: number) => string;
  /** Table headers, e.g. "Counted by", "Year", "Deaths". */
  seriesLabel: string;
  xLabel: string;
  valueLabel: string;
  /** Rows in order, with the names readers see and a short description; by default, first appearance. */
  series?: readonly SeriesName[];
}

export function dotplot(data: readonly DotDatum[], options: DotplotOptions): ChartSpec {
  const { frame, format } = options;
  const seenCells = new Set<string>();
  checkCounts('dotplot', data, (d) => `"${d.series}" in ${d.x}`);
  for (const d of data) {
    const cell = JSON.stringify([d.series, d.x]);
    if (seenCells.has(cell)) throw new RangeError(`dotplot: "${d.series}" has two values for ${d.x}`);
    seenCells.add(cell);
  }
  const fs = frame.fontSize;
  const width = frame.width;
  const line = lineHeight(fs);

  const rows = orderSeries(
    options.series,
    data.map((d) => d.series),
  );
  const xs = [...new Set(data.map((d) => d.x))];
  // Years (or any numbers) run in numeric order; other columns keep the order of the data.
  if (xs.every((x) => /^-?\d+(\.\d+)?$/.test(x))) xs.sort((a, b) => ascending(Number(a), Number(b)));
  const nameOf = (id: string) => rows.find((r) => r.id === id)?.name ?? id;
  const shown = (d: DotDatum) => `${d.atLeast ? '≥' : ''}${format(d.value)}`;

  const marks: Mark[] = [];
  const text = (x: number, y: number, t: string, tone: Tone, extra: Partial<Omit<TextMark, 'type'>> = {}) =>
    marks.push({ type: 'text', tone, x: round(x), y: round(y), text: t, baseline: 'hanging', ...extra });
  let y = 2;

  // The key: what area means, and the open and pale circles where the data has them.
  text(0, y, truncate('Circle area shows the number.', width, fs), 'label');
  y += line;
  const swatchR = Math.round(fs * 0.4);
  const keyItems: KeyItem[] = [
    ...(data.some((d) => d.atLeast)
      ? [{ label: '≥ At least: a minimum', swatchWidth: 2 * swatchR, swatch: circleSwatch('bar', swatchR, 'outline') }]
      : []),
    ...(data.some((d) => d.likely)
      ? [
          {
            label: 'Broken edge: likely, not checked',
            swatchWidth: 2 * swatchR,
            swatch: circleSwatch('bar-muted', swatchR, 'dashed'),
          },
        ]
      : []),
  ];
  const drawn = drawKey(keyItems, { top: y, width, fontSize: fs, pitch: line, spacing: fs * 1.2 });
  marks.push(...drawn.marks);
  y += drawn.lines * line;
  y += Math.round(fs * 0.5);

  // Row names sit left of the grid where they fit in 40% of the width, otherwise above each row.
  // Some bold capitals (J, A) reach left of where their text starts: names start a little in, so they
  // stay inside the chart.
  const lead = Math.ceil(fs * 0.1);
  const nameWidth = lead + (max(rows, (r) => textWidth(r.name, fs, 'bold')) ?? 0) + gap * 2;
  const above = frame.compact || nameWidth > width * 0.4;
  const left = above ? 0 : Math.ceil(nameWidth);
  const cell = xs.length > 0 ? (width - left) / xs.length : width - left;
  const rMax = Math.max(1, Math.min(cell / 2 - 3, fs * (frame.compact ? 1.1 : 1.4)));
  const r = scaleSqrt()
    .domain([0, (max(data, (d) => d.value) ?? 0) || 1])
    .range([0, rMax]);
  // Rounded up to the tenth of a unit marks are written to, so rounding never takes it under.
  const rFloor = Math.min(
    rMax,
    Math.ceil((minDotPx / 2) * (width / narrowestShown[frame.compact ? 'compact' : 'wide']) * 10) / 10,
  );
  const centre = (i: number) => left + cell * (i + 0.5);
  // Numbers wider than a cell would run into their neighbours: they stagger onto as many lines as it takes
  // for each to have the cells either side of it clear, and the outer ones keep inside the frame.
  const valueWidth = max(data, (d) => textWidth(shown(d), fs, 'bold')) ?? 0;
  const valueLines = Math.max(1, Math.ceil((valueWidth + gap) / cell));
  const valueX = (i: number) => Math.min(Math.max(centre(i), valueWidth / 2), width - valueWidth / 2);

  // Column headings.
  xs.forEach((x, i) =>
    text(centre(i), y, truncate(x, cell - 2, fs, 'bold'), 'label-strong', { anchor: 'middle', weight: 'bold' }),
  );
  y += line + Math.round(fs * 0.3);

  const tableRows: string[][] = [];
  rows.forEach((row) => {
    marks.push({ type: 'line', tone: 'grid', x1: 0, x2: width, y1: round(y), y2: round(y) });
    y += Math.round(fs * 0.5);
    const top = y;
    // The row's name (bold) and what it counts (muted), which differ between counters.
    const labelWidth = (above ? width : left - gap * 2) - lead;
    const name = truncate(row.name, labelWidth, fs, 'bold');
    text(lead, y, name, 'label-strong', { weight: 'bold' });
    let labelBottom = y + line;
    if (row.detail) {
      const after = lead + textWidth(name, fs, 'bold') + fs * 0.6;
      if (above && after + textWidth(row.detail, fs) <= width) text(after, y, row.detail, 'label-muted');
      else {
        for (const t of wrapText(row.detail, labelWidth, fs, 3)) {
          text(lead, labelBottom, t, 'label-muted');
          labelBottom += line;
        }
      }
    }
    const gridTop = above ? labelBottom + Math.round(fs * 0.2) : top;
    const base = gridTop + 2 * rMax;
    xs.forEach((x, i) => {
      const d = data.find((e) => e.series === row.id && e.x === x);
      if (!d) {
        text(centre(i), base - rMax - fs / 2, '–', 'label-muted', { anchor: 'middle' });
        return;
      }
      // Area shows the number, except that a figure above zero is never a speck: its circle is at least
      // minDotPx across wherever the layout is shown, so it can be seen, pointed at and tapped (its number is
      // written under it).
      const radius = d.value > 0 ? Math.max(r(d.value), rFloor) : 0;
      // Circles stand on one baseline, so the numbers under them line up across the row.
      marks.push({
        type: 'circle',
        tone: d.likely ? 'bar-muted' : 'bar',
        // A minimum is an open circle; a likely figure has a broken edge (a minimum that is also likely
        // stays open, in the fainter colour: its "≥" says it is a minimum).
        ...(d.atLeast ? { variant: 'outline' as const } : d.likely ? { variant: 'dashed' as const } : {}),
        row: tableRows.length,
        cx: round(centre(i)),
        cy: round(base - radius),
        r: round(d.atLeast ? Math.max(radius - 1, Math.min(radius, rFloor)) : radius),
      });
      text(valueX(i), base + 4 + (i % valueLines) * line, shown(d), 'label-strong', {
        anchor: 'middle',
        weight: 'bold',
      });
      tableRows.push([row.name, d.x, `${d.atLeast ? 'at least ' : ''}${format(d.value)}`, d.note ?? '–']);
    });
    y = Math.max(labelBottom, base + 4 + valueLines * line) + Math.round(fs * 0.3);
  });
  if (rows.length > 0) marks.push({ type: 'line', tone: 'grid', x1: 0, x2: width, y1: round(y), y2: round(y) });

  const hasNote = data.some((d) => d.note !== undefined);
  const table = seriesTable(options, tableRows, hasNote);
  return {
    kind: 'dotplot',
    width,
    height: round(y + 2),
    fontSize: fs,
    marks,
    summary: summary(data, options, nameOf, xs),
    table,
  };
}

function summary(
  data: readonly DotDatum[],
  options: DotplotOptions,
  nameOf: (id: string) => string,
  xs: readonly string[],
): string {
  const said = (d: DotDatum) => `${d.atLeast ? 'at least ' : ''}${options.format(d.value)}`;
  const parts = [
    describeLargest(
      options.valueLabel,
      data.map((d) => ({
        label: `${nameOf(d.series)}, ${d.x}`,
        value: d.value,
        ...(d.atLeast ? { shown: said(d) } : {}),
      })),
      options.format,
    ),
  ];
  // Where counters disagree: the latest column with two or more different counts.
  for (const x of [...xs].reverse()) {
    const counts = data.filter((d) => d.x === x);
    const low = counts.reduce<DotDatum | undefined>((a, d) => (a && a.value <= d.value ? a : d), undefined);
    const high = counts.reduce<DotDatum | undefined>((a, d) => (a && a.value >= d.value ? a : d), undefined);
    if (low && high && low.value !== high.value) {
      parts.push(
        `For ${x}, the counts run from ${said(low)} (${nameOf(low.series)}) to ${said(high)} (${nameOf(high.series)}).`,
      );
      break;
    }
  }
  const likely = [...new Set(data.filter((d) => d.likely).map((d) => nameOf(d.series)))];
  if (likely.length > 0) {
    parts.push(`The figures from ${listInWords(likely)} are likely, but not checked against their source.`);
  }
  return parts.join(' ');
}
