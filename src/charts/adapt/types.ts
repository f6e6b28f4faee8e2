import type { Dataset } from '../../lib/content/load.ts';
import type { ChartEntry } from '../../lib/content/schemas.ts';
import type { ChartSpec, Frame } from '../types.ts';

/**
 * Binds a chart entry's encoding to its dataset's columns and calls the pure chart kind. `view` is one of
 * the chart's declared view ids (undefined when it declares none); an adapter throws on a view it does not
 * know, naming the chart.
 */
export type Adapter = (chart: ChartEntry, dataset: Dataset, frame: Frame, view: string | undefined) => ChartSpec;
