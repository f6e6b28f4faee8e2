/**
 * Dates along the time axis: month names where d3's ticks fall on month starts, else full dates. A date
 * is left out where it would leave the frame or crowd a label already placed.
 */
import { formatDate } from '../../lib/format.ts';
import { gap } from '../layout.ts';
import { round } from '../text.ts';
import type { Canvas } from './canvas.ts';
import type { Plot } from './plot.ts';

export function drawDates(canvas: Canvas, plot: Plot): void {
  const { frame, labels } = canvas;
  const ticks = plot.x.ticks(frame.compact ? 2 : 5);
  const monthly = ticks.every((t) => t.getUTCDate() === 1);
  for (const t of ticks) {
    const iso = t.toISOString().slice(0, monthly ? 7 : 10);
    // Dates need a clear gap between them, not just no overlap, to read as separate.
    labels.place(
      [
        {
          type: 'text',
          tone: 'label',
          x: round(plot.x(t)),
          y: round(plot.bottom + frame.fontSize * 1.4),
          anchor: 'middle',
          text: formatDate(iso, 'short'),
        },
      ],
      { spacing: gap, within: { left: 0, right: frame.width } },
    );
  }
}
