import type { Adapter } from './types.ts';

/** Not implemented yet: the comparison kind is being written (see src/charts/comparison.ts when it lands). */
export const adaptComparison: Adapter = (chart) => {
  throw new Error(`Chart "${chart.id}": the comparison kind is not implemented yet`);
};
