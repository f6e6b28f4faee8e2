/**
 * Reading a built site: its files, its HTML pages and the URL each page is served at. Shared by the
 * quality gates (budget, links, determinism) so they agree on what a "page" is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export interface BuiltPage {
  /** Path of the HTML file relative to the dist folder, e.g. `the-announcement/index.html`. */
  file: string;
  /** The URL path it is served at, e.g. `/the-announcement/`. */
  path: string;
}

/** Every HTML page in a built site, with the URL path a static host serves it at. */
export function htmlPages(dist: string): BuiltPage[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}

/** The URLs in the sitemap (`sitemap-0.xml`), as the build wrote them (with the configured site origin). */
export function sitemapUrls(dist: string): string[] {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '').filter(Boolean);
}
