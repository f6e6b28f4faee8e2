/**
 * Text measurement without a DOM. Widths are estimated from character classes, a little on the generous
 * side, so labels placed with these numbers do not collide when the real font renders, and with room for
 * the text spacing a reader may add.
 */
import type { TextMark } from './types.ts';

const narrow = /[ il.,:;'!|()[\]1]/;
const wide = /[MWmw@%£€]/;

/** How heavy text is drawn: bold glyphs run wider, so they are measured wider. */
export type Weight = 'normal' | 'bold';

/** Bold glyphs of the body font run about this much wider than regular ones. */
const boldFactor = 1.12;

/**
 * Room a reader's text spacing may add (WCAG 1.4.12, which every chart must survive): letter spacing of
 * 0.12 em after every character and word spacing of 0.16 em at every space. A reader's style sheet applies
 * it to the SVG's text as to the page's, after the chart was laid out here, so the room is left now.
 */
export const readerSpacing = { letter: 0.12, word: 0.16 } as const;

export function textWidth(text: string, fontSize: number, weight: Weight = 'normal'): number {
  let ems = 0;
  let extra = 0;
  for (const char of text) {
    ems += narrow.test(char) ? 0.34 : wide.test(char) ? 0.86 : /[A-Z0-9]/.test(char) ? 0.64 : 0.56;
    extra += readerSpacing.letter + (char === ' ' ? readerSpacing.word : 0);
  }
  return (ems * (weight === 'bold' ? boldFactor : 1) + extra) * fontSize;
}

/**
 * The weight a text mark renders at: its own `weight`, or bold for the `label-strong` tone, which chart.css
 * draws at 700 (values and headings). Layouts and tests measure a mark at this weight.
 */
export function weightOf(mark: Pick<TextMark, 'tone' | 'weight'>): Weight {
  return mark.weight === 'bold' || mark.tone === 'label-strong' ? 'bold' : 'normal';
}

/** Shortens text to fit a width, ending in an ellipsis; the full text stays in the table and tooltip. */
export function truncate(text: string, maxWidth: number, fontSize: number, weight: Weight = 'normal'): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`, fontSize, weight) > maxWidth) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

/** Rounds a coordinate for stable, compact SVG: snapshots do not churn on float noise. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The estimated box a text mark covers, in SVG units. */
export interface TextBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Where a text mark's glyphs sit, from its anchor and baseline. The same estimate as the legibility tests
 * use, so a layout that avoids these boxes passes `labelOverlaps`.
 */
export function textBox(
  mark: Pick<TextMark, 'x' | 'y' | 'text' | 'anchor' | 'baseline' | 'scale' | 'tone' | 'weight'>,
  fontSize: number,
): TextBox {
  const size = fontSize * (mark.scale ?? 1);
  const width = textWidth(mark.text, size, weightOf(mark));
  const left = mark.anchor === 'middle' ? mark.x - width / 2 : mark.anchor === 'end' ? mark.x - width : mark.x;
  const top =
    mark.baseline === 'middle' ? mark.y - size / 2 : mark.baseline === 'hanging' ? mark.y : mark.y - size * 0.8;
  return { left, right: left + width, top, bottom: top + size };
}

/** Whether two boxes overlap by more than `slack` on both axes (touching edges do not count). */
export function boxesOverlap(a: TextBox, b: TextBox, slack = 0.5): boolean {
  return a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
}

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces, keeping at most `maxLines`: the last line
 * is truncated with an ellipsis when the text does not fit. The full text stays in the table and tooltip.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
  weight: Weight = 'normal',
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || textWidth(candidate, fontSize, weight) <= maxWidth) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((line) => truncate(line, maxWidth, fontSize, weight));
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(' ');
  // The rest is wider than a line (that is why it was broken), so this always ends in an ellipsis.
  kept[maxLines - 1] = truncate(rest, maxWidth, fontSize, weight);
  return kept;
}

/**
 * Lays items out left to right, starting a new line when the next one would pass `width` (keys and
 * breakdowns under bars). Returns each item's x and its line number, from 0.
 */
export function flow(widths: readonly number[], width: number, spacing: number): { x: number; line: number }[] {
  let x = 0;
  let line = 0;
  return widths.map((itemWidth) => {
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      line += 1;
    }
    const placed = { x, line };
    x += itemWidth + spacing;
    return placed;
  });
}
