/**
 * Timeline of money announcements on a time axis (d3 scaleUtc). Two views:
 *
 * - `cumulative`: a step chart of the running total. Only amounts that can honestly be added together
 *   (one-off sums, `summable`) are stacked into it, each as a band from its announcement date onwards,
 *   so the total's make-up stays visible. Every other dated amount (a yearly figure, an amount whose
 *   basis was not given) is listed under the axis at its date, under a heading saying it is not added:
 *   adding a yearly amount to one-off sums would make a figure nobody announced.
 * - `tranches`: each announcement as its own bar at its date, nothing added up.
 *
 * How the money is described (new, moved from another budget, not said) is told twice: by the mark's
 * treatment (solid, hatched, outlined; dashed for a yearly amount) and by words beside it. Announcements
 * without a date are in the table, not on the axis.
 */
import { valueGrid } from './axes.ts';
import { placer } from './place.ts';
import { round, truncate } from './text.ts';
import type { Canvas } from './timeline/canvas.ts';
import { prepare, timelineTable, totalLine, type TimelineDatum, type TimelineOptions } from './timeline/data.ts';
import { drawDates } from './timeline/dates.ts';
import { plotFor } from './timeline/plot.ts';
import { listRows } from './timeline/rows.ts';
import { drawRunningTotal } from './timeline/running.ts';
import { timelineSummary } from './timeline/summary.ts';
import { drawTranches } from './timeline/tranches.ts';
import type { ChartSpec, Mark } from './types.ts';

export { timelineViews, type TimelineDatum, type TimelineOptions, type TimelineView } from './timeline/data.ts';

/**
 * The parts, each in its own module under timeline/ and each taking what it draws from as arguments:
 * data.ts (order, sums, table), summary.ts, plot.ts (scales and margins), running.ts and tranches.ts (the
 * two views), dates.ts (the time axis) and rows.ts (amounts listed under it).
 */
export function timeline(data: readonly TimelineDatum[], options: TimelineOptions): ChartSpec {
  const { through, ...whole } = options;
  if (through === undefined) return draw(data, whole);
  const part = draw(data, whole, through);
  // The whole timeline's height, so that every state of a story takes the same room.
  return { ...part, height: Math.max(part.height, draw(data, whole).height) };
}

/** The timeline with the amounts announced by `through` (all of them when undefined). */
function draw(data: readonly TimelineDatum[], options: TimelineOptions, through?: string): ChartSpec {
  const { frame, format, view } = options;
  const fs = frame.fontSize;
  const all = prepare(data, view);
  // Sorted by date, the amounts shown are the first of each list: a band keeps its place and its label.
  const p =
    through === undefined
      ? all
      : prepare(
          data.filter((d) => d.date !== null && d.date <= through),
          view,
        );
  const table = timelineTable(p, options);
  const summary = timelineSummary(p, options);
  const marks: Mark[] = [];
  const spec = (height: number): ChartSpec => ({
    kind: 'timeline',
    width: frame.width,
    height,
    fontSize: fs,
    marks,
    summary,
    table,
  });

  if (all.dated.length === 0) {
    marks.push({ type: 'text', tone: 'label-muted', x: 0, y: round(fs * 1.6), text: 'No dated amounts to draw.' });
    return spec(Math.round(fs * 3));
  }

  // Scales and margins from every amount, so the axes stay put from one state to the next.
  const plot = { ...plotFor(all, options), totalLine: totalLine(p, format) };
  const canvas: Canvas = { marks, labels: placer(marks, fs), frame, format };
  // Gridlines and amounts at a few round values.
  const grid = valueGrid(plot.yTicks, plot.y, { left: plot.left, right: plot.right, format });
  marks.push(...grid.lines);
  grid.labels.forEach(canvas.labels.add);

  if (view === 'cumulative') drawRunningTotal(canvas, p, plot);
  else drawTranches(canvas, p, plot);
  drawDates(canvas, plot);

  // Amounts listed under the axis: under the running total, the bands where the margin had no room for
  // their labels, then what is not added (the only marks for those amounts, so they take focus).
  let rowTop = round(plot.bottom + fs * 2.4);
  if (view === 'cumulative' && !plot.rightLabelsFit) rowTop = listRows(canvas, plot, p.summed, rowTop, false);
  if (view === 'cumulative' && p.listed.length > 0) {
    rowTop += fs * 0.4;
    canvas.labels.add({
      type: 'text',
      tone: 'label',
      weight: 'bold',
      x: 0,
      y: round(rowTop + fs),
      text: truncate('Not added to the running total', frame.width, fs, 'bold'),
    });
    rowTop += fs * 1.6;
  }
  rowTop = listRows(canvas, plot, p.listed, rowTop, view === 'cumulative');
  return spec(Math.ceil(rowTop + 4));
}
