/**
 * Gridlines and ticks for a value axis: a few round values (d3's ticks), each a line across the plot with
 * its amount at the left, and zero drawn as the axis itself.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { gap } from './layout.ts';
import { round } from './text.ts';
import type { Mark, TextMark } from './types.ts';

/** How many ticks a value axis aims for: fewer in the compact layout, where there is less height. */
export function tickCount(compact: boolean): number {
  return compact ? 3 : 4;
}

/**
 * A linear value scale over `domain`, extended to round ends, and its ticks. A span too small for d3 to
 * tick (under a billionth) is drawn on a span of 1, so there are always gridlines to read it against.
 */
export function valueScale(
  domain: readonly [number, number],
  compact: boolean,
): { scale: ScaleLinear<number, number>; ticks: number[] } {
  const [low, high] = domain;
  const scale = scaleLinear()
    .domain(high - low > 1e-9 ? [low, high] : [low, low + 1])
    .nice(tickCount(compact));
  return { scale, ticks: scale.ticks(tickCount(compact)) };
}

/**
 * Gridlines from `left` to `right` at each tick (zero as the axis), and their labels ending `labelGap`
 * (by default `gap`) left of the plot. Lines are drawn first, labels placed after, so kinds add labels
 * where they track collisions.
 */
export function valueGrid(
  ticks: readonly number[],
  y: (value: number) => number,
  {
    left,
    right,
    format,
    labelGap = gap,
  }: { left: number; right: number; format: (value: number) => string; labelGap?: number },
): { lines: Mark[]; labels: TextMark[] } {
  const lines: Mark[] = ticks.map((t) => ({
    type: 'line',
    tone: t === 0 ? 'axis' : 'grid',
    x1: left,
    x2: right,
    y1: round(y(t)),
    y2: round(y(t)),
  }));
  const labels: TextMark[] = ticks.map((t) => ({
    type: 'text',
    tone: 'label-muted',
    x: left - labelGap,
    y: round(y(t)),
    anchor: 'end',
    baseline: 'middle',
    text: format(t),
  }));
  return { lines, labels };
}
