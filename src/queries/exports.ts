/**
 * Everything the share panel, the gallery and the file endpoints say about one chart, assembled once:
 * its URLs (all from src/lib/urls.ts), its standalone SVG (drawn by the one renderer), the snippets and
 * the citation. The panel and the files therefore cannot disagree.
 */
import { getCollection, getEntry } from 'astro:content';
import tokensCss from '../styles/tokens.css?raw';
import { lightPalette } from '../lib/tokens.ts';
import { chartPalette } from '../styles/chart-colours.ts';
import { absoluteUrl, href } from '../lib/urls.ts';
import { licences, siteName } from '../lib/site.ts';
import { embedHeight as embedPageHeight } from '../exports/embed-height.ts';
import { standaloneSvg, type Standalone } from '../exports/standalone.ts';
import { chartCaveats } from '../lib/content/load.ts';
import { chartCue } from '../lib/chart-cue.ts';
import { figuresDateText } from '../lib/content/dates.ts';
import {
  citation,
  figureSnippet,
  iframeSnippet,
  imageSnippet,
  responsiveSnippet,
  sourceText,
  type SnippetInput,
} from '../exports/snippets.ts';
import { homeChapterOf } from './chapters.ts';
import { resolveChart, type ResolvedChart } from './charts.ts';

/** Light-scheme colours: the page's from tokens.css, the charts' from their one module, read at build time. */
export const palette = { ...lightPalette(tokensCss), ...chartPalette('light') };

export interface ChartFiles {
  resolved: ResolvedChart;
  /** The chapter the chart lives in, if any. */
  chapter: { id: string; title: string; order: number } | undefined;
  standalone: Standalone;
  /** Site paths (with the base path) for links on our own pages. */
  paths: { svg: string; png: string; csv: string; oembed: string; embed: string; chart: string };
  /** Absolute URLs for anything read away from the site. */
  urls: SnippetInput['urls'] & { png: string; csv: string; oembed: string };
  /** The height the embed page needs on the narrowest phone; the host script fits it at any width. */
  embedHeight: number;
  snippets: { responsive: string; iframe: string; figure: string; image: string };
  citation: string;
  asOf: string;
}

export async function siteAsOf(): Promise<string> {
  return (await getEntry('site', 'site'))?.data.asOf ?? '';
}

export async function allChartIds(): Promise<string[]> {
  return (await getCollection('charts')).map((c) => c.id);
}

export async function chartFiles(id: string): Promise<ChartFiles> {
  const resolved = await resolveChart(id, `chart files for "${id}"`);
  const { chart, sources, views } = resolved;
  const home = await homeChapterOf(id);
  const chapterEntry = home ? await getEntry('chapters', home) : undefined;
  const chartPath = home ? `/${home}/#chart-${id}` : `/charts/#chart-${id}`;
  const paths = {
    svg: href(`/charts/${id}.svg`),
    png: href(`/charts/${id}.png`),
    csv: href(`/charts/${id}.csv`),
    oembed: href(`/oembed/${id}.json`),
    embed: href(`/embed/${id}/`),
    chart: href(chartPath),
  };
  const urls = {
    embed: absoluteUrl(`/embed/${id}/`),
    host: absoluteUrl('/embed-host.js'),
    chart: absoluteUrl(chartPath),
    svg: absoluteUrl(`/charts/${id}.svg`),
    png: absoluteUrl(`/charts/${id}.png`),
    csv: absoluteUrl(`/charts/${id}.csv`),
    oembed: absoluteUrl(`/oembed/${id}.json`),
    sources: absoluteUrl('/sources/'),
  };
  const view = views[0];
  const standalone = standaloneSvg(
    view.wide,
    {
      id,
      title: chart.title,
      subtitle: chart.subtitle,
      summary: view.wide.summary,
      source: sourceText(sources),
      credit: `Chart: ${siteName}, ${licences.content.name}. ${urls.chart}`,
    },
    palette,
  );
  // The snippets' fixed height holds the whole embed page on the narrowest phone (src/exports/embed-height.ts).
  const embedHeight = embedPageHeight({
    title: chart.title,
    subtitle: chart.subtitle,
    views: views.map((v) => ({ label: v.label, summary: v.wide.summary, compact: v.compact })),
    cue: chartCue(views.length > 1),
    caveats: chartCaveats(chart, resolved.dataset),
    date: figuresDateText(resolved.dataset.meta.updated, resolved.dataset.meta.undated),
    source: `${sourceText(sources)} Chart: ${siteName}, ${licences.content.name}.`,
    credit: `Chart from ${siteName}, under ${licences.content.name}: you may republish it, crediting “${siteName}” with a link.`,
  });
  // A chart's citation gives its own figures' date, not the site's newest (most charts' figures are older).
  const asOf = resolved.dataset.meta.updated;
  const input: SnippetInput = {
    title: chart.title,
    summary: view.wide.summary,
    sources,
    urls,
    height: embedHeight,
    svg: { markup: standalone.svg, width: standalone.width, height: standalone.height },
    asOf,
  };
  return {
    resolved,
    chapter: chapterEntry
      ? { id: chapterEntry.id, title: chapterEntry.data.title, order: chapterEntry.data.order }
      : undefined,
    standalone,
    paths,
    urls,
    embedHeight,
    snippets: {
      responsive: responsiveSnippet(input),
      iframe: iframeSnippet(input),
      figure: figureSnippet(input, palette),
      image: imageSnippet(input, palette),
    },
    citation: citation(input),
    asOf,
  };
}
