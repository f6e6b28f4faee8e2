import type { Adapter } from './types.ts';

/** Not implemented yet: the line kind is being written (see src/charts/line.ts when it lands). */
export const adaptLine: Adapter = (chart) => {
  throw new Error(`Chart "${chart.id}": the line kind is not implemented yet`);
};
