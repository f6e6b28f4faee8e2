import { gap } from '../layout.ts';
import { round, textWidth, truncate, wrapText } from '../text.ts';
import type { RectMark } from '../types.ts';
import type { Canvas } from './canvas.ts';
import type { Row } from './data.ts';
import { breakRoom } from './scales.ts';

export interface RowsDrawn {
  /** Each row's bar or dot middle, top to bottom: the log axis ticks across them. */
  middles: number[];
  /** Under the last row. */
  bottom: number;
}

/**
 * Each row from `top`: its item (bold for the row the chart is about), its period in a quieter tone, then
 * its bar (or, on the log view, its dot on a faint track) and its value at the end.
 */
export function drawRows(
  c: Canvas,
  rows: readonly Row[],
  top: number,
  { broken, linearTop }: { broken: boolean; linearTop: number },
): RowsDrawn {
  const { frame, marks, labels, format, view, plotLeft, plotRight, px } = c;
  const fs = frame.fontSize;
  const barHeight = Math.round(fs * 1.05);
  const dotRadius = round(barHeight * 0.42);
  const lineHeight = fs * 1.25;
  const middles: number[] = [];
  let y = top;
  for (const r of rows) {
    y = drawRowLabel(c, r, y, lineHeight);
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
      const end = broken && r.value > linearTop ? plotRight : px(r.value);
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
      if (end === plotRight && broken) drawBreak(c, bar);
      else marks.push(bar);
      valueX = plotLeft + bar.width + gap;
    }
    labels.add({
      type: 'text',
      tone: 'label-strong',
      x: round(valueX),
      y: middle,
      baseline: 'middle',
      text: format(r.value),
    });
    y = barTop + barHeight + fs * 0.65;
    middles.push(middle);
  }
  return { middles, bottom: rows.length > 0 ? y - fs * 0.45 : y };
}

/** The item, then its period: on one line where both fit, else the period below. Returns where the bar goes. */
function drawRowLabel({ frame, labels }: Canvas, r: Row, top: number, lineHeight: number): number {
  const fs = frame.fontSize;
  let y = top;
  const periodText = r.period ?? '';
  const weight = r.highlight ? 'bold' : 'normal';
  const itemLines = wrapText(r.label, frame.width, fs, 2, weight);
  const lastLine = itemLines.at(-1) ?? '';
  // Wide: the periods form a right-aligned column, read down like a table's. Compact: always on a line
  // of their own, so every row reads the same way down a narrow column.
  const sameLine =
    !frame.compact &&
    periodText !== '' &&
    textWidth(lastLine, fs, weight) + fs + textWidth(periodText, fs) <= frame.width;
  itemLines.forEach((line, i) => {
    // The row the chart is about is named in bold; the others in the ordinary label tone.
    labels.add({
      type: 'text',
      tone: r.highlight ? 'label-strong' : 'label',
      x: 0,
      y: round(y + i * lineHeight),
      baseline: 'hanging',
      text: line,
    });
  });
  if (periodText !== '') {
    labels.add({
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
  return y + itemLines.length * lineHeight + fs * 0.15;
}

/** The cut bar: two pieces either side of a gap with slanted lines, the break drawn where it happens. */
function drawBreak({ marks, plotRight }: Canvas, bar: RectMark): void {
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
