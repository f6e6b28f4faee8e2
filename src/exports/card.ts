/**
 * Title cards for social sharing (og:image): 600 × 315 SVG units, drawn to a 1200 × 630 PNG, the size
 * the large-image cards of most platforms expect (1.91:1). Same route as the chart PNGs: SVG, then resvg.
 */
import { escapeXml } from '../charts/render.ts';
import { wrapText } from '../charts/text.ts';
import { colour, type Palette } from '../lib/tokens.ts';

export const cardSize = { width: 600, height: 315, zoom: 2 } as const;

export interface CardText {
  /** Small line above the title, e.g. "Chapter 2 of 8". */
  kicker: string;
  title: string;
  summary: string;
  /** Bottom line, e.g. the site's name and "figures as of". */
  footer: string;
}

export function cardSvg(text: CardText, palette: Palette): string {
  const { width, height } = cardSize;
  const pad = 40;
  const inner = width - 2 * pad;
  const strong = colour(palette, 'text');
  const muted = colour(palette, 'text-muted');
  const accent = colour(palette, 'accent');
  const titleSize = text.title.length > 70 ? 26 : 32;
  const titleLines = wrapText(text.title, inner, titleSize, 3);
  const titleTop = 96;
  const titleLeading = Math.round(titleSize * 1.2);
  const summaryTop = titleTop + (titleLines.length - 1) * titleLeading + 36;
  const summaryLines = wrapText(text.summary, inner, 16, 5 - titleLines.length);
  const t = (x: number, y: number, body: string, attrs: string) =>
    `<text x="${x}" y="${y}" ${attrs}>${escapeXml(body)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Atkinson Hyperlegible Next, sans-serif">` +
    `<rect width="${width}" height="${height}" fill="${colour(palette, 'bg')}"/>` +
    `<rect width="${width}" height="8" fill="${accent}"/>` +
    `<rect x="0" y="${height - 56}" width="${width}" height="56" fill="${colour(palette, 'surface')}"/>` +
    t(pad, 52, text.kicker.toUpperCase(), `font-size="14" font-weight="bold" letter-spacing="1" fill="${accent}"`) +
    titleLines
      .map((line, i) =>
        t(pad, titleTop + i * titleLeading, line, `font-size="${titleSize}" font-weight="bold" fill="${strong}"`),
      )
      .join('') +
    summaryLines.map((line, i) => t(pad, summaryTop + i * 22, line, `font-size="16" fill="${muted}"`)).join('') +
    t(pad, height - 22, text.footer, `font-size="15" fill="${strong}"`) +
    `</svg>`
  );
}
