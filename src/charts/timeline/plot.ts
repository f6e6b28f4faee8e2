/**
 * Where the timeline's plot sits: the value scale for the view, the time scale, and the margins. Both
 * views share one time axis and one left margin, so switching views never moves the dates; the right
 * margin holds the running total's labels (cumulative) or the key to the treatments (tranches).
 */
import { max, min } from 'd3-array';
import { scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { valueScale } from '../axes.ts';
import { gap } from '../layout.ts';
import { round, textWidth } from '../text.ts';
import {
  amountAndDate,
  totalLine as totalLineOf,
  timelineViews,
  variantOf,
  type Prepared,
  type TimelineDatum,
  type TimelineOptions,
} from './data.ts';

const day = 86_400_000;

/** A treatment in use, with the words that say what it means. */
export interface KeyEntry {
  variant?: 'hatched' | 'outline' | 'dashed';
  text: string;
}

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
  yTicks: number[];
  /** Scaled and rounded positions. */
  px: (time: number) => number;
  py: (value: number) => number;
  /** The right margin's width for labels, and whether the running total's labels fit there. */
  rightWidth: number;
  rightLabelsFit: boolean;
  /** The side of a treatment's swatch (key and list markers). */
  swatch: number;
  key: KeyEntry[];
  /** Each summable amount's two lines: amount and date, then how the money is described. */
  bandLines: string[][];
  totalLine: string;
}

/** The vertical scale for a view: up to the running total, or to the largest single amount. */
function yScaleFor(p: Prepared, view: TimelineOptions['view'], compact: boolean) {
  const top = view === 'cumulative' ? p.summable.reduce((t, d) => t + d.value, 0) : max(p.dated, (d) => d.value);
  return valueScale([0, top !== undefined && top > 0 ? top : 1], compact);
}

/** Only called with at least one dated amount. */
export function plotFor(p: Prepared, options: TimelineOptions): Plot {
  const { frame, format, view } = options;
  const fs = frame.fontSize;
  const { scale: y, ticks: yTicks } = yScaleFor(p, view, frame.compact);
  // The widest amount on either view's axis sets the left margin, so the dates line up across views.
  const tickWidth = Math.max(
    0,
    ...timelineViews.flatMap((v) => yScaleFor(p, v, frame.compact).ticks.map((t) => textWidth(format(t), fs))),
  );

  // Room above the plot for the total's label when it sits at the top of the step (compact layout).
  const top = Math.round(view === 'cumulative' && (frame.compact || p.summed.length > 0) ? fs * 1.8 : fs * 0.9);
  const plotHeight = Math.round(frame.height * (frame.compact ? 0.45 : 0.5));
  const bottom = top + plotHeight;
  const bandLines = p.summable.map((d) => [amountAndDate(d, format), d.group?.text ?? d.basis ?? '']);
  const totalLine = totalLineOf(p, format);
  const key = keyEntries(p.dated);
  const swatch = frame.compact ? 9 : 10;
  // Room for the longest band label ("moved from another budget") whole, with a reader's text spacing.
  const rightCap = Math.round(frame.width * 0.4);
  const rightWidth =
    Math.min(
      rightCap,
      Math.max(
        textWidth(totalLine, fs, 'bold'),
        ...bandLines.flatMap((lines) => lines.map((t, j) => textWidth(t, fs, j === 0 ? 'bold' : 'normal'))),
        ...key.map((k) => swatch + gap + textWidth(k.text, fs)),
      ),
    ) + gap;
  // Band labels sit in a right margin in the wide layout (direct labels beside the bands); the compact
  // layout, or a crowded one, lists them under the axis instead.
  const rightLabelsFit =
    !frame.compact && p.summable.length > 0 && (p.summable.length * 2.7 + 1.5) * fs <= plotHeight + fs * 2.5;
  const left = Math.ceil(tickWidth + gap);
  const right = frame.width - (rightLabelsFit ? Math.ceil(rightWidth + gap) : 8);

  const t0 = min(p.dated, (d) => d.time) ?? 0;
  const t1 = max(p.dated, (d) => d.time) ?? 0;
  const pad = Math.max((t1 - t0) * 0.06, 20 * day);
  // The running total is drawn on to the end of the axis, a little after the last announcement.
  const x = scaleUtc()
    .domain([new Date(t0 - pad), new Date(t1 + pad)])
    .range([left, right]);
  y.range([bottom, top]);
  return {
    left,
    right,
    top,
    bottom,
    x,
    y,
    yTicks,
    px: (time) => round(x(new Date(time))),
    py: (value) => round(y(value)),
    rightWidth,
    rightLabelsFit,
    swatch,
    key,
    bandLines,
    totalLine,
  };
}

/** The treatments in use, in order of first appearance, each with the words that say what it means. */
function keyEntries(dated: readonly TimelineDatum[]): KeyEntry[] {
  const seen = new Map<string, KeyEntry>();
  for (const d of dated) {
    const variant = variantOf(d);
    const text = d.yearly ? 'an amount a year' : (d.group?.text ?? '');
    const id = `${variant ?? 'solid'}|${text}`;
    if (text && !seen.has(id)) seen.set(id, { ...(variant ? { variant } : {}), text });
  }
  return [...seen.values()];
}
