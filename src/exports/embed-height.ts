/**
 * The fixed height written into a chart's embed snippets and its oEmbed HTML. Where a host strips our
 * script (WordPress's oEmbed, many newsletter tools) or sandboxes the iframe, that height is all a reader
 * gets: it must hold the whole embed on a phone, the narrowest reader, with nothing cut off. A wider
 * column then shows a blank band under the credit line, which is the lesser harm; with the host script
 * the iframe fits its content at any width.
 *
 * Computed from the chart's own content, conservatively, rather than measured in a browser: the build
 * needs no browser for it, and it follows every change of words or data. Each block of the embed page is
 * laid out as its CSS sets it (src/styles/embed.css, chart.css, tokens.css) at the narrowest width, with
 * text broken into lines by `textWidth`, which is never narrower than the real text (checked against
 * Chromium's widths: README, "Chart tests"). e2e/embed.spec.ts loads every chart's embed at phone widths in
 * its snippet's height, without the host script, and checks that nothing is clipped.
 */
import { flow, textWidth, wrapText, type Weight } from '../charts/text.ts';

/** What the embed page shows, top to bottom (src/components/Figure.astro, src/layouts/Embed.astro). */
export interface EmbedContent {
  title: string;
  subtitle: string;
  /** Every view: the reader may switch to any of them, so the tallest decides. */
  views: { label: string; summary: string; compact: { width: number; height: number } }[];
  /** How to explore the chart, under each view's summary (src/lib/chart-cue.ts). */
  cue: string;
  caveats: string[];
  /** The date line: when the chart's newest figures were published. */
  date: string;
  /** The source line, as its words read. */
  source: string;
  /** The credit line under the figure. */
  credit: string;
}

/** The narrowest phone the embed is laid out for, in CSS px. */
export const phoneWidth = 320;

const rem = 16;
/**
 * The sizes of the embed page's CSS this lays out with, in CSS px at the usual 16 px rem. Restated here,
 * as the build reads no stylesheet, and checked against the CSS itself: embed-height.test.ts reads each
 * from the rule that sets or uses it and fails when the two differ.
 */
export const embedSizes = {
  /** tokens.css --text-sm, --text-md, --text-lg. */
  size: { sm: 0.9375 * rem, md: 1.0625 * rem, lg: 1.375 * rem },
  /** tokens.css --space-1 … --space-5. */
  space: { 1: 0.25 * rem, 2: 0.5 * rem, 3: 0.75 * rem, 5: 1.5 * rem },
  /** tokens.css --leading. */
  leading: 1.6,
  /** Tap targets (the view buttons, the table's disclosure) are at least this tall (chart.css). */
  target: 2.75 * rem,
  /** The compact drawing is never wider than this (chart.css). */
  compactMax: 420,
} as const;
const { size, space, leading, target, compactMax } = embedSizes;
/** Room for what no estimate can see (a glyph's overhang, rounding at each block): a line of small text. */
const slack = size.sm * leading;

/** The height of text set at `fontSize` in a column `width` wide. */
function block(text: string, width: number, fontSize: number, weight: Weight = 'normal'): number {
  return wrapText(text, width, fontSize, Infinity, weight).length * fontSize * leading;
}

/**
 * The height that holds the embed page on every phone, in whole CSS px: the most it needs at any width from
 * the narrowest phone to where the compact drawing stops growing. Narrower is not always taller: the drawing
 * scales with the column up to its cap (a monthly chart at 430 px is taller than at 320), while the words
 * take fewer lines. Past the cap only the words change, and they get shorter.
 */
export function embedHeight(content: EmbedContent): number {
  let most = 0;
  for (let width = phoneWidth; width <= compactMax + 2 * space[3]; width++)
    most = Math.max(most, heightAt(content, width));
  return most;
}

/** The height the embed page needs in an iframe `width` CSS px wide, rounded up to a whole px. */
export function heightAt(content: EmbedContent, width: number): number {
  // main.embed: padding on three sides; the credit line has its own.
  const column = width - 2 * space[3];
  let height = space[3];
  height += block(content.title, column, size.lg, 'bold') + space[1];
  height += block(content.subtitle, column, size.sm) + space[3];
  if (content.views.length > 1) {
    // The view buttons wrap in rows, each a tap target tall, 8 px apart (with the script that shows them).
    const buttons = content.views.map((v) => textWidth(v.label, size.sm) + 2 * space[3] + 2);
    const rows = Math.max(...flow(buttons, column, space[2]).map((b) => b.line)) + 1;
    height += rows * target + (rows - 1) * space[2] + space[3];
  }
  const drawn = Math.min(column, compactMax);
  height += Math.max(
    ...content.views.map((view) => {
      const drawing = (view.compact.height * drawn) / view.compact.width;
      const summary = block(view.summary, column, size.md) + 2 * space[3];
      const cue = block(content.cue, column, size.sm) + space[2];
      const label = content.views.length > 1 ? ` (${view.label.toLowerCase()})` : '';
      const disclosure = Math.max(
        target,
        block(`Show the data behind this chart${label}`, column, size.sm) + 2 * space[2],
      );
      return drawing + summary + cue + disclosure;
    }),
  );
  if (content.caveats.length > 0) {
    // A list indented by its padding, then a space under it.
    height += content.caveats.reduce((sum, c) => sum + block(c, column - space[5], size.sm), 0) + space[3];
  }
  height += space[2] + block(content.date, column, size.sm);
  height += space[2] + block(content.source, column, size.sm);
  height += space[2] + block(content.credit, column, size.sm) + space[3];
  return Math.ceil(height + slack);
}
