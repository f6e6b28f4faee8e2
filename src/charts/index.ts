/**
 * From a chart entry in content/charts.yaml and its dataset to a ChartSpec for one frame. Each kind's
 * module (kinds/<kind>.ts) declares its channels, views and options and binds columns to channels; the
 * drawing functions (<kind>.ts) stay pure and testable with plain arrays.
 */
import { kindRegistry } from './kinds/index.ts';
import { optionErrors, type ChartState } from './kinds/define.ts';
import type { Dataset } from '../lib/content/load.ts';
import type { ChartEntry } from '../lib/content/schemas.ts';
import type { ChartSpec, Frame } from './types.ts';

export { kindRegistry, kinds } from './kinds/index.ts';
export type { ChartState } from './kinds/define.ts';

/**
 * The spec for one chart, frame and view (its default view when none is given), whole or, for a stepped
 * story, in one `state`. Content validation has
 * checked the chart already; what it would have caught is thrown here too, naming the chart, so a chart
 * built without loadContent (tests, scripts) cannot draw from options it would have refused.
 */
export function chartSpec(
  chart: ChartEntry,
  dataset: Dataset,
  frame: Frame,
  view?: string,
  state: ChartState = {},
): ChartSpec {
  const kind = kindRegistry[chart.kind];
  if (!kind) {
    throw new Error(
      `Chart "${chart.id}": unknown kind "${chart.kind}" (kinds: ${Object.keys(kindRegistry).join(', ')})`,
    );
  }
  const chosen = view ?? kind.views[0];
  if (chosen !== undefined && !kind.views.includes(chosen)) {
    const offered = kind.views.length ? `it knows: ${kind.views.join(', ')}` : 'it has no views';
    throw new Error(`Chart "${chart.id}": a ${chart.kind} chart has no view "${chosen}" (${offered})`);
  }
  if (state.through !== undefined && !kind.through) {
    throw new Error(`Chart "${chart.id}": a ${chart.kind} chart cannot be drawn as it stood on a date (through)`);
  }
  const parsed = kind.options.safeParse(chart.options);
  const problems = [
    ...(parsed.error?.issues.map((issue) => ({ path: issue.path, message: issue.message })) ?? []),
    ...(kind.check?.(chart, dataset) ?? []),
  ];
  if (problems.length > 0 || !parsed.success) throw new Error(optionErrors(chart, problems));
  return kind.adapt(chart, dataset, frame, chosen, parsed.data, state);
}
