/**
 * content/charts.yaml: every chart once. A chart names a kind from the registry (its channels, views and
 * option schema), a dataset, and the dataset's columns its channels draw; sums in two currencies never
 * share an axis.
 */
import { z } from 'zod';
import { fillThrough } from './chart-dates.ts';
import { currenciesIn, type Dataset } from './datasets.ts';
import { id } from './fields.ts';
import type { ContentLocation } from './errors.ts';
import type { KindContract, KindRegistry } from './kinds.ts';
import type { Reader } from './reader.ts';
import { fieldName, validateYaml } from './yaml-file.ts';

export const chartSchema = z.strictObject({
  /** Permanent: it is in embed URLs. Add, never rename. */
  id,
  /** One of the kinds in src/charts/kinds/index.ts; loadContent checks it against that registry. */
  kind: z.string({ error: 'is missing (a chart kind, e.g. bar)' }).min(1),
  dataset: id,
  /** Channel → column name, e.g. { x: year, y: people }. Each kind says which channels it needs. */
  encoding: z.record(z.string(), z.string().min(1)),
  /** Kind-specific settings (e.g. people per square in a waffle), checked by the kind's own schema. */
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  /** A sentence saying what the chart shows. */
  title: z.string().min(1),
  /** The measure, unit and period. */
  subtitle: z.string().min(1),
  notes: z.array(z.string().min(1)).default([]),
  /**
   * Two or more honest views of the same data (e.g. count and share). The first is the default: it is
   * the one drawn without JavaScript and in print. The kind's adapter says which view ids it knows.
   */
  views: z
    .array(z.strictObject({ id, label: z.string().min(1) }))
    .min(2, 'needs at least two views, or none')
    .optional(),
});
export type ChartEntry = z.output<typeof chartSchema>;

/** One chart entry, checked where it stands in charts.yaml. */
interface ChartAt {
  reader: Reader;
  chart: ChartEntry;
  /** Where a field of this entry is: file, line and field. */
  where: (field: string, ...path: PropertyKey[]) => ContentLocation;
}

export function loadCharts(
  reader: Reader,
  datasets: ReadonlyMap<string, Dataset>,
  kinds: KindRegistry,
): Map<string, ChartEntry> {
  const yaml = reader.readYaml(reader.path('charts.yaml'));
  return reader.readList<ChartEntry>(yaml, (entry, index, file) => {
    const chart = reader.entry<ChartEntry>(file, chartSchema, entry, index);
    if (!chart) return undefined;
    const at: ChartAt = { reader, chart, where: (field, ...path) => reader.at(file, index, field, ...path) };
    const kind = kinds[chart.kind];
    if (!kind) {
      reader.report(at.where('kind', 'kind'), `must be one of the chart kinds: ${Object.keys(kinds).join(', ')}`);
      return chart;
    }
    // The kind's own option schema: a bad option fails here, at its line, not while the page renders.
    const options = validateYaml(file, kind.options, chart.options, [index, 'options']);
    reader.errors.push(...options.errors);
    const dataset = datasets.get(chart.dataset);
    if (!dataset) {
      reader.report(at.where('dataset', 'dataset'), `unknown dataset "${chart.dataset}" (chart "${chart.id}")`);
      return chart;
    }
    fillDates(at, dataset);
    checkViewsAndChannels(at, kind, dataset);
    // Checks that need the dataset (an option naming a row or a column's value), once the options parse.
    if (options.errors.length === 0) checkOptions(at, kind, dataset);
    checkCurrencies(at, dataset);
    return chart;
  });
}

/** {through} in a title or subtitle becomes the date the dataset runs to (./chart-dates.ts). */
function fillDates({ reader, chart, where }: ChartAt, dataset: Dataset): void {
  for (const field of ['title', 'subtitle'] as const) {
    const { text, problems } = fillThrough(chart[field], dataset.meta.through);
    for (const problem of problems) reader.report(where(field, field), problem);
    chart[field] = text;
  }
}

/** The views are the kind's; the required channels are bound; every channel is the kind's and a column. */
function checkViewsAndChannels({ reader, chart, where }: ChartAt, kind: KindContract, dataset: Dataset): void {
  const { required, optional } = kind.channels;
  chart.views?.forEach((v, i) => {
    if (kind.views.includes(v.id)) return;
    const offered = kind.views.length ? `it draws: ${kind.views.join(', ')}` : 'it has no views';
    reader.report(
      where(`views[${i}].id`, 'views', i, 'id'),
      `a ${chart.kind} chart has no view "${v.id}" (${offered})`,
    );
  });
  for (const channel of required) {
    if (!chart.encoding[channel]) {
      reader.report(where(`encoding.${channel}`, 'encoding'), `a ${chart.kind} chart needs the channel "${channel}"`);
    }
  }
  for (const [channel, column] of Object.entries(chart.encoding)) {
    const at = where(`encoding.${channel}`, 'encoding', channel);
    if (!required.includes(channel) && !optional.includes(channel)) {
      const takes = [...required, ...optional].join(', ');
      reader.report(at, `a ${chart.kind} chart has no channel "${channel}" (it takes: ${takes})`);
    }
    if (!dataset.meta.columns[column]) {
      const columns = Object.keys(dataset.meta.columns).join(', ');
      reader.report(at, `column "${column}" is not in dataset "${dataset.id}" (columns: ${columns})`);
    }
  }
}

function checkOptions({ reader, chart, where }: ChartAt, kind: KindContract, dataset: Dataset): void {
  for (const problem of kind.check?.(chart, dataset) ?? []) {
    const path = ['options', ...problem.path];
    reader.report(where(fieldName(path), ...path), problem.message);
  }
}

/** Sums in two currencies never share an axis: an axis of pounds and euros adds up nothing real. */
function checkCurrencies({ reader, chart, where }: ChartAt, dataset: Dataset): void {
  for (const [channel, column] of Object.entries(chart.encoding)) {
    const found = currenciesIn(dataset, column);
    if (found.length > 1) {
      reader.report(
        where(`encoding.${channel}`, 'encoding', channel),
        `column "${column}" of dataset "${dataset.id}" holds sums in more than one currency (${found.join(', ')}): ` +
          'two currencies never share an axis; draw one chart per currency, and never convert',
      );
    }
  }
}

/**
 * What a reader must see beside a chart: the dataset's caveats, then the caveat of every likely column the
 * chart draws (so a likely column never loses its caveat in a verified dataset), then the chart's notes.
 */
export function chartCaveats(chart: ChartEntry, dataset: Dataset): string[] {
  const columns = [...new Set(Object.values(chart.encoding))];
  const fromColumns = columns.flatMap((name) => {
    const column = dataset.meta.columns[name];
    return column?.confidence === 'L' && column.caveat ? [`${column.label}: ${column.caveat}`] : [];
  });
  return [...new Set([...dataset.meta.caveats, ...fromColumns, ...chart.notes])];
}
