/**
 * A chart as a file that stands alone: /charts/<id>.svg, the PNG drawn from it, and the SVG inside the
 * no-script snippet. The one renderer draws the chart (with literal paint); this adds what a figure on
 * our page has around it — title, subtitle, source, credit and licence — drawn as text, so the file
 * still says what it shows, where it is from and who may reuse it when it travels without its page.
 */
import { escapeXml, renderSvg } from '../charts/render.ts';
import { wrapText } from '../charts/text.ts';
import type { ChartSpec } from '../charts/types.ts';
import { colour, type Palette } from '../lib/tokens.ts';
import { paintFor } from './paint.ts';
import type { MarkRule } from '../styles/chart-marks.ts';

export interface StandaloneText {
  /** Permanent chart id: makes the <title>/<desc> ids unique on a page holding several snippets. */
  id: string;
  title: string;
  subtitle: string;
  /** The summary: the file's <desc>, and the alt text of the image snippet. */
  summary: string;
  /** "Source: Home Office, …" as plain text. */
  source: string;
  /** "Chart: Crossings, CC BY 4.0, https://…": credit, licence and where the chart lives. */
  credit: string;
}

export interface Standalone {
  svg: string;
  width: number;
  height: number;
}

const pad = 20;

function lines(
  text: string,
  size: number,
  width: number,
  maxLines: number,
  x: number,
  top: number,
  paint: string,
): { svg: string; bottom: number } {
  const leading = Math.round(size * 1.3);
  const wrapped = wrapText(text, width, size, maxLines);
  const svg = wrapped
    .map((line, i) => `<text x="${x}" y="${top + size + i * leading}" fill="${paint}">${escapeXml(line)}</text>`)
    .join('');
  return {
    svg: `<g font-size="${size}">${svg}</g>`,
    bottom: top + size + (wrapped.length - 1) * leading + size * 0.35,
  };
}

/** `rules` are the page's mark rules unless a test passes others (src/styles/chart-marks.test.ts). */
export function standaloneSvg(
  spec: ChartSpec,
  text: StandaloneText,
  palette: Palette,
  rules?: readonly MarkRule[],
): Standalone {
  const width = spec.width + 2 * pad;
  // Text is wrapped short of the edge: a pasted snippet is drawn in the host's fonts when ours are not
  // there, and common fallbacks (DejaVu Sans, Verdana) run wider than the estimate made for ours.
  const inner = Math.round((width - 2 * pad) * 0.86);
  const strong = colour(palette, 'text');
  const muted = colour(palette, 'text-muted');
  const title = lines(text.title, 19, inner, 3, pad, pad - 4, strong);
  const subtitle = lines(text.subtitle, 14, inner, 3, pad, title.bottom + 4, muted);
  const chartTop = Math.round(subtitle.bottom + 16);
  const chart = renderSvg(spec, { title: text.title, paint: paintFor(palette, spec.kind, rules) });
  const source = lines(text.source, 12.5, inner, 12, pad, chartTop + spec.height + 14, muted);
  const credit = lines(text.credit, 12.5, inner, 2, pad, source.bottom + 2, muted);
  const height = Math.ceil(credit.bottom + pad - 4);
  const ids = { title: `crossings-${text.id}-title`, desc: `crossings-${text.id}-desc` };
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
    ` role="img" aria-labelledby="${ids.title} ${ids.desc}"` +
    ` font-family="${escapeXml(`Atkinson Hyperlegible Next, ${palette['font-body'] ?? 'sans-serif'}`)}">` +
    `<title id="${ids.title}">${escapeXml(text.title)}</title>` +
    `<desc id="${ids.desc}">${escapeXml(text.summary)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${colour(palette, 'bg')}"/>` +
    `<g font-weight="bold">${title.svg}</g>${subtitle.svg}` +
    `<g transform="translate(${pad},${chartTop})">${chart}</g>` +
    `${source.svg}${credit.svg}</svg>`;
  return { svg, width, height };
}
