/**
 * Waffle (unit) chart: one block of squares per announcement, each square a stated number of people, so
 * "300 more" and "100 more" can be counted and compared by eye. Blocks are grouped into one lane per group
 * (e.g. the body the staff are for): a group is told apart by its lane and heading, by its colour and by
 * the label on every block. A qualified figure ("up to 300") is drawn as outlined squares and labelled
 * "up to", never as a firm number. The layout is a single column that re-flows by width: only the number
 * of squares in a row and the wrapping of labels change between frames.
 */
import { sum } from 'd3-array';
import { describeLargest, listInWords } from './describe.ts';
import { drawKey, squareSwatch } from './keys.ts';
import { gap as labelGap, lineHeight, swatchSize } from './layout.ts';
import { checkCounts, toneOf } from './series.ts';
import { round, textWidth, truncate, wrapText } from './text.ts';
import type { ChartSpec, Frame, Mark, TextMark, Tone } from './types.ts';

export interface WaffleDatum {
  /** Who the block is for, e.g. "NCA": blocks of one group share a lane, a colour and a heading. */
  group: string;
  /** How many people (or other units): never negative. */
  value: number;
  /** What the people are, e.g. the role announced. */
  label?: string;
  /** When, as readers see it ("4 Nov 2024"). */
  date?: string;
  /** The value is a bound, not a firm number ("up to 300"): drawn with outlined squares. */
  qualified?: boolean;
  /** A caveat that must stand beside this block (a figure of confidence L). */
  note?: string;
}

export interface WaffleOptions {
  frame: Frame;
  format: (value: number) => string;
  /** How many people one square stands for. */
  perSquare: number;
  /** Plural noun for the key: "Each square is 10 people". */
  unit: string;
  /** Table headers: the group, value, label and date columns. */
  groupLabel: string;
  valueLabel: string;
  labelLabel?: string;
  dateLabel?: string;
  /** How a qualified value is said ("up to") and what that means ("a maximum"). */
  qualifier?: { word: string; meaning: string };
  /** Longer names for the lane headings, e.g. BSC → "Border Security Command (BSC)". */
  groupNames?: Readonly<Record<string, string>>;
  /**
   * The most squares drawn in all. Beyond it each square stands for more people (a round 1, 2 or 5 times
   * a power of ten), and the key says so: a huge value must not become a million rects.
   */
  maxSquares?: number;
}

const defaultMaxSquares = 600;

/** The smallest round number of people per square, at least `requested`, that keeps the chart drawable. */
export function squareSize(values: readonly number[], requested: number, maxSquares: number): number {
  const count = (per: number) => sum(values, (v) => Math.ceil(v / per));
  if (count(requested) <= maxSquares) return requested;
  for (let exponent = Math.floor(Math.log10(requested)); exponent < 400; exponent++) {
    for (const m of [1, 2, 5]) {
      const per = m * 10 ** exponent;
      if (per > requested && count(per) <= maxSquares) return per;
    }
  }
  return Number.MAX_VALUE;
}

export function waffle(data: readonly WaffleDatum[], options: WaffleOptions): ChartSpec {
  const { frame, format, unit } = options;
  checkCounts('waffle', data, (d) => `"${d.group}"`, 'a unit chart needs a count of 0 or more');
  if (!(Number.isFinite(options.perSquare) && options.perSquare > 0)) {
    throw new RangeError(`waffle: perSquare must be a number above 0, not ${options.perSquare}`);
  }
  const fs = frame.fontSize;
  const width = frame.width;
  const line = lineHeight(fs);
  const per = squareSize(
    data.map((d) => d.value),
    options.perSquare,
    options.maxSquares ?? defaultMaxSquares,
  );
  const key =
    per === options.perSquare
      ? `Each square is ${format(per)} ${unit}.`
      : `Each square is ${format(per)} ${unit}, not ${format(options.perSquare)}: there are too many to draw.`;

  // Squares sized from the text, and a multiple of five to a row so they can be counted in fives.
  const size = Math.round(fs * 1.15);
  const gap = Math.max(2, Math.round(size * 0.18));
  const cols = Math.max(5, Math.floor((width + gap) / (size + gap) / 5) * 5);
  const pitch = size + gap;

  const marks: Mark[] = [];
  const text = (x: number, y: number, t: string, tone: Tone, extra: Pick<TextMark, 'weight'> = {}) =>
    marks.push({ type: 'text', tone, x: round(x), y: round(y), text: t, baseline: 'hanging', ...extra });
  let y = 2;

  // The key: what a square is, and (if any figure is qualified) what an outlined square is.
  for (const t of wrapText(key, width, fs, 3)) {
    text(0, y, t, 'label');
    y += line;
  }
  const qualifier = options.qualifier;
  if (qualifier && data.some((d) => d.qualified)) {
    const swatch = swatchSize(fs);
    const drawn = drawKey(
      [
        { label: 'A stated number', swatchWidth: swatch, swatch: squareSwatch('bar-muted', swatch) },
        {
          label: `“${capitalise(qualifier.word)}”${qualifier.meaning ? `: ${qualifier.meaning}` : ''}`,
          swatchWidth: swatch,
          swatch: squareSwatch('bar-muted', swatch, 'outline'),
        },
      ],
      { top: y, width, fontSize: fs, pitch: line, spacing: fs * 1.2 },
    );
    marks.push(...drawn.marks);
    y += drawn.lines * line;
  }

  const groups = [...new Set(data.map((d) => d.group))];
  groups.forEach((group, g) => {
    const tone = toneOf(g);
    y += Math.round(fs * 0.9);
    // Lane heading: a swatch of the lane's colour and the group's full name.
    const swatch = swatchSize(fs);
    marks.push(...squareSwatch(tone, swatch)(0, y + fs / 2));
    const name = options.groupNames?.[group] ?? group;
    // Wrapped, not cut: a narrow frame, or a reader's wider text spacing, still gets the whole name.
    const nameLines = wrapText(name, width - swatch - labelGap, fs, 2, 'bold');
    for (const t of nameLines) {
      text(swatch + labelGap, y, t, 'label-strong', { weight: 'bold' });
      y += line;
    }
    y += Math.round(fs * 0.3);

    data.forEach((d, row) => {
      if (d.group !== group) return;
      const top = y;
      const amount = `+${format(d.value)}`;
      const head = truncate(
        `${d.group} ${d.qualified && qualifier ? `${qualifier.word} ${amount}` : amount}`,
        width,
        fs,
        'bold',
      );
      text(0, y, head, 'label-strong', { weight: 'bold' });
      // The date beside the figure where it fits, otherwise on the next line.
      if (d.date) {
        const after = textWidth(head, fs, 'bold') + fs * 0.6;
        if (after + textWidth(d.date, fs) <= width) text(after, y, d.date, 'label');
        else {
          y += line;
          text(0, y, truncate(d.date, width, fs), 'label');
        }
      }
      y += line;
      for (const t of d.label ? wrapText(d.label, width, fs, 3) : []) {
        text(0, y, t, 'label');
        y += line;
      }
      const squares = d.value / per;
      if (squares > 0) {
        y += Math.round(fs * 0.25);
        const whole = Math.floor(squares);
        const part = squares - whole;
        const count = whole + (part > 1e-9 ? 1 : 0);
        for (let i = 0; i < count; i++) {
          // The last square is cut to its fraction: 305 people at 10 a square is 30½ squares.
          const fraction = i < whole ? 1 : part;
          // Outlines are drawn inside the square (the stroke is centred on the edge), so both kinds line up.
          const inset = d.qualified ? 1 : 0;
          marks.push({
            type: 'rect',
            tone,
            ...(d.qualified ? { variant: 'outline' as const } : {}),
            x: round((i % cols) * pitch + inset),
            y: round(y + Math.floor(i / cols) * pitch + inset),
            width: round(Math.max(size * fraction - 2 * inset, 0.5)),
            height: size - 2 * inset,
          });
        }
        y += Math.ceil(count / cols) * pitch - gap;
        y += Math.round(fs * 0.4);
      }
      if (d.note) {
        y += Math.round(fs * 0.2);
        for (const t of wrapText(`Note: ${d.note}`, width, fs, 5)) {
          text(0, y, t, 'annotation');
          y += line;
        }
      }
      // One focusable area per announcement, over its label and squares: its tooltip is the table row.
      marks.push({
        type: 'rect',
        tone: 'grid',
        variant: 'outline',
        row,
        x: 0,
        y: round(top - 3),
        width,
        height: round(y - top + 3),
      });
      y += Math.round(fs * 0.6);
    });
  });

  const height = Math.max(round(y + 2), 1);
  return {
    kind: 'waffle',
    width,
    height,
    fontSize: fs,
    marks,
    summary: summary(data, options, key),
    table: table(data, options),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shownValue(d: WaffleDatum, options: WaffleOptions): string {
  const number = options.format(d.value);
  return d.qualified && options.qualifier ? `${options.qualifier.word} ${number}` : number;
}

function summary(data: readonly WaffleDatum[], options: WaffleOptions, key: string): string {
  const entries = data.map((d) => ({
    label: [d.group, d.date].filter(Boolean).join(', '),
    value: d.value,
    ...(d.qualified && options.qualifier ? { shown: shownValue(d, options) } : {}),
  }));
  const parts = [describeLargest(options.valueLabel, entries, options.format)];
  if (data.length > 0) parts.push(key);
  const noted = data.filter((d) => d.note).map((d) => [d.group, d.date].filter(Boolean).join(', '));
  if (noted.length > 0) {
    parts.push(
      `${noted.length === 1 ? 'The figure' : 'The figures'} for ${listInWords(noted)} ${noted.length === 1 ? 'carries a caveat' : 'carry caveats'}, shown beside ${noted.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return parts.join(' ');
}

function table(data: readonly WaffleDatum[], options: WaffleOptions): ChartSpec['table'] {
  const hasLabel = data.some((d) => d.label !== undefined) && options.labelLabel !== undefined;
  const hasDate = data.some((d) => d.date !== undefined) && options.dateLabel !== undefined;
  const hasNote = data.some((d) => d.note !== undefined);
  const columns = [
    ...(hasDate ? [{ label: options.dateLabel ?? '', numeric: false }] : []),
    { label: options.groupLabel, numeric: false },
    { label: options.valueLabel, numeric: true },
    ...(hasLabel ? [{ label: options.labelLabel ?? '', numeric: false }] : []),
    ...(hasNote ? [{ label: 'Note', numeric: false }] : []),
  ];
  const rows = data.map((d) => [
    ...(hasDate ? [d.date ?? '–'] : []),
    d.group,
    shownValue(d, options),
    ...(hasLabel ? [d.label ?? '–'] : []),
    ...(hasNote ? [d.note ?? '–'] : []),
  ]);
  return { columns, rows };
}
