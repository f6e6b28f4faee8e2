import type { Adapter } from './types.ts';

/** Not implemented yet: the waffle kind is being written (see src/charts/waffle.ts when it lands). */
export const adaptWaffle: Adapter = (chart) => {
  throw new Error(`Chart "${chart.id}": the waffle kind is not implemented yet`);
};
