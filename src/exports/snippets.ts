/**
 * What an embedder pastes: four snippets for four kinds of host page, and a citation. Pure string
 * builders; every URL comes in absolute (src/lib/urls.ts), every colour from the light palette (tokens.css and src/styles/chart-colours.ts).
 *
 * The no-script figure and the image snippet are read in pages that have none of our CSS and may have
 * aggressive CSS of their own, so they carry inline style attributes, and the SVG carries presentation
 * attributes rather than a <style> element (which would leak into the host page).
 */
import { escapeXml as esc } from '../charts/render.ts';
import { formatDate } from '../lib/format.ts';
import type { Source } from '../lib/content/schemas.ts';
import { licences, siteName } from '../lib/site.ts';
import { colour, type Palette } from '../lib/tokens.ts';

export interface SnippetInput {
  title: string;
  summary: string;
  sources: Source[];
  /** Absolute URLs. */
  urls: { embed: string; host: string; chart: string; svg: string; sources: string };
  /** The height the embed page needs on the narrowest phone (embed-height.ts); the host script fits it. */
  height: number;
  /** The standalone SVG and its size. */
  svg: { markup: string; width: number; height: number };
  /** ISO date: the site's "figures as of". */
  asOf: string;
}

/** "Home Office, Title (26 Feb 2026)": as the figure's source line reads, as plain text. */
export function sourceText(sources: Source[]): string {
  const items = sources.map((s) => `${s.publisher}, ${s.title}${dated(s)}`);
  return `${sources.length > 1 ? 'Sources' : 'Source'}: ${items.join('; ')}.`;
}

function dated(s: Source): string {
  return s.published ? ` (${formatDate(s.published, 'short')})` : s.updated ? ` (updated ${s.updated})` : '';
}

function sourceHtml(sources: Source[], sourcesPage: string, link: string): string {
  const items = sources.map(
    (s) =>
      `${esc(s.publisher)}, <a href="${esc(s.url ?? `${sourcesPage}#source-${s.id}`)}" style="${link}">${esc(s.title)}</a>${esc(dated(s))}`,
  );
  return `${sources.length > 1 ? 'Sources' : 'Source'}: ${items.join('; ')}.`;
}

/** iframe + host script: the embed sizes itself to its content (the host script listens for its height). */
export function responsiveSnippet({ title, urls, height }: SnippetInput): string {
  return (
    `<iframe src="${esc(urls.embed)}" title="${esc(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>\n` +
    `<script src="${esc(urls.host)}" async></script>`
  );
}

/** For systems that strip scripts: a fixed height that holds the chart, its notes and source. */
export function iframeSnippet({ title, urls, height }: SnippetInput): string {
  return `<iframe src="${esc(urls.embed)}" title="${esc(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

function figureStyles(palette: Palette) {
  const text = colour(palette, 'text');
  const muted = colour(palette, 'text-muted');
  const link = `color:${colour(palette, 'link')};text-decoration:underline`;
  return {
    figure: `margin:1.5em 0;padding:0;max-width:100%;background:${colour(palette, 'bg')};color:${text};font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif`,
    caption: `margin:0;padding:0.5em 0 0;font-size:14px;line-height:1.45;color:${muted};text-align:left;font-style:normal`,
    link,
  };
}

function credit(urls: SnippetInput['urls'], link: string): string {
  return `Chart: <a href="${esc(urls.chart)}" style="${link}">${siteName}</a>, <a href="${licences.content.url}" rel="license" style="${link}">${licences.content.name}</a>.`;
}

/**
 * Where neither scripts nor iframes are allowed: the chart itself, as inline SVG, in a <figure>. Its
 * caption repeats title, summary, source and credit as HTML text (searchable, selectable, linked).
 */
export function figureSnippet(input: SnippetInput, palette: Palette): string {
  const s = figureStyles(palette);
  const svg = input.svg.markup.replace(
    /^<svg /,
    `<svg style="display:block;width:100%;max-width:${input.svg.width}px;height:auto" `,
  );
  return (
    `<figure style="${s.figure}">\n${svg}\n` +
    `<figcaption style="${s.caption}"><strong style="color:${colour(palette, 'text')}">${esc(input.title)}</strong> ${esc(input.summary)} ` +
    `${sourceHtml(input.sources, input.urls.sources, s.link)} ${credit(input.urls, s.link)}</figcaption>\n</figure>`
  );
}

/** The most portable: an image of the standalone SVG, the summary as its text alternative. */
export function imageSnippet(input: SnippetInput, palette: Palette): string {
  const s = figureStyles(palette);
  return (
    `<figure style="${s.figure}">\n` +
    `<a href="${esc(input.urls.chart)}"><img src="${esc(input.urls.svg)}" alt="${esc(input.summary)}" width="${input.svg.width}" height="${input.svg.height}" style="display:block;max-width:100%;height:auto;border:0"></a>\n` +
    `<figcaption style="${s.caption}">${esc(input.title)}. ${sourceHtml(input.sources, input.urls.sources, s.link)} ${credit(input.urls, s.link)}</figcaption>\n</figure>`
  );
}

/** “Title”, Crossings, URL, figures as of 26 February 2026, CC BY 4.0. */
export function citation({ title, urls, asOf }: SnippetInput): string {
  return `“${title}”, ${siteName}, ${urls.chart}, figures as of ${formatDate(asOf)}. Licence: ${licences.content.name}.`;
}
