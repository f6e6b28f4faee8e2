import type { Adapter } from './types.ts';

/** Not implemented yet: the stacked kind is being written (see src/charts/stacked.ts when it lands). */
export const adaptStacked: Adapter = (chart) => {
  throw new Error(`Chart "${chart.id}": the stacked kind is not implemented yet`);
};
