import type { Adapter } from './types.ts';

/** Not implemented yet: the timeline kind is being written (see src/charts/timeline.ts when it lands). */
export const adaptTimeline: Adapter = (chart) => {
  throw new Error(`Chart "${chart.id}": the timeline kind is not implemented yet`);
};
