/**
 * Keys and legends: a swatch (the mark's look) followed by the words for it, laid out left to right and
 * wrapping onto more lines when the next item would pass the width. Kinds say what their swatches look
 * like; where they go and how the words are cut to fit is decided here once.
 */
import { gap } from './layout.ts';
import { flow, round, textWidth, truncate } from './text.ts';
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

/** The key's marks and how many lines it took. */
export function drawKey(items: readonly KeyItem[], layout: KeyLayout): { marks: Mark[]; lines: number } {
  const { x: left = 0, top, width, fontSize: fs, pitch, spacing } = layout;
  const labels = items.map((item) => truncate(item.label, width - item.swatchWidth - gap, fs));
  const widths = items.map((item, i) => item.swatchWidth + gap + textWidth(labels[i] ?? '', fs));
  const places = layout.column ? items.map((_, line) => ({ x: 0, line })) : flow(widths, width, spacing);
  const marks: Mark[] = [];
  items.forEach((item, i) => {
    const { x, line } = places[i] ?? { x: 0, line: 0 };
    const y = top + line * pitch;
    marks.push(...item.swatch(left + x, y + fs / 2));
    marks.push({
      type: 'text',
      tone: layout.tone ?? 'label',
      x: round(left + x + item.swatchWidth + gap),
      y: round(y),
      baseline: 'hanging',
      text: labels[i] ?? '',
    });
  });
  const lines = places.length === 0 ? 0 : Math.max(...places.map((p) => p.line)) + 1;
  return { marks, lines };
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
