/**
 * The two pages the benchmark compares, both showing the arrivals-by-year bar chart with the site's own
 * stylesheet (and so the same font): our figure as the build drew it (SVG in the HTML, plus the small
 * enhancement script), and the same chart drawn in the browser by the full d3 bundle from the CSV.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { scanHtml } from '../lib/html.ts';

export const chartId = 'arrivals-by-year';

/** The outer HTML of the element with this id, exactly as the build wrote it. */
export function outerHtmlById(html: string, id: string): string {
  let start = -1;
  let end = -1;
  let depth = 0;
  let tag = '';
  const parser = new Parser({
    onopentag(name, attribs) {
      if (start < 0 && attribs['id'] === id) {
        start = parser.startIndex;
        tag = name;
        depth = 1;
      } else if (start >= 0 && end < 0 && name === tag) depth++;
    },
    onclosetag(name) {
      if (start >= 0 && end < 0 && name === tag && --depth === 0) end = parser.endIndex + 1;
    },
  });
  parser.write(html);
  parser.end();
  if (start < 0 || end < 0) throw new Error(`No element #${id} in the page`);
  return html.slice(start, end);
}

const shell = (title: string, head: string, body: string): string =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body><main id="main">${body}</main></body></html>`;

export interface BenchPages {
  /** Our build-time SVG figure alone, with the site's CSS and the figure's enhancement script. */
  svg: string;
  /** The d3 tutorial page, with the same CSS, title and subtitle. */
  d3: string;
}

export function benchPages(dist: string, chapterPath: string): BenchPages {
  const chapter = readFileSync(join(dist, chapterPath, 'index.html'), 'utf8');
  const scanned = scanHtml(chapter);
  const css = scanned.stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  const modules = scanned.scripts
    .filter((s) => s.type === 'module' && s.src)
    .map((s) => `<script type="module" src="${s.src}"></script>`)
    .join('');
  const figure = outerHtmlById(chapter, `chart-${chartId}`);
  const text = (cls: string): string => new RegExp(`class="${cls}"[^>]*>([^<]*)<`).exec(figure)?.[1] ?? '';
  const d3 = readFileSync(join(import.meta.dirname, 'd3-page/index.html'), 'utf8')
    .replace('<!-- STYLESHEETS -->', css)
    .replace('<!-- TITLE -->', text('chart-title'))
    .replace('<!-- SUBTITLE -->', text('chart-subtitle'));
  return { svg: shell('Bench: drawn at build time', css + modules, figure), d3 };
}
