/**
 * Amounts listed under the axis, one row each: a marker in the amount's treatment, its amount and date,
 * then how the money is described. Wide, the marker sits under the amount's date on the axis; compact, at
 * the left, so the rows form a tidy list in date order and no line is cut short.
 */
import { hatch } from '../hatch.ts';
import { gap } from '../layout.ts';
import { round, textWidth, truncate } from '../text.ts';
import type { RectMark } from '../types.ts';
import type { Canvas } from './canvas.ts';
import { amountAndDate, variantOf, type Dated } from './data.ts';
import type { Plot } from './plot.ts';

/** The distance from one listed row to the next, at a frame's font size. */
export const rowPitch = (fontSize: number) => fontSize * 2.7;

/**
 * Lists `rows` from `top` down; `focusable` rows carry their table row (they are the only mark for their
 * amount). Returns the top of the next row.
 */
export function listRows(canvas: Canvas, plot: Plot, rows: readonly Dated[], top: number, focusable: boolean): number {
  const { marks, labels, frame, format } = canvas;
  const fs = frame.fontSize;
  const size = plot.swatch;
  let rowTop = top;
  for (const d of rows) {
    const cx = frame.compact ? size / 2 + 1 : Math.min(Math.max(plot.px(d.time), size / 2), frame.width - size / 2);
    const variant = variantOf(d);
    const marker: RectMark = {
      type: 'rect',
      tone: 'series-1',
      x: round(cx - size / 2),
      y: round(rowTop + fs * 0.5 - size / 2),
      width: size,
      height: size,
      ...(focusable ? { row: d.row } : {}),
      ...(variant ? { variant } : {}),
    };
    marks.push(marker);
    if (variant === 'hatched') marks.push(hatch(marker, 3.5));
    const lines = [amountAndDate(d, format), d.group?.text ?? d.basis ?? ''].filter(Boolean);
    const weight = (j: number) => (j === 0 ? 'bold' : 'normal');
    const needed = Math.max(...lines.map((t, j) => textWidth(t, fs, weight(j))));
    const right = frame.width - (cx + size / 2 + gap);
    const left = cx - size / 2 - gap;
    const toRight = needed <= right || right >= left;
    lines.forEach((text, j) => {
      labels.add({
        type: 'text',
        tone: j === 0 ? 'label-strong' : 'label',
        x: round(toRight ? cx + size / 2 + gap : cx - size / 2 - gap),
        y: round(rowTop + j * fs * 1.2),
        anchor: toRight ? 'start' : 'end',
        baseline: 'hanging',
        text: truncate(text, toRight ? right : left, fs, weight(j)),
      });
    });
    rowTop += rowPitch(fs);
  }
  return rowTop;
}
