/**
 * The files behind every chart, from the real content: the CSV reads back to the dataset, the data
 * package validates against the Frictionless schemas, and the standalone SVG needs no stylesheet.
 */
import { readFileSync } from 'node:fs';
import { csvParseRows as d3CsvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { chartSpec } from '../charts/index.ts';
import { frames } from '../charts/types.ts';
import { parseCsv } from '../lib/content/csv.ts';
import { loadContent } from '../lib/content/load.ts';
import { lightPalette } from '../lib/tokens.ts';
import { chartPalette } from '../styles/chart-colours.ts';
import { datasetCsv } from './csv.ts';
import { packageSchemas, packageValidator } from './package-schema.ts';
import { dataPackage } from './datapackage.ts';
import { standaloneSvg } from './standalone.ts';
import { kindRegistry } from '../charts/kinds/index.ts';

const content = loadContent({ contentDir: 'content', kinds: kindRegistry });
const palette = { ...lightPalette(readFileSync('src/styles/tokens.css', 'utf8')), ...chartPalette('light') };
const charts = [...content.charts.values()];
const datasetOf = (id: string) => {
  const dataset = content.datasets.get(id);
  if (!dataset) throw new Error(`no dataset ${id}`);
  return dataset;
};
const sourcesOf = (ids: string[]) => ids.map((id) => content.sources.get(id)).filter((s) => s !== undefined);

describe('/charts/<id>.csv', () => {
  it.each(charts.map((c) => [c.id, c.dataset]))('%s parses back to its dataset, value for value', (_, id) => {
    const dataset = datasetOf(id);
    const csv = datasetCsv(dataset);
    const back = parseCsv('export.csv', csv, dataset.meta.columns);
    expect(back.errors).toEqual([]);
    expect(back.rows).toEqual(dataset.rows);
    // Plain names and raw numbers: no formatted money or thousands separators in numeric cells.
    expect(csv.split('\n')[0]).toBe(Object.keys(dataset.meta.columns).join(','));
    const numeric = new Set(['year', 'count', 'number', 'gbp', 'eur', 'percent']);
    const header = Object.keys(dataset.meta.columns);
    const cells = d3CsvParseRows(csv).slice(1);
    header.forEach((name, i) => {
      if (numeric.has(dataset.meta.columns[name]?.type ?? ''))
        for (const row of cells) expect(row[i], `${name}`).toMatch(/^(-?\d+(\.\d+)?)?$/);
    });
  });
});

describe('/datapackage.json', () => {
  const pkg = dataPackage(
    charts.map((chart) => {
      const dataset = datasetOf(chart.dataset);
      return { chart, dataset, sources: sourcesOf(dataset.meta.sources), path: `charts/${chart.id}.csv` };
    }),
    'https://example.org/charts/',
    content.asOf,
  );

  it.each(packageSchemas)('validates against the Frictionless %s', (file) => {
    const validate = packageValidator(file);
    expect(validate(pkg), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('describes every chart’s CSV, each column typed, with sources', () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(charts.map((c) => c.id));
    for (const resource of pkg.resources) {
      const dataset = datasetOf(charts.find((c) => c.id === resource.name)?.dataset ?? '');
      expect(resource.schema.fields.map((f) => f.name)).toEqual(Object.keys(dataset.meta.columns));
      expect(resource.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('standalone SVG', () => {
  it.each(charts.map((c) => [c.id, c]))('%s paints every mark with literal colours, no <style>', (_, chart) => {
    const dataset = datasetOf(chart.dataset);
    const spec = chartSpec(chart, dataset, frames.wide, chart.views?.[0]?.id);
    const { svg } = standaloneSvg(
      spec,
      {
        id: chart.id,
        title: chart.title,
        subtitle: chart.subtitle,
        summary: spec.summary,
        source: 'Source: x.',
        credit: 'Chart: Crossings.',
      },
      palette,
    );
    expect(svg).not.toMatch(/<style|class="m-|var\(--|tabindex/);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`<desc id="crossings-${chart.id}-desc">`);
    for (const [mark] of svg.matchAll(/<(rect|circle|path|line|text)\b[^>]*>/g))
      expect(mark, 'a mark with neither fill nor stroke would draw black').toMatch(
        / (fill|stroke)="(#[0-9a-f]{6}|none)"/,
      );
    // Bold where the page's stylesheet makes it bold: label-strong text, and text marked bold.
    const strong = spec.marks.filter((m) => m.type === 'text' && (m.tone === 'label-strong' || m.weight === 'bold'));
    expect(svg.match(/<text[^>]* font-weight="bold"/g) ?? []).toHaveLength(strong.length);
    for (const [, hex] of svg.matchAll(/"(#[0-9a-f]{6})"/g)) expect(Object.values(palette)).toContain(hex);
  });
});
