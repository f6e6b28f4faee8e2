/**
 * The tranches view: each dated announcement its own bar at its date (same-day ones side by side), its
 * amount over it where that fits, and in the wide layout a key to the treatments in the right margin.
 */
import { withHatch } from '../hatch.ts';
import { drawKey, squareSwatch } from '../keys.ts';
import { gap } from '../layout.ts';
import { hatch } from '../hatch.ts';
import { round } from '../text.ts';
import type { RectMark, TextMark } from '../types.ts';
import type { Canvas } from './canvas.ts';
import { amountOf, variantOf, type Dated, type Prepared } from './data.ts';
import type { Plot } from './plot.ts';

export function drawTranches(canvas: Canvas, p: Prepared, plot: Plot): void {
  const { marks, labels, frame, format } = canvas;
  const { px, py } = plot;
  // The key first, so the amounts over the bars keep clear of it.
  if (plot.rightLabelsFit) drawTreatmentKey(canvas, plot);
  const barWidth = frame.compact ? 8 : 12;
  const sameDay = new Map<number, Dated[]>();
  for (const d of p.dated) sameDay.set(d.time, [...(sameDay.get(d.time) ?? []), d]);
  const bars: { d: Dated; mark: RectMark }[] = [];
  for (const group of sameDay.values()) {
    const width = Math.max(2, Math.min(barWidth, (plot.right - plot.left) / group.length - 2));
    group.forEach((d, j) => {
      const centre = px(d.time) + (j - (group.length - 1) / 2) * (width + 2);
      const left = Math.min(Math.max(centre - width / 2, plot.left), plot.right - width);
      const variant = variantOf(d);
      bars.push({
        d,
        mark: {
          type: 'rect',
          tone: 'series-1',
          row: d.row,
          x: round(left),
          y: py(d.value),
          width: round(width),
          height: round(py(0) - py(d.value)),
          ...(variant ? { variant } : {}),
        },
      });
    });
  }
  for (const { mark } of bars) marks.push(...withHatch(mark));
  marks.push({ type: 'line', tone: 'axis', x1: plot.left, x2: plot.right, y1: py(0), y2: py(0) });
  // Amounts over the bars, largest first, wherever they fit; every amount is also in the list below.
  const barBoxes = bars.map(({ mark }) => ({
    left: mark.x,
    right: mark.x + mark.width,
    top: mark.y,
    bottom: mark.y + mark.height,
  }));
  for (const { d, mark } of [...bars].sort((a, b) => b.d.value - a.d.value)) {
    // Centred over the bar; near an edge, lined up with the bar's inner side instead.
    const spots: [number, NonNullable<TextMark['anchor']>][] = [
      [mark.x + mark.width / 2, 'middle'],
      [mark.x + mark.width, 'end'],
      [mark.x, 'start'],
    ];
    labels.place(
      spots.map(([lx, anchor]) => ({
        type: 'text',
        tone: 'label-strong',
        x: round(lx),
        y: round(mark.y - gap / 2),
        anchor,
        text: amountOf(d, format),
      })),
      { obstacles: barBoxes, within: { left: 0, right: frame.width, top: 0 } },
    );
  }
}

/** Tranches, wide: what each treatment means, in the margin the running total's labels use. */
function drawTreatmentKey(canvas: Canvas, plot: Plot): void {
  const fs = canvas.frame.fontSize;
  const drawn = drawKey(
    plot.key.map((k) => ({
      label: k.text,
      swatchWidth: plot.swatch,
      swatch: squareSwatch('series-1', plot.swatch, k.variant, (rect) =>
        rect.variant === 'hatched' ? [hatch(rect, 3.5)] : [],
      ),
    })),
    {
      x: plot.right + gap,
      top: plot.top,
      width: plot.rightWidth - gap,
      fontSize: fs,
      pitch: fs * 1.6,
      spacing: 0,
      column: true,
    },
  );
  for (const mark of drawn.marks) {
    if (mark.type === 'text') canvas.labels.add(mark);
    else canvas.marks.push(mark);
  }
}
