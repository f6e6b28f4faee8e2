import type { Adapter } from './types.ts';

/** Not implemented yet: the dotplot kind is being written (see src/charts/dotplot.ts when it lands). */
export const adaptDotplot: Adapter = (chart) => {
  throw new Error(`Chart "${chart.id}": the dotplot kind is not implemented yet`);
};
