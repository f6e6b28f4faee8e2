/**
 * Keys and legends: a swatch (the mark's look) followed by the words for it, laid out left to right and
 * wrapping onto more lines when the next item would pass the width. Kinds say what their swatches look
 * like; where they go and how the words are cut to fit is decided here once.
 */
import { gap } from './layout.ts';
import { round, textWidth, wrapText } from './text.ts';
import type { Mark, RectMark, Tone } from './types.ts';

export interface KeyItem {
  label: string;
  /** How wide the swatch is; the label starts `gap` after it. */
  swatchWidth: number;
  /** The swatch's marks, drawn with its left edge at x and centred on the line's middle, y. */
  swatch: (x: number, middle: number) => Mark[];
}

export interface KeyLayout {
  /** Left edge and top of the key; text hangs from `top`. */
  x?: number;
  top: number;
  /** The width the key may use: labels are cut to it, and items wrap at it. */
  width: number;
  fontSize: number;
  /** From one line to the next. */
  pitch: number;
  /** Between items on one line. */
  spacing: number;
  /** One item a line, whatever the width (a key in a margin). */
  column?: boolean;
  tone?: Tone;
}

/**
 * The key's marks and how many lines it took. A label too long for the width wraps onto a second line
 * (and only then is cut), and the items after it start below it: a key keeps its words whole where it can,
 * in a narrow frame or with a reader's wider text spacing, rather than cutting them or running them under
 * the next swatch.
 */
export function drawKey(items: readonly KeyItem[], layout: KeyLayout): { marks: Mark[]; lines: number } {
  const { x: left = 0, top, width, fontSize: fs, pitch, spacing } = layout;
  const texts = items.map((item) => wrapText(item.label, width - item.swatchWidth - gap, fs, 2));
  const marks: Mark[] = [];
  let x = 0;
  let row = 0;
  let rowLines = 0;
  items.forEach((item, i) => {
    const lines = texts[i] ?? [];
    const itemWidth = item.swatchWidth + gap + Math.max(0, ...lines.map((t) => textWidth(t, fs)));
    // A new row in a column, or when this item would pass the width (or the row holds a wrapped label).
    if (i > 0 && (layout.column || x + itemWidth > width || rowLines > 1 || lines.length > 1)) {
      row += rowLines;
      x = 0;
      rowLines = 0;
    }
    const y = top + row * pitch;
    marks.push(...item.swatch(left + x, y + fs / 2));
    lines.forEach((text, j) =>
      marks.push({
        type: 'text',
        tone: layout.tone ?? 'label',
        x: round(left + x + item.swatchWidth + gap),
        y: round(y + j * pitch),
        baseline: 'hanging',
        text,
      }),
    );
    rowLines = Math.max(rowLines, lines.length, 1);
    x += itemWidth + spacing;
  });
  return { marks, lines: row + rowLines };
}

/**
 * A square swatch `size` across. Outlined ones are drawn inside the square (a stroke is centred on its
 * edge), so they line up with solid ones; `extra` adds marks drawn over it (e.g. hatching).
 */
export function squareSwatch(
  tone: Tone,
  size: number,
  variant?: RectMark['variant'],
  extra: (rect: RectMark) => Mark[] = () => [],
): KeyItem['swatch'] {
  return (x, middle) => {
    const inset = variant === 'outline' ? 1 : 0;
    const rect: RectMark = {
      type: 'rect',
      tone,
      ...(variant ? { variant } : {}),
      x: round(x + inset),
      y: round(middle - size / 2 + inset),
      width: size - 2 * inset,
      height: size - 2 * inset,
    };
    return [rect, ...extra(rect)];
  };
}

/** A round swatch of radius r; an outlined one a unit smaller, so its stroke stays inside. */
export function circleSwatch(tone: Tone, r: number, variant?: 'outline' | 'dashed'): KeyItem['swatch'] {
  const outline = variant === 'outline';
  return (x, middle) => [
    {
      type: 'circle',
      tone,
      ...(variant ? { variant } : {}),
      cx: round(x + r),
      cy: round(middle),
      r: outline ? r - 1 : r,
    },
  ];
}
