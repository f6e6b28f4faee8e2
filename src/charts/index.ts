/**
 * From a chart entry in content/charts.yaml and its dataset to a ChartSpec for one frame. Each kind's
 * adapter (adapt/<kind>.ts) binds columns to channels; the kinds themselves (<kind>.ts) stay pure and
 * testable with plain arrays.
 */
import { adaptBar } from './adapt/bar.ts';
import { adaptComparison } from './adapt/comparison.ts';
import { adaptDotplot } from './adapt/dotplot.ts';
import { adaptLine } from './adapt/line.ts';
import { adaptStacked } from './adapt/stacked.ts';
import { adaptTimeline } from './adapt/timeline.ts';
import { adaptWaffle } from './adapt/waffle.ts';
import type { Adapter } from './adapt/types.ts';
import type { Dataset } from '../lib/content/load.ts';
import type { ChartEntry, ChartKind } from '../lib/content/schemas.ts';
import type { ChartSpec, Frame } from './types.ts';

const adapters: Record<ChartKind, Adapter> = {
  bar: adaptBar,
  line: adaptLine,
  timeline: adaptTimeline,
  comparison: adaptComparison,
  waffle: adaptWaffle,
  stacked: adaptStacked,
  dotplot: adaptDotplot,
};

export function chartSpec(chart: ChartEntry, dataset: Dataset, frame: Frame, view?: string): ChartSpec {
  return adapters[chart.kind](chart, dataset, frame, view);
}
