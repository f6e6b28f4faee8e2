/**
 * Comparison: amounts as horizontal bars, largest first (or in the data's own order, where that order is
 * time and sorting by size would scramble it), each row labelled with what it is, the period it
 * covers and its value. Periods differ (one financial year, several years, to a date), so the period is
 * written on every row and totals over more than one year are drawn outlined, never like a year's amount.
 *
 * The values span two orders of magnitude (£150m to £15.3bn), which no single linear axis shows well.
 * Two views:
 * - `linear` (the default, and the one that prints): bars to scale, with an explicit, marked axis break
 *   when the largest value is more than twice the next. A reader reads bar length as amount; a log scale
 *   would shrink the very gap this chart exists to show, and only one bar is off the scale, so cutting
 *   that one bar (its value written beside it, the cut drawn and said in words) keeps every other bar
 *   in true proportion.
 * - `log`: a logarithmic axis, labelled as such on the chart. Amounts are dots, not bars: on a log scale a
 *   bar's length from an arbitrary left edge means nothing, and it would be read as an amount.
 */
import { max, min } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import { drawKey, squareSwatch } from './keys.ts';
import { gap, swatchSize } from './layout.ts';
import { boxesOverlap, round, textBox, textWidth, truncate, wrapText, type TextBox } from './text.ts';
import type { ChartSpec, Frame, Mark, RectMark, TableColumn, TextMark } from './types.ts';

export type ComparisonView = 'linear' | 'log';
export const comparisonViews: readonly ComparisonView[] = ['linear', 'log'];

export interface ComparisonDatum {
  label: string;
  /** Never negative: these are amounts (the CSV loader rejects negative money). */
  value: number;
  /** The period the amount covers, as the source gives it: "2023-24 (forecast)", "Three years". */
  period?: string;
  /** A total over more than one year (or to a date): drawn outlined, so it never looks like a year's amount. */
  total?: boolean;
  /** The row the chart is about (e.g. the BSC money): drawn in the stronger tone. */
  highlight?: boolean;
}

export interface ComparisonOptions {
  frame: Frame;
  format: (value: number) => string;
  view: ComparisonView;
  /** Table headers, from the dataset's column labels. */
  columns: { label: string; value: string; period?: string };
  /** `data`: keep the rows in the order given (a series over time stays in time order); else largest first. */
  order?: 'size' | 'data';
}

const breakRoom = 48;

interface Row extends ComparisonDatum {
  /** Index into the table's rows (largest first, or in the data's order). */
  row: number;
}

export function comparison(data: readonly ComparisonDatum[], options: ComparisonOptions): ChartSpec {
  const { frame, format, view } = options;
  const fs = frame.fontSize;
  const rows: Row[] = data
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (options.order === 'data' ? 0 : b.d.value - a.d.value) || a.i - b.i)
    .map(({ d }, row) => ({ ...d, value: Math.max(0, d.value), row }));
  // Largest first whatever order the rows are drawn in: the break and the summary are about sizes.
  const values = rows.map((r) => r.value).sort((a, b) => b - a);
  const largest = values[0] ?? 0;
  const second = values[1] ?? 0;
  // A break only where one bar would squash the rest: more than twice the next, and the next is not zero.
  const broken = view === 'linear' && rows.length > 2 && second > 0 && largest > 2 * second;

  const marks: Mark[] = [];
  const placed: TextBox[] = [];
  const addText = (mark: TextMark) => {
    marks.push(mark);
    placed.push(textBox(mark, fs));
  };

  const barHeight = Math.round(fs * 1.05);
  const dotRadius = round(barHeight * 0.42);
  const valueWidth = Math.max(0, ...rows.map((r) => textWidth(format(r.value), fs, 'bold'))) + gap;
  // Dots need their radius of room at both ends of the axis; bars start at the left edge.
  const plotLeft = view === 'log' ? dotRadius + 1 : 0;
  const plotRight = Math.max(plotLeft + 40, frame.width - valueWidth - (view === 'log' ? dotRadius + 1 : 0));
  const scaleRight = broken ? plotRight - breakRoom : plotRight;

  // A key when both kinds of period are shown: the words say what the outline means.
  let y = 2;
  const hasTotals = rows.some((r) => r.total);
  const hasSingles = rows.some((r) => !r.total);
  if (hasTotals && hasSingles) {
    const swatch = swatchSize(fs);
    const pitch = fs * 1.5;
    const drawn = drawKey(
      [
        { label: 'One year', swatchWidth: swatch, swatch: squareSwatch('bar-muted', swatch) },
        {
          label: 'Total over more than one year',
          swatchWidth: swatch,
          swatch: squareSwatch('bar-muted', swatch, 'outline'),
        },
      ],
      { top: y, width: frame.width, fontSize: fs, pitch, spacing: fs },
    );
    for (const mark of drawn.marks) {
      if (mark.type === 'text') addText(mark);
      else marks.push(mark);
    }
    y += drawn.lines * pitch + fs * 0.4;
  }

  // Scales: linear from zero (cut at the break), or logarithmic over whole powers of ten.
  const positive = values.filter((v) => v > 0);
  const linearTop = broken ? second * 1.1 : largest > 0 ? largest : 1;
  const linear = scaleLinear()
    .domain([0, linearTop])
    .range([plotLeft, scaleRight])
    .nice(frame.compact ? 3 : 4);
  const logLow = 10 ** Math.floor(Math.log10(min(positive) ?? 1));
  const logHigh = Math.max(max(positive) ?? 10, logLow * 10);
  const log = scaleLog().domain([logLow, logHigh]).range([plotLeft, plotRight]);
  const px = (value: number) => round(view === 'log' ? log(value) : linear(Math.min(value, linear.domain()[1] ?? 0)));

  const lineHeight = fs * 1.25;
  const rowMiddles: number[] = [];
  for (const r of rows) {
    // The item, then its period in a quieter tone: on one line where both fit, else the period below.
    const periodText = r.period ?? '';
    const weight = r.highlight ? 'bold' : 'normal';
    const itemLines = wrapText(r.label, frame.width, fs, 2, weight);
    const lastLine = itemLines.at(-1) ?? '';
    // Wide: the periods form a right-aligned column, read down like a table's. Compact: always on a line
    // of their own, so every row reads the same way down a narrow column.
    const periodFits =
      !frame.compact &&
      periodText !== '' &&
      textWidth(lastLine, fs, weight) + fs + textWidth(periodText, fs) <= frame.width;
    itemLines.forEach((line, i) => {
      // The row the chart is about is named in bold; the others in the ordinary label tone.
      addText({
        type: 'text',
        tone: r.highlight ? 'label-strong' : 'label',
        x: 0,
        y: round(y + i * lineHeight),
        baseline: 'hanging',
        text: line,
      });
    });
    if (periodText !== '') {
      const sameLine = periodFits;
      addText({
        type: 'text',
        tone: 'label-muted',
        x: sameLine ? frame.width : 0,
        y: round(y + (sameLine ? itemLines.length - 1 : itemLines.length) * lineHeight),
        baseline: 'hanging',
        ...(sameLine ? { anchor: 'end' as const } : {}),
        text: sameLine ? periodText : truncate(periodText, frame.width, fs),
      });
      if (!sameLine) y += lineHeight;
    }
    y += itemLines.length * lineHeight + fs * 0.15;
    const barTop = y;
    const middle = round(barTop + barHeight / 2);
    const tone = r.highlight ? 'bar' : 'bar-muted';
    const variant = r.total ? ('outline' as const) : undefined;
    let valueX: number;
    if (view === 'log') {
      // A faint track across the row, so the dot reads as a position, not a length.
      marks.push({ type: 'line', tone: 'grid', x1: plotLeft, x2: plotRight, y1: middle, y2: middle });
      if (r.value > 0) {
        const cx = px(r.value);
        marks.push({ type: 'circle', tone, row: r.row, cx, cy: middle, r: dotRadius, ...(variant ? { variant } : {}) });
        valueX = cx + dotRadius + gap;
      } else {
        valueX = plotLeft;
      }
    } else {
      const end = broken && r.value > (linear.domain()[1] ?? 0) ? plotRight : px(r.value);
      const bar: RectMark = {
        type: 'rect',
        tone,
        row: r.row,
        x: plotLeft,
        y: round(barTop),
        width: round(Math.max(end - plotLeft, r.value > 0 ? 1 : 0)),
        height: barHeight,
        ...(variant ? { variant } : {}),
      };
      if (end === plotRight && broken) drawBreak(bar);
      else marks.push(bar);
      valueX = plotLeft + bar.width + gap;
    }
    addText({
      type: 'text',
      tone: 'label-strong',
      x: round(valueX),
      y: middle,
      baseline: 'middle',
      text: format(r.value),
    });
    y = barTop + barHeight + fs * 0.65;
    rowMiddles.push(middle);
  }
  const rowsBottom = rows.length > 0 ? y - fs * 0.45 : y;

  // The log axis: powers of ten, ticked across every row's track and named under the rows. The linear view
  // needs no axis: every bar is labelled with its value and all start from the same zero.
  if (view === 'log') {
    const ticks = powersOfTen(logLow, logHigh);
    const tickY = round(rowsBottom + fs * 0.4);
    const gridMarks: Mark[] = [];
    for (const t of ticks) {
      const x = px(t);
      for (const middle of rowMiddles) {
        const half = barHeight * 0.6;
        gridMarks.push({
          type: 'line',
          tone: 'axis',
          x1: x,
          x2: x,
          y1: round(middle - half),
          y2: round(middle + half),
        });
      }
      const mark: TextMark = {
        type: 'text',
        tone: 'label-muted',
        x,
        y: tickY,
        baseline: 'hanging',
        anchor: 'middle',
        text: format(t),
      };
      const box = textBox(mark, fs);
      if (box.left < 0) Object.assign(mark, { anchor: 'start', x: 0 });
      if (box.right > frame.width) Object.assign(mark, { anchor: 'end', x: frame.width });
      const fitted = textBox(mark, fs);
      const spaced = { ...fitted, left: fitted.left - gap, right: fitted.right + gap };
      if (placed.some((b) => boxesOverlap(b, spaced))) continue;
      addText(mark);
    }
    // Ticks go under the dots: they are drawn first.
    marks.splice(0, 0, ...gridMarks);
    y = tickY + fs * 1.4;
  } else {
    y = rowsBottom + fs * 0.5;
  }

  // Say in words what kind of axis this is, on the chart itself.
  const note =
    view === 'log'
      ? 'Logarithmic scale: each step is ten times the last'
      : broken
        ? `The ${options.order === 'data' ? 'largest' : 'first'} bar is cut short to fit: it is not to scale`
        : '';
  if (note) {
    for (const line of wrapText(note, frame.width, fs, 3)) {
      addText({ type: 'text', tone: 'label', x: 0, y: round(y), baseline: 'hanging', text: line });
      y += lineHeight;
    }
  }
  const height = Math.ceil(y + 4);

  return {
    kind: 'comparison',
    width: frame.width,
    height,
    fontSize: fs,
    marks,
    summary: summarise(rows, format, { view, broken }),
    table: {
      columns: tableColumns(options),
      rows: rows.map((r) => [r.label, ...(options.columns.period ? [r.period ?? '–'] : []), format(r.value)]),
    },
  };

  /** The cut bar: two pieces either side of a gap with slanted lines, the break drawn where it happens. */
  function drawBreak(bar: RectMark): void {
    const cut = plotRight - breakRoom + 12;
    marks.push({ ...bar, width: round(cut - bar.x) });
    // The stub after the cut is decorative: the piece before it carries the focus and the tooltip.
    marks.push({
      type: 'rect',
      tone: bar.tone,
      x: round(cut + 8),
      y: bar.y,
      width: round(plotRight - cut - 8),
      height: bar.height,
      ...(bar.variant ? { variant: bar.variant } : {}),
    });
    const top = bar.y - 3;
    const bottom = bar.y + bar.height + 3;
    marks.push({
      type: 'path',
      tone: 'axis',
      d: `M${round(cut + 1)},${round(bottom)}L${round(cut + 5)},${round(top)}M${round(cut + 4)},${round(bottom)}L${round(cut + 8)},${round(top)}`,
    });
  }
}

/** Powers of ten from low to high: the only honest ticks on a log axis a general reader can follow. */
function powersOfTen(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let p = Math.ceil(Math.log10(low)); 10 ** p <= high * 1.0001; p++) ticks.push(10 ** p);
  return ticks;
}

function tableColumns(options: ComparisonOptions): TableColumn[] {
  return [
    { label: options.columns.label, numeric: false },
    ...(options.columns.period ? [{ label: options.columns.period, numeric: false }] : []),
    { label: options.columns.value, numeric: true },
  ];
}

function summarise(
  rows: readonly Row[],
  format: (value: number) => string,
  { view, broken }: { view: ComparisonView; broken: boolean },
): string {
  const said = (r: Row) => `${format(r.value)}, ${r.label}${r.period ? `, ${r.period}` : ''}`;
  // A long name reads more easily in a sentence of its own (grade 9 or below).
  const named = (r: Row) => `${format(r.value)}${r.period ? `, in ${r.period}` : ''}. It is for ${r.label}`;
  // By size, whatever order the rows are drawn in; ties keep their drawn order.
  const bySize = [...rows].sort((a, b) => b.value - a.value || a.row - b.row);
  const [first] = bySize;
  const last = bySize.at(-1);
  if (!first || !last) return 'Amounts: no figures to show.';
  const parts: string[] = [];
  if (rows.length === 1) parts.push(`One amount: ${said(first)}.`);
  else if (first.value === last.value) parts.push(`Every one of the ${rows.length} amounts is ${format(first.value)}.`);
  else parts.push(`The largest is ${named(first)}. The smallest is ${named(last)}.`);
  const totals = rows.filter((r) => r.total).length;
  if (totals > 0 && totals < rows.length) {
    const singles = rows.length - totals;
    parts.push(
      `${singles} of the ${rows.length} ${singles === 1 ? 'is an amount' : 'are amounts'} for one year; ${totals} ${
        totals === 1 ? 'is a total' : 'are totals'
      } over more than one year.`,
    );
  }
  if (view === 'log') parts.push('Drawn on a logarithmic scale: each step is ten times the last.');
  else if (broken) parts.push('The largest bar is cut short to fit.');
  return parts.join(' ');
}
