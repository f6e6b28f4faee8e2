/**
 * Everything a page needs to show one chart, resolved from the collections: the entry, its dataset, its
 * sources and the spec for each layout. Pages, embeds and exports call this, then the one renderer.
 */
import { getEntry } from 'astro:content';
import { chartSpec, type ChartState } from '../charts/index.ts';
import { frames } from '../charts/types.ts';
import type { ChartSpec } from '../charts/types.ts';
import type { Dataset } from '../lib/content/load.ts';
import type { ChartEntry, Source } from '../lib/content/schemas.ts';

export interface ChartView {
  /** `default` for charts with a single view. */
  id: string;
  label: string;
  wide: ChartSpec;
  compact: ChartSpec;
}

export interface ResolvedChart {
  chart: ChartEntry;
  dataset: Dataset;
  sources: Source[];
  /** The first is the default view: shown without JavaScript and in print. */
  views: [ChartView, ...ChartView[]];
}

/** The chart whole, or in one `state` of a stepped story (`<Step through>`). */
export async function resolveChart(id: string, usedBy = 'a page', state: ChartState = {}): Promise<ResolvedChart> {
  const entry = await getEntry('charts', id);
  if (!entry) throw new Error(`${usedBy}: unknown chart id "${id}" (see content/charts.yaml)`);
  const chart = entry.data;
  const datasetEntry = await getEntry('datasets', chart.dataset);
  if (!datasetEntry) throw new Error(`content/charts.yaml: chart "${id}" names unknown dataset "${chart.dataset}"`);
  const dataset = datasetEntry.data as Dataset;
  const sources: Source[] = [];
  for (const ref of dataset.meta.sources) {
    const source = await getEntry('sources', ref);
    if (source) sources.push(source.data);
  }
  const draw = (id: string | undefined, label: string): ChartView => ({
    id: id ?? 'default',
    label,
    wide: chartSpec(chart, dataset, frames.wide, id, state),
    compact: chartSpec(chart, dataset, frames.compact, id, state),
  });
  const [first, ...rest] = chart.views ?? [];
  const views: [ChartView, ...ChartView[]] = first
    ? [draw(first.id, first.label), ...rest.map((v) => draw(v.id, v.label))]
    : [draw(undefined, chart.title)];
  return { chart, dataset, sources, views };
}
