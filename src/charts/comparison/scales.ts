import { max, min } from 'd3-array';
import { scaleLog } from 'd3-scale';
import { valueScale } from '../axes.ts';
import { round } from '../text.ts';
import type { ComparisonView, Prepared } from './data.ts';

/** Room at the right of the plot for the cut in a broken bar. */
export const breakRoom = 48;

export interface Scales {
  /** An amount's x: on the linear scale (cut at its top, where broken) or the log one. */
  px: (value: number) => number;
  /** The top of the linear scale: a bar beyond it is the cut one. */
  linearTop: number;
  /** The log axis's domain, whole powers of ten at its low end. */
  logLow: number;
  logHigh: number;
}

/** Linear from zero (cut at the break), or logarithmic over whole powers of ten. */
export function scalesFor(
  { values, largest, second, broken }: Prepared,
  view: ComparisonView,
  compact: boolean,
  { plotLeft, plotRight }: { plotLeft: number; plotRight: number },
): Scales {
  const positive = values.filter((v) => v > 0);
  const scaleRight = broken ? plotRight - breakRoom : plotRight;
  const top = broken ? second * 1.1 : largest > 0 ? largest : 1;
  const linear = valueScale([0, top], compact).scale.range([plotLeft, scaleRight]);
  const logLow = 10 ** Math.floor(Math.log10(min(positive) ?? 1));
  const logHigh = Math.max(max(positive) ?? 10, logLow * 10);
  const log = scaleLog().domain([logLow, logHigh]).range([plotLeft, plotRight]);
  const linearTop = linear.domain()[1] ?? 0;
  const px = (value: number) => round(view === 'log' ? log(value) : linear(Math.min(value, linearTop)));
  return { px, linearTop, logLow, logHigh };
}

/** Powers of ten from low to high: the only honest ticks on a log axis a general reader can follow. */
export function powersOfTen(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let p = Math.ceil(Math.log10(low)); 10 ** p <= high * 1.0001; p++) ticks.push(10 ** p);
  return ticks;
}
