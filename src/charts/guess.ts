/**
 * "Guess, then see": the reader draws a line for the years after a known one, then the real line is shown
 * over it. This kind draws two layers for the one renderer, on the same axes: the question (axes and the
 * known starting point) and the answer (the real line), plus the geometry the browser needs to turn a
 * pointer position into a value and back. The guessed line itself is the reader's, so only the browser
 * draws it.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { max } from 'd3-array';
import { valueGrid } from './axes.ts';
import { round, textWidth } from './text.ts';
import type { ChartSpec, Frame, Mark } from './types.ts';

export interface GuessDatum {
  label: string;
  value: number;
}

export interface GuessOptions {
  frame: Frame;
  format: (value: number) => string;
  categoryLabel: string;
  valueLabel: string;
}

/** What the browser needs to map values to the drawing and back, in SVG units. */
export interface GuessGeometry {
  width: number;
  height: number;
  /** x of each category: the known one first, then one per year to guess. */
  xs: number[];
  /** y of the value 0 and of `max`. */
  y0: number;
  y1: number;
  /** The top of the value scale, and the slider step: round numbers derived from the data. */
  max: number;
  step: number;
}

export interface GuessSpecs {
  question: ChartSpec;
  answer: ChartSpec;
  geometry: GuessGeometry;
}

/**
 * The value scale's top and the step a key press moves a guess by. The top leaves room above the highest
 * real value (a reader may guess higher, and the axis should not give the answer away by fitting it); the
 * step is a power of ten (times 2 or 5) giving at most 100 steps, so ten steps (Page Up) are a tenth of the scale or more.
 */
export function guessScale(values: readonly number[]): { max: number; step: number } {
  const highest = Math.max(1, max(values) ?? 1);
  const [, top = 1] = scaleLinear()
    .domain([0, highest * 1.25])
    .nice(4)
    .domain();
  let step = 10 ** Math.floor(Math.log10(top / 50));
  if (top / step > 100) step *= 2;
  if (top / step > 100) step = (step / 2) * 5;
  return { max: top, step: Math.max(1, step) };
}

export function guess(known: GuessDatum, answers: readonly GuessDatum[], options: GuessOptions): GuessSpecs {
  const { frame, format } = options;
  const fs = frame.fontSize;
  const all = [known, ...answers];
  const { max: top, step } = guessScale(all.map((d) => d.value));
  const y = scaleLinear().domain([0, top]);
  const ticks = y.ticks(4);
  const labelWidth = Math.max(...ticks.map((t) => textWidth(format(t), fs)));
  const margin = { top: fs * 1.8, right: fs * 1.8, bottom: fs * 2.2, left: labelWidth + fs * 0.6 };
  y.range([frame.height - margin.bottom, margin.top]);
  const x = scalePoint<number>()
    .domain(all.map((_, i) => i))
    .range([margin.left + fs, frame.width - margin.right]);
  const xs = all.map((_, i) => round(x(i) ?? 0));

  // The value axis as every kind draws it (axes.ts), each gridline followed by its amount.
  const grid = valueGrid(ticks, (t) => y(t), {
    left: margin.left,
    right: frame.width,
    format,
    labelGap: fs * 0.4,
  });
  const axes: Mark[] = grid.lines.flatMap((line, i) => {
    const label = grid.labels[i];
    return label ? [line, { ...label, x: round(label.x) }] : [line];
  });
  all.forEach((d, i) => {
    axes.push({
      type: 'text',
      tone: 'label',
      x: xs[i] ?? 0,
      y: round(frame.height - margin.bottom + fs * 1.5),
      anchor: 'middle',
      text: d.label,
    });
  });
  /** A point with its value written above it. */
  const labelledPoint = (
    p: { x: number; y: number },
    tone: 'series-1' | 'series-2',
    r: number,
    value: number,
  ): Mark[] => [
    { type: 'circle', tone, cx: p.x, cy: p.y, r },
    { type: 'text', tone: 'label-strong', x: p.x, y: round(p.y - fs * 0.8), anchor: 'middle', text: format(value) },
  ];
  const start = { x: xs[0] ?? 0, y: round(y(known.value)) };
  const knownMarks: Mark[] = labelledPoint(start, 'series-1', 5, known.value);

  const points = all.map((d, i) => ({ x: xs[i] ?? 0, y: round(y(d.value)) }));
  const answerMarks: Mark[] = [
    { type: 'path', tone: 'series-2', d: `M${points.map((p) => `${p.x},${p.y}`).join('L')}` },
    ...points.slice(1).flatMap((p, i) => labelledPoint(p, 'series-2', 4.5, answers[i]?.value ?? 0)),
  ];

  const table = {
    columns: [
      { label: options.categoryLabel, numeric: false },
      { label: options.valueLabel, numeric: true },
    ],
    rows: all.map((d) => [d.label, format(d.value)]),
  };
  const base = { kind: 'guess', width: frame.width, height: frame.height, fontSize: fs, table };
  const first = answers[0]?.label ?? '';
  const last = answers.at(-1)?.label ?? '';
  return {
    question: {
      ...base,
      marks: [...axes, ...knownMarks],
      summary: `${options.valueLabel}: ${format(known.value)} in ${known.label}. Your guess for ${first} to ${last} is drawn from there.`,
    },
    answer: {
      ...base,
      marks: answerMarks,
      summary: answers.map((d) => `${format(d.value)} in ${d.label}`).join(', '),
    },
    geometry: { width: frame.width, height: frame.height, xs, y0: round(y(0)), y1: round(y(top)), max: top, step },
  };
}

/** The one frame a guess is drawn in: narrow enough for a phone's column, capped in width on a desktop. */
export const guessFrame: Frame = { width: 300, height: 240, compact: true, fontSize: 13 };
