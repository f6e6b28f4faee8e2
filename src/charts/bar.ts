/**
 * Bar chart: one bar per category, each labelled with its value. Vertical where every value label fits
 * above its bar; otherwise (narrow containers, many or long categories) it re-flows into horizontal rows,
 * which stay legible at any width.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { max, min } from 'd3-array';
import { describeExtremes } from './describe.ts';
import { gap } from './layout.ts';
import { round, textWidth, truncate } from './text.ts';
import type { ChartSpec, Frame, Mark } from './types.ts';

export interface BarDatum {
  label: string;
  value: number;
}

export interface BarOptions {
  frame: Frame;
  format: (value: number) => string;
  /** Header of the category column, e.g. "Year". */
  categoryLabel: string;
  /** Header of the value column and the summary's subject, e.g. "People detected". */
  valueLabel: string;
  /** Categories run in time order (the summary then names the latest). */
  ordered?: boolean;
}

export function bar(data: readonly BarDatum[], options: BarOptions): ChartSpec {
  const { frame, format } = options;
  const values = data.map((d) => d.value);
  const domain: [number, number] = [Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 0)];
  if (domain[0] === domain[1]) domain[1] = 1;
  const labelWidths = data.map((d) => textWidth(format(d.value), frame.fontSize, 'bold'));
  const step = data.length > 0 ? frame.width / data.length : frame.width;
  // A negative bar's value would hang below it, into the category labels: bars with negatives lie flat.
  const vertical =
    !frame.compact && domain[0] >= 0 && (max(labelWidths) ?? 0) + gap <= step * 0.95 && data.length <= 24;
  const marks = vertical ? verticalMarks(data, domain, options) : horizontalMarks(data, domain, options);
  return {
    kind: 'bar',
    width: frame.width,
    height: marks.height,
    fontSize: frame.fontSize,
    marks: marks.marks,
    summary: describeExtremes(options.valueLabel, data, format, { ordered: options.ordered ?? true }),
    table: {
      columns: [
        { label: options.categoryLabel, numeric: false },
        { label: options.valueLabel, numeric: true },
      ],
      rows: data.map((d) => [d.label, format(d.value)]),
    },
  };
}

function verticalMarks(
  data: readonly BarDatum[],
  domain: [number, number],
  { frame, format }: BarOptions,
): { marks: Mark[]; height: number } {
  const fs = frame.fontSize;
  const margin = { top: fs * 1.6, right: 4, bottom: fs * 2, left: 4 };
  const x = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([margin.left, frame.width - margin.right])
    .padding(0.22);
  const y = scaleLinear()
    .domain(domain)
    .range([frame.height - margin.bottom, margin.top]);
  const zero = y(0);
  const marks: Mark[] = [];
  data.forEach((d, i) => {
    const left = x(i) ?? 0;
    const top = Math.min(y(d.value), zero);
    marks.push({
      type: 'rect',
      tone: 'bar',
      row: i,
      x: round(left),
      y: round(top),
      width: round(x.bandwidth()),
      height: round(Math.abs(zero - y(d.value))),
    });
  });
  const labelWidth = x.step() - 2;
  data.forEach((d, i) => {
    const centre = round((x(i) ?? 0) + x.bandwidth() / 2);
    const above = d.value >= 0;
    marks.push({
      type: 'text',
      tone: 'label-strong',
      x: centre,
      y: round(above ? y(d.value) - gap : y(d.value) + gap),
      baseline: above ? 'alphabetic' : 'hanging',
      anchor: 'middle',
      text: format(d.value),
    });
    marks.push({
      type: 'text',
      tone: 'label',
      x: centre,
      y: round(frame.height - margin.bottom + fs * 1.3),
      anchor: 'middle',
      text: truncate(d.label, labelWidth, fs),
    });
  });
  marks.push({
    type: 'line',
    tone: 'axis',
    x1: margin.left,
    x2: frame.width - margin.right,
    y1: round(zero),
    y2: round(zero),
  });
  return { marks, height: frame.height };
}

function horizontalMarks(
  data: readonly BarDatum[],
  domain: [number, number],
  { frame, format }: BarOptions,
): { marks: Mark[]; height: number } {
  const fs = frame.fontSize;
  const rowHeight = Math.round(fs * 2.1);
  const valueWidth = Math.max(...data.map((d) => textWidth(format(d.value), fs, 'bold')), 0) + gap;
  const negativeRoom = domain[0] < 0 ? valueWidth : 0;
  // Category names take what they need up to 40% of the width, less where the values (both sides of zero)
  // leave less, so a fifth of the width is always left for the bars; longer names are cut.
  const categoryRoom = Math.max(fs * 2, Math.min(frame.width * 0.4, frame.width * 0.8 - valueWidth - negativeRoom));
  const categoryWidth = Math.min(Math.max(...data.map((d) => textWidth(d.label, fs)), 0) + gap, categoryRoom);
  const margin = { top: 4, right: valueWidth, bottom: 4, left: categoryWidth + negativeRoom };
  const height = margin.top + margin.bottom + Math.max(data.length, 1) * rowHeight;
  const x = scaleLinear()
    .domain(domain)
    .range([margin.left, Math.max(margin.left + 1, frame.width - margin.right)]);
  const y = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([margin.top, height - margin.bottom])
    .padding(0.25);
  const zero = x(0);
  const marks: Mark[] = [];
  data.forEach((d, i) => {
    const top = y(i) ?? 0;
    const middle = round(top + y.bandwidth() / 2);
    const end = x(d.value);
    marks.push({
      type: 'rect',
      tone: 'bar',
      row: i,
      x: round(Math.min(zero, end)),
      y: round(top),
      width: round(Math.abs(end - zero)),
      height: round(y.bandwidth()),
    });
    marks.push({
      type: 'text',
      tone: 'label',
      x: 0,
      y: middle,
      baseline: 'middle',
      anchor: 'start',
      text: truncate(d.label, categoryWidth - gap, fs),
    });
    marks.push({
      type: 'text',
      tone: 'label-strong',
      x: round(d.value >= 0 ? end + gap : end - gap),
      y: middle,
      baseline: 'middle',
      anchor: d.value >= 0 ? 'start' : 'end',
      text: format(d.value),
    });
  });
  marks.push({
    type: 'line',
    tone: 'axis',
    x1: round(zero),
    x2: round(zero),
    y1: margin.top,
    y2: round(height - margin.bottom),
  });
  return { marks, height };
}
