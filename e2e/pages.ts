import { readFileSync } from 'node:fs';

/** Every page in the built sitemap, as a path. Tests walk these so a new page is covered by default. */
export function sitemapPaths(): string[] {
  return [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? '').pathname,
  );
}

/** The chapter pages: every built page whose HTML has a chapter article. */
export function chapterPaths(): string[] {
  return sitemapPaths().filter((path) => {
    const file = `dist${path}${path.endsWith('/') ? 'index.html' : ''}`;
    return readFileSync(file, 'utf8').includes('<article class="prose"');
  });
}

/** Charts on a built page, by id, read from its HTML. */
export function chartIdsOn(path: string): string[] {
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  return [...html.matchAll(/<figure class="chart" id="chart-([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Whether a chart on a built page offers more than one view. */
export function chartHasViews(path: string, id: string): boolean {
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  const start = html.indexOf(`<figure class="chart" id="chart-${id}"`);
  const end = html.indexOf('</figure>', start);
  return start > -1 && html.slice(start, end).includes('class="chart-views"');
}
