/**
 * The built site as the browser tests see it: the pages in its sitemap (with the build's site address
 * replaced by the test server's), every HTML page in dist/, and the headers a static host would add.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { htmlPages, sitemapUrls } from '../scripts/lib/dist.ts';
import { parseHeaders, rulesFor, type HeaderRule } from '../scripts/lib/headers.ts';

/** The built site under test: dist/, or CROSSINGS_OUT_DIR (which `astro preview` serves too). */
export const dist = resolve(import.meta.dirname, '..', process.env['CROSSINGS_OUT_DIR'] ?? 'dist');

/** URL paths of every page in the sitemap, e.g. `/the-announcement/`. */
export function sitemapPaths(): string[] {
  return sitemapUrls(dist).map((url) => new URL(url).pathname);
}

/** URL paths of every HTML page in dist/, listed in the sitemap or not (embed pages are not). */
export function allPagePaths(): string[] {
  return htmlPages(dist).map((page) => page.path);
}

/** Embed pages: they are kept out of the sitemap, so they are found in dist/. */
export function embedPaths(): string[] {
  return allPagePaths().filter((path) => path.startsWith('/embed/'));
}

export const headerRules: HeaderRule[] = parseHeaders(readFileSync(resolve(dist, '_headers'), 'utf8'));

/** The headers public/_headers gives a path, as a host that reads it would send them. */
export function headersFor(path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rulesFor(headerRules, path)) {
    for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  return headers;
}
