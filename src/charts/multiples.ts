/**
 * Small multiples: one panel a series (a route), stacked on one shared band of years, each panel on its
 * own scale from zero. Built for figures that span a wide range, where one scale would shrink the small
 * series to slivers: grants on all routes reach 299,285 while resettlement falls to 543, which on one
 * scale is a column under 1 px tall, or (as circles sized by area) a dot 2 px across.
 *
 * A reader follows one series at a time along its own row, as in Our World in Data's small multiples with
 * independent axes: the shape of each route is honest, and the key says that heights do not compare across
 * panels; each panel writes its largest and latest values, and the table has every one.
 *
 * Columns, not dots: a column's width is the band's whatever its value, so no mark is thinner than the
 * band, and its height from zero encodes the value. A likely figure is hatched (an outline, a tint and
 * stripes), a verified one solid: they differ by pattern, not only by lightness. Years without a figure
 * hold a dash, so a gap is never read as zero.
 */
import { scaleBand } from 'd3-scale';
import { squareSwatch, drawKey, type KeyItem } from './keys.ts';
import { hatch } from './hatch.ts';
import { lineHeight, swatchSize } from './layout.ts';
import { round, wrapText } from './text.ts';
import { prepare, type MultiplesDatum, type MultiplesOptions } from './multiples/data.ts';
import { drawPanel } from './multiples/panel.ts';
import { multiplesSummary } from './multiples/summary.ts';
import { narrowestShown, type ChartSpec, type Mark } from './types.ts';

/** No column may be drawn under this many CSS pixels across, at the narrowest width its layout is shown. */
export const minColumnPx = 6;

export type { MultiplesDatum, MultiplesOptions } from './multiples/data.ts';

/**
 * The parts, each in its own module under multiples/: data.ts (checks, panels, table and grid), panel.ts
 * (one panel) and summary.ts.
 */
export function multiples(data: readonly MultiplesDatum[], options: MultiplesOptions): ChartSpec {
  const { frame } = options;
  const fs = frame.fontSize;
  const width = frame.width;
  const line = lineHeight(fs);
  const { xs, panels, table } = prepare(data, options);
  const marks: Mark[] = [];
  let y = 2;

  // The key: solid and hatched where the data has both, then that each panel has its own scale.
  const size = swatchSize(fs);
  const likely = data.some((d) => d.likely);
  const items: KeyItem[] = likely
    ? [
        ...(data.some((d) => !d.likely)
          ? [{ label: 'Solid: verified', swatchWidth: size, swatch: squareSwatch('bar', size) }]
          : []),
        {
          label: 'Hatched: likely, not checked',
          swatchWidth: size,
          swatch: squareSwatch('bar', size, 'hatched', (rect) => [hatch(rect, 4)]),
        },
      ]
    : [];
  const key = drawKey(items, { top: y, width, fontSize: fs, pitch: line, spacing: fs * 1.2 });
  marks.push(...key.marks);
  y += key.lines * line;
  if (panels.length > 1) {
    const scale = `Each ${options.seriesLabel.toLowerCase()} has its own scale: heights compare within a row, not between rows.`;
    for (const t of wrapText(scale, width, fs, 3)) {
      marks.push({ type: 'text', tone: 'label', x: 0, y: round(y), text: t, baseline: 'hanging' });
      y += line;
    }
  }
  y += Math.round(fs * 0.4);

  const x = scaleBand<number>()
    .domain(xs.map((_, i) => i))
    .range([0, width])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  // Columns narrower than this would be slivers on a phone: too many years for one row of panels.
  const px = (x.bandwidth() * narrowestShown[frame.compact ? 'compact' : 'wide']) / width;
  if (xs.length > 0 && px < minColumnPx) {
    throw new RangeError(
      `multiples: ${xs.length} columns are ${px.toFixed(1)} px across at the narrowest; each needs ${minColumnPx}`,
    );
  }
  const plotHeight = Math.round(fs * (frame.compact ? 3.2 : 3.6));
  panels.forEach((panel, i) => {
    marks.push({ type: 'line', tone: 'grid', x1: 0, x2: width, y1: round(y), y2: round(y) });
    y += Math.round(fs * 0.5);
    y = drawPanel(marks, panel, y, {
      frame,
      format: options.format,
      x,
      xs,
      plotHeight,
      fullAxis: i === panels.length - 1,
    });
    y += Math.round(fs * 0.4);
  });

  return {
    kind: 'multiples',
    width,
    height: Math.ceil(y + 2),
    fontSize: fs,
    marks,
    summary: multiplesSummary(panels, options),
    table,
  };
}
