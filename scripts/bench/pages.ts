/**
 * The three versions of one built page that the benchmark compares, all showing the same chart:
 * - as built: the page exactly as the build wrote it, served at its own path with its own headers;
 * - d3: the same page with that chart's build-time SVG taken out and drawn in the browser instead, by the
 *   full d3 bundle from the CSV, as a typical D3 tutorial does (our enhancement script goes with the SVG);
 * - one request: the same page as a single response: its stylesheets inlined, every script, preload and
 *   policy tag removed. Nothing is left to wait for but the HTML itself: the limit for this content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/** The element's outer HTML range [start, end) in `html`, for the first element `matches` accepts. */
export function elementRange(
  html: string,
  matches: (name: string, attribs: Record<string, string>) => boolean,
): [number, number] | undefined {
  let start = -1;
  let end = -1;
  let depth = 0;
  let tag = '';
  const parser = new Parser({
    onopentag(name, attribs) {
      if (start < 0 && matches(name, attribs)) {
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
  return start < 0 || end < 0 ? undefined : [start, end];
}

/** The outer HTML of the element with this id, exactly as the build wrote it. */
export function outerHtmlById(html: string, id: string): string {
  const at = elementRange(html, (_, attribs) => attribs['id'] === id);
  if (!at) throw new Error(`No element #${id} in the page`);
  return html.slice(...at);
}

const figureOf = (html: string, chartId: string): [number, number] => {
  const at = elementRange(html, (name, attribs) => name === 'figure' && attribs['id'] === `chart-${chartId}`);
  if (!at) throw new Error(`No figure #chart-${chartId} in the page`);
  return at;
};

/** A chart frame (one layout of the build-time SVG), with its SVG. */
const frame = /<div class="chart-frame[^"]*">\s*<svg[\s\S]*?<\/svg>\s*<\/div>/g;

/** The built page with the chart's frames replaced by an empty box that the d3 script draws into. */
export function d3Page(html: string, chartId: string): string {
  const [start, end] = figureOf(html, chartId);
  let first = true;
  const figure = html.slice(start, end).replace(frame, () => {
    const box = first ? '<div id="chart"></div>' : '';
    first = false;
    return box;
  });
  if (first) throw new Error(`The figure #chart-${chartId} has no chart frame to replace`);
  return (html.slice(0, start) + figure + html.slice(end))
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '')
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace('</body>', '<script src="/bench/d3.min.js"></script><script src="/bench/chart.js"></script></body>');
}

/**
 * The built page as one response. `readAsset` returns a stylesheet's text by the href the page uses.
 * Font files stay files: @font-face fetches them only when text needs them, and text is painted meanwhile.
 */
export function oneRequestPage(html: string, readAsset: (href: string) => string): string {
  return html
    .replace(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g, (_, href: string) => `<style>${readAsset(href)}</style>`)
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(module)?preload"[^>]*>/g, '')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
}

/** Gzipped bytes of the HTML up to the end of the chart's last frame: what must arrive before it can show. */
export function gzipBytesToChart(html: string, chartId: string): number {
  const [start, end] = figureOf(html, chartId);
  const lastFrame = [...html.slice(start, end).matchAll(frame)].at(-1);
  const cut = lastFrame ? start + (lastFrame.index ?? 0) + lastFrame[0].length : end;
  return gzipSync(html.slice(0, cut)).length;
}

export interface BenchPage {
  /** Where the page is served, e.g. `/the-announcement/`. */
  path: string;
  html: string;
}

/** Reads a built page and a function that reads the stylesheets it links, from the site folder. */
export function readBuilt(site: string, path: string, base = '/'): BenchPage & { readAsset: (href: string) => string } {
  const file = join(site, path, 'index.html');
  return {
    path,
    html: readFileSync(file, 'utf8'),
    readAsset: (href) => readFileSync(join(site, href.startsWith(base) ? href.slice(base.length) : href), 'utf8'),
  };
}
