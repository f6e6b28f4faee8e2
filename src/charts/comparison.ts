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
import { drawKey, squareSwatch } from './keys.ts';
import { gap, swatchSize } from './layout.ts';
import { placer, type Placer } from './place.ts';
import { round, textWidth, wrapText } from './text.ts';
import type { Canvas } from './comparison/canvas.ts';
import { comparisonTable, prepare, type ComparisonDatum, type ComparisonOptions, type Row } from './comparison/data.ts';
import { drawLogAxis } from './comparison/log-axis.ts';
import { drawRows } from './comparison/rows.ts';
import { scalesFor } from './comparison/scales.ts';
import { comparisonSummary } from './comparison/summary.ts';
import type { ChartSpec, Frame, Mark } from './types.ts';

export {
  comparisonViews,
  type ComparisonDatum,
  type ComparisonOptions,
  type ComparisonView,
} from './comparison/data.ts';

/**
 * The parts, each in its own module under comparison/: data.ts (order, the break, table), scales.ts
 * (linear from zero, or log over powers of ten), rows.ts (item, period, bar or dot, value), log-axis.ts
 * and summary.ts. Labels are placed by place.ts, and the linear scale is the one axes.ts makes.
 */
export function comparison(data: readonly ComparisonDatum[], options: ComparisonOptions): ChartSpec {
  const { frame, format, view } = options;
  const fs = frame.fontSize;
  const prepared = prepare(data, options);
  const { rows, broken } = prepared;
  const marks: Mark[] = [];
  const labels = placer(marks, fs);

  const dotRadius = round(Math.round(fs * 1.05) * 0.42);
  const valueWidth = Math.max(0, ...rows.map((r) => textWidth(format(r.value), fs, 'bold'))) + gap;
  // Dots need their radius of room at both ends of the axis; bars start at the left edge.
  const plotLeft = view === 'log' ? dotRadius + 1 : 0;
  const plotRight = Math.max(plotLeft + 40, frame.width - valueWidth - (view === 'log' ? dotRadius + 1 : 0));
  const scales = scalesFor(prepared, view, frame.compact, { plotLeft, plotRight });
  const canvas: Canvas = { marks, labels, frame, format, view, plotLeft, plotRight, px: scales.px };

  let y = drawPeriodKey(rows, labels, marks, frame);
  const drawn = drawRows(canvas, rows, y, { broken, linearTop: scales.linearTop });
  // The linear view needs no axis: every bar is labelled with its value and all start from the same zero.
  y =
    view === 'log' ? drawLogAxis(canvas, { low: scales.logLow, high: scales.logHigh }, drawn) : drawn.bottom + fs * 0.5;

  // Say in words what kind of axis this is, on the chart itself.
  const note =
    view === 'log'
      ? 'Logarithmic scale: each step is ten times the last'
      : broken
        ? `The ${options.order === 'data' ? 'largest' : 'first'} bar is cut short to fit: it is not to scale`
        : '';
  if (note) {
    for (const line of wrapText(note, frame.width, fs, 3)) {
      labels.add({ type: 'text', tone: 'label', x: 0, y: round(y), baseline: 'hanging', text: line });
      y += fs * 1.25;
    }
  }

  return {
    kind: 'comparison',
    width: frame.width,
    height: Math.ceil(y + 4),
    fontSize: fs,
    marks,
    summary: comparisonSummary(rows, format, { view, broken }),
    table: comparisonTable(rows, options),
  };
}

/** A key when both kinds of period are shown: the words say what the outline means. Returns the y under it. */
function drawPeriodKey(rows: readonly Row[], labels: Placer, marks: Mark[], frame: Frame): number {
  const fs = frame.fontSize;
  const top = 2;
  if (!rows.some((r) => r.total) || !rows.some((r) => !r.total)) return top;
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
    { top, width: frame.width, fontSize: fs, pitch, spacing: fs },
  );
  for (const mark of drawn.marks) {
    if (mark.type === 'text') labels.add(mark);
    else marks.push(mark);
  }
  return top + drawn.lines * pitch + fs * 0.4;
}
