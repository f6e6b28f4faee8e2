/**
 * The cumulative view: a step chart of the running total, each summed amount a band from its date to the
 * end of the axis (hatched where the money was moved from another budget), with the total and each band
 * named beside them in the wide layout, or the total alone at the end of the step in the compact one.
 */
import { withHatch } from '../hatch.ts';
import { gap } from '../layout.ts';
import { spread } from '../place.ts';
import { round, truncate } from '../text.ts';
import type { RectMark } from '../types.ts';
import type { Canvas } from './canvas.ts';
import type { Dated, Prepared } from './data.ts';
import type { Plot } from './plot.ts';

export function drawRunningTotal(canvas: Canvas, p: Prepared, plot: Plot): void {
  const { marks, labels, frame } = canvas;
  const fs = frame.fontSize;
  const { px, py } = plot;
  let previous = 0;
  for (const d of p.summed) {
    const sum = p.running.get(d) ?? previous;
    const band: RectMark = {
      type: 'rect',
      tone: 'series-1',
      row: d.row,
      x: px(d.time),
      y: py(sum),
      width: round(plot.right - px(d.time)),
      height: round(py(previous) - py(sum)),
      ...(d.group?.variant ? { variant: d.group.variant } : {}),
    };
    marks.push(...withHatch(band));
    previous = sum;
  }
  // The running total's outline: flat along zero, then up at each announcement.
  let path = `M${plot.left},${py(0)}`;
  for (const d of p.summed) path += `H${px(d.time)}V${py(p.running.get(d) ?? 0)}`;
  path += `H${plot.right}`;
  marks.push({ type: 'path', tone: 'series-1', d: path });
  marks.push({ type: 'line', tone: 'axis', x1: plot.left, x2: plot.right, y1: py(0), y2: py(0) });

  if (p.summed.length === 0) return;
  if (!plot.rightLabelsFit) {
    // Compact: the total at the end of the step, where it fits; each band is listed under the axis.
    labels.place(
      [
        {
          type: 'text',
          tone: 'label-strong',
          x: plot.right,
          y: round(py(p.total) - gap),
          anchor: 'end',
          text: plot.totalLine,
        },
      ],
      { within: { top: 0 } },
    );
    return;
  }
  // Wide: the total, then each band's amount, date and kind of money beside it, nudged apart.
  const line = fs * 1.2;
  const column = [
    { lines: [plot.totalLine], want: py(p.total), strong: true },
    ...p.summed
      .map((d, i) => {
        const lower = i === 0 ? 0 : (p.running.get(p.summed[i - 1] as Dated) ?? 0);
        return { lines: plot.bandLines[i] ?? [], want: (py(lower) + py(p.running.get(d) ?? 0)) / 2, strong: false };
      })
      .reverse(),
  ];
  // None may end below the axis' dates; the margin test in plotFor leaves room for all of them.
  const tops = spread(
    column.map((l) => ({ want: l.want, height: l.lines.length * line + fs * 0.3 })),
    0,
    plot.bottom + fs,
  );
  column.forEach((l, i) => {
    l.lines.forEach((text, j) => {
      const weight = l.strong || j === 0 ? 'bold' : 'normal';
      labels.add({
        type: 'text',
        tone: weight === 'bold' ? 'label-strong' : 'label',
        x: round(plot.right + gap),
        y: round((tops[i] ?? 0) + j * line),
        baseline: 'hanging',
        text: truncate(text, plot.rightWidth - gap, fs, weight),
      });
    });
  });
}
