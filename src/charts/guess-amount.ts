/**
 * "Guess, then see" for a part of a whole amount (<GuessAmount>): the reader sets how much of a whole they
 * think was one kind of money, on a bar from nothing to the whole; then the real split is shown. Like
 * guess.ts, this draws two layers for the one renderer on the same scale: the question (the empty bar, its
 * scale and the key for the reader's guess) and the answer (the part, solid, and the rest, hatched, with
 * their amounts in the key), plus the geometry the browser needs to turn a pointer position into an amount
 * and back. The reader's guess itself is theirs, so only the browser draws it.
 */
import { scaleLinear } from 'd3-scale';
import { withHatch } from './hatch.ts';
import { gap, lineHeight, swatchSize } from './layout.ts';
import { round, textWidth } from './text.ts';
import type { ChartSpec, Frame, Mark, RectMark } from './types.ts';

export interface GuessAmountOptions {
  frame: Frame;
  format: (value: number) => string;
  /** What the part is, and what the rest is, as the key names them: "New money", "Moved from another budget". */
  partLabel: string;
  restLabel: string;
  /** The key's words for the reader's own mark. */
  guessLabel: string;
}

/** What the browser needs to map amounts to the drawing and back, in SVG units. */
export interface GuessAmountGeometry {
  width: number;
  height: number;
  /** x of nothing and of the whole. */
  x0: number;
  x1: number;
  /** The bar's top and bottom. */
  top: number;
  bottom: number;
  /** The whole (the slider's top), and the amount a key press moves the guess by. */
  max: number;
  step: number;
}

export interface GuessAmountSpecs {
  question: ChartSpec;
  answer: ChartSpec;
  geometry: GuessAmountGeometry;
}

/**
 * The amount an arrow key moves a guess by: the smallest round amount (1, 2 or 5 times a power of ten)
 * that crosses the whole in at most 50 presses, so Page Up (ten steps) moves a fifth of it or more.
 */
export function amountStep(whole: number): number {
  const top = Math.max(1, whole);
  const base = 10 ** Math.floor(Math.log10(top / 50));
  const factor = [1, 2, 5].find((f) => top / (base * f) <= 50) ?? 10;
  return Math.max(1, base * factor);
}

export function guessAmount(part: number, whole: number, options: GuessAmountOptions): GuessAmountSpecs {
  const { frame, format } = options;
  const fs = frame.fontSize;
  const x = scaleLinear().domain([0, whole]);
  // Ticks at round amounts, the whole always last: a tick too near it gives way so labels never touch.
  const ticks = x.ticks(3).filter((t) => t < whole);
  const endHalf = textWidth(format(whole), fs) / 2;
  while (ticks.length > 1) {
    const last = ticks.at(-1) ?? 0;
    const room = ((whole - last) / whole) * (frame.width - 2 * endHalf);
    if (room >= textWidth(format(last), fs) / 2 + endHalf + gap) break;
    ticks.pop();
  }
  ticks.push(whole);
  const side = Math.max(...ticks.map((t) => textWidth(format(t), fs) / 2), fs);
  x.range([round(side), round(frame.width - side)]);
  const x0 = round(x(0));
  const x1 = round(x(whole));

  // The reader's marker reaches a little above and below the bar.
  const top = round(fs * 0.8);
  const bottom = round(top + fs * 3);
  const tickEnd = bottom + gap;
  const labelY = round(tickEnd + fs);
  const line = lineHeight(fs);
  const swatch = swatchSize(fs);
  const keyTop = labelY + line * 1.2;
  const keyRow = (i: number) => round(keyTop + line * i);
  const textX = x0 + swatch + gap;

  const scale: Mark[] = [
    ...ticks.map((t): Mark => ({ type: 'line', tone: 'grid', x1: round(x(t)), x2: round(x(t)), y1: top, y2: bottom })),
    { type: 'rect', tone: 'axis', variant: 'outline', x: x0, y: top, width: round(x1 - x0), height: bottom - top },
    ...ticks.flatMap((t): Mark[] => [
      { type: 'line', tone: 'axis', x1: round(x(t)), x2: round(x(t)), y1: bottom, y2: tickEnd },
      { type: 'text', tone: 'label-muted', x: round(x(t)), y: labelY, anchor: 'middle', text: format(t) },
    ]),
  ];

  /**
   * Key entries, one a row: a swatch (drawn by `swatchFor` around the row's middle) and its words. Words
   * too long for the row (a long amount) break after the colon, the amount on a row of its own.
   */
  let rows = 0;
  const keyEntry = (text: string, swatchFor: (y: number) => Mark[]): Mark[] => {
    const y = keyRow(rows);
    const lines =
      textWidth(text, fs) <= frame.width - textX ? [text] : text.split(/(?<=:) /).filter((t) => t.length > 0);
    rows += lines.length;
    return [
      ...swatchFor(y),
      ...lines.map((t, i): Mark => ({
        type: 'text',
        tone: 'label',
        x: textX,
        y: keyRow(rows - lines.length + i),
        baseline: 'middle',
        text: t,
      })),
    ];
  };
  const square = (y: number): Pick<RectMark, 'x' | 'y' | 'width' | 'height'> => ({
    x: x0,
    y: round(y - swatch / 2),
    width: swatch,
    height: swatch,
  });
  const guessKey = keyEntry(options.guessLabel, (y) => [
    {
      type: 'line',
      tone: 'series-2',
      x1: round(x0 + swatch / 2),
      x2: round(x0 + swatch / 2),
      y1: round(y - swatch * 0.75),
      y2: round(y + swatch * 0.75),
    },
  ]);

  const xPart = round(x(part));
  const partRect: RectMark = {
    type: 'rect',
    tone: 'series-1',
    x: x0,
    y: top,
    width: round(xPart - x0),
    height: bottom - top,
  };
  const restRect: RectMark = {
    type: 'rect',
    tone: 'series-1',
    variant: 'hatched',
    x: xPart,
    y: top,
    width: round(x1 - xPart),
    height: bottom - top,
  };
  const answerMarks: Mark[] = [
    ...(part > 0 ? [partRect] : []),
    ...(part < whole ? withHatch(restRect) : []),
    ...keyEntry(`${options.partLabel}: ${format(part)}`, (y) => [{ type: 'rect', tone: 'series-1', ...square(y) }]),
    ...keyEntry(`${options.restLabel}: ${format(whole - part)}`, (y) =>
      withHatch({ type: 'rect', tone: 'series-1', variant: 'hatched', ...square(y) }, 3),
    ),
  ];

  const height = Math.ceil(keyRow(rows - 1) + line * 0.7);
  const table = {
    columns: [
      { label: 'Part', numeric: false },
      { label: 'Amount', numeric: true },
    ],
    rows: [
      [options.partLabel, format(part)],
      [options.restLabel, format(whole - part)],
    ],
  };
  const base = { kind: 'guess-amount', width: frame.width, height, fontSize: fs, table };
  return {
    question: {
      ...base,
      marks: [...scale, ...guessKey],
      summary: `A bar from ${format(0)} to ${format(whole)}. Your guess is marked on it.`,
    },
    answer: {
      ...base,
      marks: answerMarks,
      summary: `${options.partLabel}: ${format(part)}. ${options.restLabel}: ${format(whole - part)}.`,
    },
    geometry: { width: frame.width, height, x0, x1, top, bottom, max: whole, step: amountStep(whole) },
  };
}

/** The one frame an amount guess is drawn in, as guess.ts's: a phone's column, capped in width on a desktop. */
export const guessAmountFrame: Frame = { width: 300, height: 130, compact: true, fontSize: 13 };
