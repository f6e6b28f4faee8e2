import { gap } from '../layout.ts';
import { round, textBox } from '../text.ts';
import type { Mark, TextMark } from '../types.ts';
import type { Canvas } from './canvas.ts';
import { powersOfTen } from './scales.ts';

/**
 * The log axis: powers of ten, ticked across every row's track and named under the rows, each name left
 * out where it would crowd one already placed. Returns the y under it.
 */
export function drawLogAxis(
  { marks, labels, frame, format, px }: Canvas,
  { low, high }: { low: number; high: number },
  rows: { middles: readonly number[]; bottom: number },
): number {
  const fs = frame.fontSize;
  const half = Math.round(fs * 1.05) * 0.6;
  const tickY = round(rows.bottom + fs * 0.4);
  const ticks: Mark[] = [];
  for (const t of powersOfTen(low, high)) {
    const x = px(t);
    for (const middle of rows.middles)
      ticks.push({ type: 'line', tone: 'axis', x1: x, x2: x, y1: round(middle - half), y2: round(middle + half) });
    const mark: TextMark = {
      type: 'text',
      tone: 'label-muted',
      x,
      y: tickY,
      baseline: 'hanging',
      anchor: 'middle',
      text: format(t),
    };
    // Kept inside the frame: the end names are anchored at its edges.
    const box = textBox(mark, fs);
    if (box.left < 0) Object.assign(mark, { anchor: 'start', x: 0 });
    if (box.right > frame.width) Object.assign(mark, { anchor: 'end', x: frame.width });
    if (labels.fits(mark, { spacing: gap })) labels.add(mark);
  }
  // Ticks go under the dots: they are drawn first.
  marks.splice(0, 0, ...ticks);
  return tickY + fs * 1.4;
}
