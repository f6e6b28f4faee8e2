/**
 * The built site as the browser tests see it: the pages in its sitemap (with the build's site address
 * replaced by the test server's), every HTML page in dist/, and the headers a static host would add.
 * Paths are as served: under the base path when the build had one (CROSSINGS_BASE, e.g. /crossings/).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { basePath, stripBase, withBasePath } from '../scripts/lib/base.ts';
import { htmlPages, sitemapUrls } from '../scripts/lib/dist.ts';

export { basePath };
import { headersForPath, parseHeaders, type HeaderRule } from '../scripts/lib/headers.ts';

/** The built site under test: dist/, or CROSSINGS_OUT_DIR (which `astro preview` serves too). */
export const dist = resolve(import.meta.dirname, '..', process.env['CROSSINGS_OUT_DIR'] ?? 'dist');

/** URL paths of every page in the sitemap, e.g. `/the-announcement/`. */
export function sitemapPaths(): string[] {
  return sitemapUrls(dist).map((url) => new URL(url).pathname);
}

/** URL paths of every HTML page in dist/, listed in the sitemap or not (embed pages are not). */
export function allPagePaths(): string[] {
  return htmlPages(dist).map((page) => withBasePath(page.path));
}

/** Whether a served path is an embed page. */
export function isEmbedPath(path: string): boolean {
  return path.startsWith(`${basePath}embed/`);
}

/** Embed pages: they are kept out of the sitemap, so they are found in dist/. */
export function embedPaths(): string[] {
  return allPagePaths().filter(isEmbedPath);
}

/** The built HTML file a served page path comes from. */
export function fileOf(path: string): string {
  const inside = stripBase(path) ?? path;
  return resolve(dist, `.${inside}`, inside.endsWith('/') ? 'index.html' : '');
}

export const headerRules: HeaderRule[] = parseHeaders(readFileSync(resolve(dist, '_headers'), 'utf8'));

/** The headers public/_headers gives a path, as a host that reads it would send them. */
export function headersFor(path: string): Record<string, string> {
  return headersForPath(headerRules, path);
}

function pageHtml(path: string): string {
  return readFileSync(fileOf(path), 'utf8');
}

/** The chapter pages: every sitemap page whose HTML has a chapter article. */
export function chapterPaths(): string[] {
  // The chapter layout's own navigation marks a chapter: the print edition and the glossary have prose
  // articles too, but are not chapters.
  return sitemapPaths().filter((path) => pageHtml(path).includes('class="chapter-nav"'));
}

/** Charts on a built page, by id, read from its HTML. */
export function chartIdsOn(path: string): string[] {
  return [...pageHtml(path).matchAll(/<figure class="chart" id="chart-([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Whether a chart on a built page offers more than one view. */
export function chartHasViews(path: string, id: string): boolean {
  const html = pageHtml(path);
  const start = html.indexOf(`<figure class="chart" id="chart-${id}"`);
  const end = html.indexOf('</figure>', start);
  return start > -1 && html.slice(start, end).includes('class="chart-views"');
}
