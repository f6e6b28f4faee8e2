/**
 * Line chart with dots: one value per period, in time order. Each dot is focusable and its value is
 * written beside it wherever the label fits (always the first, the last and the highest, where they fit
 * at all). A period without a figure is a gap: no dot, and the line breaks there rather than drawing a
 * value nobody published. Periods without figures at either end are left off the axis altogether.
 */
import { max, min } from 'd3-array';
import { scalePoint } from 'd3-scale';
import { line as lineShape } from 'd3-shape';
import { describeDirection, describeExtremes, describeMissing } from './describe.ts';
import { gap } from './layout.ts';
import { valueGrid, valueScale } from './axes.ts';
import { placer } from './place.ts';
import { round, textBox, textWidth, truncate, type TextBox } from './text.ts';
import type { ChartSpec, Frame, Mark, TextMark } from './types.ts';

export interface LineDatum {
  label: string;
  /** null where no figure was published: drawn as a gap, never as 0. */
  value: number | null;
}

export interface LineOptions {
  frame: Frame;
  format: (value: number) => string;
  /** Header of the period column, e.g. "Year". */
  categoryLabel: string;
  /** Header of the value column and the summary's subject, e.g. "Average people per boat". */
  valueLabel: string;
}

interface Point {
  label: string;
  value: number;
  /** Position in the shown periods. */
  slot: number;
  /** Index into the table's rows. */
  row: number;
}

export function line(data: readonly LineDatum[], options: LineOptions): ChartSpec {
  const { frame, format } = options;
  const fs = frame.fontSize;
  const firstValued = data.findIndex((d) => d.value !== null);
  const lastValued = data.findLastIndex((d) => d.value !== null);
  // Periods with no figure at either end are not shown at all: the axis stops where the figures stop.
  const shown = firstValued < 0 ? [] : data.slice(firstValued, lastValued + 1);
  const points: Point[] = [];
  shown.forEach((d, slot) => {
    if (d.value !== null) points.push({ label: d.label, value: d.value, slot, row: points.length });
  });
  const missing = data.filter((d) => d.value === null).map((d) => d.label);
  const values = points.map((p) => p.value);
  const domain: [number, number] = [Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 0)];
  if (domain[0] === domain[1]) domain[1] = 1;

  const { scale: y0, ticks } = valueScale(domain, frame.compact);
  const tickWidth = Math.max(0, ...ticks.map((t) => textWidth(format(t), fs)));
  const valueHalf = Math.max(0, ...values.map((v) => textWidth(format(v), fs, 'bold'))) / 2;
  const margin = { top: fs * 1.8, right: 4, bottom: fs * 2.2, left: Math.ceil(tickWidth + gap) };
  const plotRight = frame.width - margin.right;
  const plotBottom = frame.height - margin.bottom;
  const x = scalePoint<number>()
    .domain(shown.map((_, i) => i))
    .range([margin.left, plotRight])
    // Half a step of room at each end, and at least enough for the end labels to stay inside the frame.
    .padding(0.5);
  const stepRoom = Math.max(valueHalf, textWidth(shown[0]?.label ?? '', fs) / 2, 6);
  if (shown.length > 1 && x.step() * 0.5 < stepRoom) {
    x.range([margin.left + stepRoom, plotRight - stepRoom]).padding(0);
  }
  const y = y0.range([plotBottom, margin.top]);
  const px = (slot: number) => round(x(slot) ?? (margin.left + plotRight) / 2);
  const py = (value: number) => round(y(value));

  const marks: Mark[] = [];
  const labels = placer(marks, fs);
  const addText = labels.add;

  // Gridlines and their labels: a few round values (d3 ticks), the zero line drawn as the axis.
  const grid = valueGrid(ticks, y, { left: margin.left, right: plotRight, format });
  marks.push(...grid.lines);
  grid.labels.forEach(addText);

  // Period labels under the axis: every one where they fit, else every k-th, keeping the first and last.
  // Long period names are cut (the table has them whole), so one cannot push the rest off the axis.
  const cap = frame.width / 4;
  const labelStep = Math.min(Math.max(...shown.map((d) => textWidth(d.label, fs)), 0), cap) + gap;
  const every = shown.length > 1 ? Math.max(1, Math.ceil(labelStep / x.step())) : 1;
  const periodY = round(plotBottom + fs * 1.4);
  const lastSlot = shown.length - 1;
  shown.forEach((d, slot) => {
    const keep = slot % every === 0 || slot === lastSlot;
    // The last label is always shown; drop the regular one before it if the two would collide.
    const crowdsLast = slot !== lastSlot && lastSlot - slot < every;
    if (!keep || crowdsLast) return;
    const room = Math.min(cap, 2 * Math.min(px(slot), frame.width - px(slot)));
    addText({
      type: 'text',
      tone: 'label',
      x: px(slot),
      y: periodY,
      anchor: 'middle',
      text: truncate(d.label, room, fs),
    });
  });

  // The line, broken wherever a period has no figure.
  const path = lineShape<LineDatum & { slot: number }>()
    .defined((d) => d.value !== null)
    .x((d) => px(d.slot))
    .y((d) => py(d.value ?? 0))
    .digits(1);
  const d = points.length > 1 ? path(shown.map((s, slot) => ({ ...s, slot }))) : null;
  if (d) marks.push({ type: 'path', tone: 'series-1', d });

  const r = frame.compact ? 4 : 4.5;
  for (const p of points) {
    marks.push({ type: 'circle', tone: 'series-1', row: p.row, cx: px(p.slot), cy: py(p.value), r });
  }
  // Dots are obstacles for labels too.
  const dots: TextBox[] = points.map((p) => ({
    left: px(p.slot) - r,
    right: px(p.slot) + r,
    top: py(p.value) - r,
    bottom: py(p.value) + r,
  }));

  // Value labels: the ones a reader needs first, then the rest wherever they fit.
  const highest = points.reduce<Point | undefined>((a, p) => (a === undefined || p.value > a.value ? p : a), undefined);
  const priority = [highest, points.at(-1), points[0], ...points].filter((p): p is Point => p !== undefined);
  const labelled = new Set<Point>();
  for (const p of priority) {
    if (labelled.has(p)) continue;
    const mark = placeValueLabel(p, points, { px, py, r, fs, format, width: frame.width, height: frame.height });
    if (!mark) continue;
    labelled.add(p);
    addText(mark);
  }

  function placeValueLabel(
    p: Point,
    all: readonly Point[],
    ctx: {
      px: (slot: number) => number;
      py: (value: number) => number;
      r: number;
      fs: number;
      format: (value: number) => string;
      width: number;
      height: number;
    },
  ): TextMark | undefined {
    const cx = ctx.px(p.slot);
    const cy = ctx.py(p.value);
    const text = ctx.format(p.value);
    const neighbours = all.filter((q) => Math.abs(q.slot - p.slot) === 1);
    const label = (
      dx: number,
      dy: number,
      anchor: NonNullable<TextMark['anchor']>,
      baseline: TextMark['baseline'],
    ): TextMark => ({
      type: 'text',
      tone: 'label-strong',
      x: round(cx + dx),
      y: round(cy + dy),
      anchor,
      ...(baseline ? { baseline } : {}),
      text,
    });
    const off = ctx.r + gap / 2;
    const candidates: TextMark[] = [
      label(0, -off, 'middle', undefined),
      label(0, off, 'middle', 'hanging'),
      // Beside the dot, on the diagonal the line leaves free: steep rises and falls need these.
      label(-ctx.r, -ctx.r, 'end', undefined),
      label(ctx.r, ctx.r, 'start', 'hanging'),
      label(ctx.r, -ctx.r, 'start', undefined),
      label(-ctx.r, ctx.r, 'end', 'hanging'),
    ];
    // Above the dot reads best; then below, then the corners, whichever the line and other labels leave free.
    const clearance = { obstacles: dots, within: { left: 0, right: ctx.width, top: 0, bottom: plotBottom + 0.5 } };
    return candidates.find(
      (candidate) =>
        labels.fits(candidate, clearance) &&
        !neighbours.some((q) => segmentCrosses(cx, cy, ctx.px(q.slot), ctx.py(q.value), textBox(candidate, ctx.fs))),
    );
  }

  const summaryParts = [
    describeExtremes(options.valueLabel, points, format, { ordered: true }),
    // "Every year" would be untrue across a gap inside the line; periods missing at the ends are not shown.
    shown.length === points.length ? describeDirection(points) : '',
    describeMissing(missing),
  ];
  return {
    kind: 'line',
    width: frame.width,
    height: frame.height,
    fontSize: fs,
    marks,
    summary: summaryParts.filter(Boolean).join(' '),
    table: {
      columns: [
        { label: options.categoryLabel, numeric: false },
        { label: options.valueLabel, numeric: true },
      ],
      rows: points.map((p) => [p.label, format(p.value)]),
    },
  };
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through a box (sampled: labels are small). */
function segmentCrosses(x1: number, y1: number, x2: number, y2: number, box: TextBox): boolean {
  for (let t = 0; t <= 1; t += 0.05) {
    const sx = x1 + (x2 - x1) * t;
    const sy = y1 + (y2 - y1) * t;
    if (sx > box.left && sx < box.right && sy > box.top - 1 && sy < box.bottom + 1) return true;
  }
  return false;
}
