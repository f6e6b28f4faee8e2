/**
 * /datapackage.json: a Frictionless (Tabular) Data Package describing every chart's CSV, so data tools
 * (frictionless, pandas, R, Datasette, Open Refine) can load them with types, units and sources. One
 * resource per chart, because the CSVs are published per chart; resources of charts that share a dataset
 * describe the same columns.
 */
import type { Dataset } from '../lib/content/load.ts';
import type { ChartEntry, Column, Source } from '../lib/content/schemas.ts';
import { licences, siteName, siteTagline } from '../lib/site.ts';

export interface PackagedChart {
  chart: ChartEntry;
  dataset: Dataset;
  sources: Source[];
  /** Path of the CSV relative to datapackage.json (both sit at the site root, under any base path). */
  path: string;
}

/** Table Schema types: https://specs.frictionlessdata.io/table-schema/#types-and-formats */
const fieldType: Record<Column['type'], string> = {
  year: 'year',
  date: 'date',
  count: 'integer',
  number: 'number',
  gbp: 'number',
  eur: 'number',
  money: 'number',
  percent: 'number',
  text: 'string',
  source: 'string',
  confidence: 'string',
  enum: 'string',
};

const unitWords: Partial<Record<Column['type'], string>> = {
  gbp: 'pounds sterling (GBP), in pounds, not thousands or millions',
  eur: 'euros (EUR), in euros, not thousands or millions',
  money: 'in the currency its row names (pounds or euros), in whole units, not thousands or millions',
  percent: 'per cent (0 to 100)',
};

function field(name: string, column: Column) {
  const unit = column.unit ?? unitWords[column.type];
  const words = {
    source: 'Id of the source, listed in this package’s sources and on the site’s sources page',
    confidence: 'V = verified against the primary source; L = likely, not yet checked',
  } as Partial<Record<Column['type'], string>>;
  const constraints = {
    ...(column.optional ? {} : { required: true }),
    ...(column.type === 'count' ? { minimum: 0 } : {}),
    ...(column.type === 'enum' && column.values ? { enum: column.values } : {}),
    ...(column.type === 'confidence' ? { enum: ['V', 'L'] } : {}),
  };
  // A likely column's caveat travels with its data, as it does with its figures and charts on the site.
  const caveat = column.confidence === 'L' && column.caveat ? `Likely (L): ${column.caveat}` : undefined;
  const description = [words[column.type], unit ? `Unit: ${unit}.` : undefined, caveat].filter(Boolean).join('. ');
  return {
    name,
    title: column.label,
    type: fieldType[column.type],
    ...(description ? { description } : {}),
    ...(unit ? { unit } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** Government data under the Open Government Licence: every source of the dataset is on GOV.UK. */
function onGovUk(sources: Source[]): boolean {
  return sources.length > 0 && sources.every((s) => s.url !== undefined && new URL(s.url).hostname === 'www.gov.uk');
}

function sourceEntry(s: Source) {
  return { title: `${s.publisher}: ${s.title}`, ...(s.url ? { path: s.url } : {}) };
}

export function dataPackage(charts: PackagedChart[], homepage: string, asOf: string) {
  const allSources = new Map<string, Source>();
  for (const c of charts) for (const s of c.sources) allSources.set(s.id, s);
  return {
    profile: 'tabular-data-package',
    name: 'crossings',
    title: `${siteName}: the data behind the charts`,
    description: `${siteTagline} Each resource is the data behind one chart, as published by its sources. The selection, the charts and these descriptions are ${licences.content.name} (credit “${siteName}” with a link); the figures are under their sources’ terms.`,
    homepage,
    version: asOf,
    created: `${asOf}T00:00:00Z`,
    keywords: ['small boats', 'English Channel', 'asylum', 'immigration', 'UK'],
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: `Creative Commons Attribution 4.0 (credit “${siteName}”)`,
        path: licences.content.url,
      },
    ],
    sources: [...allSources.values()].map(sourceEntry),
    resources: charts.map(({ chart, dataset, sources, path }) => {
      const columns = Object.entries(dataset.meta.columns);
      return {
        profile: 'tabular-data-resource',
        name: chart.id,
        path,
        title: chart.title,
        description: `${dataset.meta.description} ${dataset.meta.caveats.join(' ')}`.trim(),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        ...(onGovUk(sources)
          ? { licenses: [{ name: 'OGL-UK-3.0', title: licences.ogl.name, path: licences.ogl.url }] }
          : {}),
        sources: sources.map(sourceEntry),
        schema: {
          fields: columns.map(([name, column]) => field(name, column)),
          primaryKey: [dataset.meta.key],
          missingValues: [''],
        },
      };
    }),
  };
}
