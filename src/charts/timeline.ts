/**
 * Timeline of money announcements on a time axis (d3 scaleUtc). Two views:
 *
 * - `cumulative`: a step chart of the running total. Only amounts that can honestly be added together
 *   (one-off sums, `summable`) are stacked into it, each as a band from its announcement date onwards,
 *   so the total's make-up stays visible. Every other dated amount (a yearly figure, an amount whose
 *   basis was not given) is listed under the axis at its date, under a heading saying it is not added:
 *   adding a yearly amount to one-off sums would make a figure nobody announced.
 * - `tranches`: each announcement as its own bar at its date, nothing added up.
 *
 * How the money is described (new, moved from another budget, not said) is told twice: by the mark's
 * treatment (solid, hatched, outlined; dashed for a yearly amount) and by words beside it. Announcements
 * without a date are in the table, not on the axis.
 */
import { max, min } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { listInWords } from './describe.ts';
import { gap } from './layout.ts';
import { boxesOverlap, round, textBox, textWidth, truncate, type TextBox } from './text.ts';
import { formatDate } from '../lib/format.ts';
import type { ChartSpec, Frame, Mark, RectMark, TableColumn, TextMark } from './types.ts';

export type TimelineView = 'cumulative' | 'tranches';
export const timelineViews: readonly TimelineView[] = ['cumulative', 'tranches'];

export interface TimelineDatum {
  /** ISO date (YYYY-MM-DD) of the announcement; null when none was given: listed, not drawn. */
  date: string | null;
  value: number;
  /** What the money is for: shown in the table and tooltip. */
  label: string;
  /** How the money is described, in words ("new money"), and the treatment that shows it. */
  group?: { text: string; variant?: 'hatched' | 'outline' };
  /** The amount's basis in words ("one-off", "a year"), for the table. */
  basis?: string;
  /** Whether it may join the running total. Only one-off sums may: never a yearly amount. */
  summable: boolean;
  /** A yearly amount: written "£280m a year" and drawn dashed. */
  yearly?: boolean;
}

export interface TimelineOptions {
  frame: Frame;
  format: (value: number) => string;
  view: TimelineView;
  /** Table headers, from the dataset's column labels. */
  columns: { date: string; label: string; value: string; group?: string; basis?: string };
  /** What is added up, for the summary: "one-off sums". */
  sumLabel?: string;
}

const day = 86_400_000;

interface Item extends TimelineDatum {
  /** Index into the table's rows. */
  row: number;
  time: number;
}

interface Dated extends Item {
  date: string;
}

const timeOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function timeline(data: readonly TimelineDatum[], options: TimelineOptions): ChartSpec {
  const { frame, format, view } = options;
  const fs = frame.fontSize;
  const amount = (d: TimelineDatum) => `${format(d.value)}${d.yearly ? ' a year' : ''}`;
  const shortDate = (d: Dated) => formatDate(d.date, 'short');

  // Table order: by date (ties keep the file's order), then the undated.
  const dated = data
    .map((d, i) => ({ d, i }))
    .filter((e): e is { d: TimelineDatum & { date: string }; i: number } => e.d.date !== null)
    .sort((a, b) => timeOf(a.d.date) - timeOf(b.d.date) || a.i - b.i)
    // A yearly amount is never summed, whatever the caller says: it is not a sum of the same kind.
    .map((e, row): Dated => ({ ...e.d, summable: e.d.summable && !e.d.yearly, row, time: timeOf(e.d.date) }));
  const undated: Item[] = data
    .filter((d) => d.date === null)
    .map((d, i) => ({ ...d, row: dated.length + i, time: Number.NaN }));
  const summed = view === 'cumulative' ? dated.filter((d) => d.summable) : [];
  const running = new Map<Dated, number>();
  summed.reduce((total, d) => {
    running.set(d, total + d.value);
    return total + d.value;
  }, 0);
  const total = summed.reduce((t, d) => t + d.value, 0);
  const listed = view === 'cumulative' ? dated.filter((d) => !d.summable) : dated;

  const marks: Mark[] = [];
  const placed: TextBox[] = [];
  const addText = (mark: TextMark) => {
    marks.push(mark);
    placed.push(textBox(mark, fs));
  };

  const table = {
    columns: tableColumns(options),
    rows: [...dated, ...undated].map((d) => {
      const cells = [d.date === null ? '–' : formatDate(d.date, 'short'), d.label, amount(d)];
      if (options.columns.group) cells.push(d.group?.text ?? '–');
      if (options.columns.basis) cells.push(d.basis ?? '–');
      if (view === 'cumulative') {
        const sum = running.get(d as Dated);
        cells.push(sum !== undefined ? format(sum) : d.date === null ? 'Not added: no date' : 'Not added');
      }
      return cells;
    }),
  };
  const summary = view === 'cumulative' ? cumulativeSummary() : tranchesSummary();

  if (dated.length === 0) {
    const height = Math.round(fs * 3);
    marks.push({ type: 'text', tone: 'label-muted', x: 0, y: round(fs * 1.6), text: 'No dated amounts to draw.' });
    return { kind: 'timeline', width: frame.width, height, fontSize: fs, marks, summary, table };
  }

  // Vertical scale: the running total, or the largest single amount.
  const yScale = (view: TimelineView) => {
    const top =
      view === 'cumulative' ? dated.reduce((t, d) => t + (d.summable ? d.value : 0), 0) : max(dated, (d) => d.value);
    return scaleLinear()
      .domain([0, top !== undefined && top > 0 ? top : 1])
      .nice(frame.compact ? 3 : 4);
  };
  const y = yScale(view);
  const yTicks = y.ticks(frame.compact ? 3 : 4);
  // The widest amount on either view's axis sets the left margin, so the dates line up across views.
  const tickWidth = Math.max(
    0,
    ...timelineViews.flatMap((v) =>
      yScale(v)
        .ticks(frame.compact ? 3 : 4)
        .map((t) => textWidth(format(t), fs)),
    ),
  );

  // Band labels sit in a right margin in the wide layout (direct labels beside the bands); the compact
  // layout, or a crowded one, lists them under the axis instead.
  // Room above the plot for the total's label when it sits at the top of the step (compact layout).
  const top = Math.round(view === 'cumulative' && (frame.compact || summed.length > 0) ? fs * 1.8 : fs * 0.9);
  const plotHeight = Math.round(frame.height * (frame.compact ? 0.45 : 0.5));
  const plotTop = top;
  const plotBottom = plotTop + plotHeight;
  // Both views share one time axis (so switching views does not move the dates): the margin the running
  // total's labels need is kept in the other view too, where it holds a key to the treatments.
  const summable = dated.filter((d) => d.summable);
  const bandLines = summable.map((d) => [`${amount(d)}, ${shortDate(d)}`, d.group?.text ?? d.basis ?? '']);
  const totalLine = `${format(summable.reduce((t, d) => t + d.value, 0))} in total`;
  const key = keyEntries(dated);
  const swatch = frame.compact ? 9 : 10;
  const rightCap = Math.round(frame.width * 0.36);
  const rightWidth =
    Math.min(
      rightCap,
      Math.max(
        textWidth(totalLine, fs, 'bold'),
        ...bandLines.flatMap((lines) => lines.map((t, j) => textWidth(t, fs, j === 0 ? 'bold' : 'normal'))),
        ...key.map((k) => swatch + gap + textWidth(k.text, fs)),
      ),
    ) + gap;
  const rightLabelsFit =
    !frame.compact && summable.length > 0 && (summable.length * 2.7 + 1.5) * fs <= plotHeight + fs * 2.5;
  const margin = { left: Math.ceil(tickWidth + gap), right: rightLabelsFit ? Math.ceil(rightWidth + gap) : 8 };
  const plotLeft = margin.left;
  const plotRight = frame.width - margin.right;

  const t0 = min(dated, (d) => d.time) ?? 0;
  const t1 = max(dated, (d) => d.time) ?? 0;
  const pad = Math.max((t1 - t0) * 0.06, 20 * day);
  // The running total is drawn on to the end of the axis, a little after the last announcement.
  const x = scaleUtc()
    .domain([new Date(t0 - pad), new Date(t1 + pad)])
    .range([plotLeft, plotRight]);
  y.range([plotBottom, plotTop]);
  const px = (time: number) => round(x(new Date(time)));
  const py = (value: number) => round(y(value));

  // Gridlines and amounts at a few round values.
  for (const t of yTicks) {
    marks.push({ type: 'line', tone: t === 0 ? 'axis' : 'grid', x1: plotLeft, x2: plotRight, y1: py(t), y2: py(t) });
  }
  for (const t of yTicks) {
    addText({
      type: 'text',
      tone: 'label-muted',
      x: plotLeft - gap,
      y: py(t),
      anchor: 'end',
      baseline: 'middle',
      text: format(t),
    });
  }

  if (view === 'cumulative') drawRunningTotal();
  else drawTranches();

  // Dates along the axis: month names where ticks fall on month starts, else full dates.
  const axisY = round(plotBottom + fs * 1.4);
  const ticks = x.ticks(frame.compact ? 2 : 5);
  const monthly = ticks.every((t) => t.getUTCDate() === 1);
  for (const t of ticks) {
    const iso = t.toISOString().slice(0, monthly ? 7 : 10);
    const mark: TextMark = {
      type: 'text',
      tone: 'label',
      x: round(x(t)),
      y: axisY,
      anchor: 'middle',
      text: formatDate(iso, 'short'),
    };
    const box = textBox(mark, fs);
    // Dates need a clear gap between them, not just no overlap, to read as separate.
    const spaced = { ...box, left: box.left - gap, right: box.right + gap };
    if (box.left < 0 || box.right > frame.width || placed.some((b) => boxesOverlap(b, spaced))) continue;
    addText(mark);
  }

  // Annotations listed under the axis, one row each, with a marker at the announcement's date.
  let rowTop = round(plotBottom + fs * 2.4);
  const rowHeight = fs * 2.7;
  if (view === 'cumulative' && !rightLabelsFit) {
    for (const d of summed) addRow(d, false);
  }
  if (view === 'cumulative' && listed.length > 0) {
    rowTop += fs * 0.4;
    addText({
      type: 'text',
      tone: 'label',
      weight: 'bold',
      x: 0,
      y: round(rowTop + fs),
      text: truncate('Not added to the running total', frame.width, fs, 'bold'),
    });
    rowTop += fs * 1.6;
  }
  // Under the running total these rows are the only marks for their amounts, so they take focus.
  for (const d of listed) addRow(d, view === 'cumulative');
  const height = Math.ceil(rowTop + 4);

  return { kind: 'timeline', width: frame.width, height, fontSize: fs, marks, summary, table };

  function drawRunningTotal(): void {
    let previous = 0;
    for (const d of summed) {
      const sum = running.get(d) ?? previous;
      const band: RectMark = {
        type: 'rect',
        tone: 'series-1',
        row: d.row,
        x: px(d.time),
        y: py(sum),
        width: round(plotRight - px(d.time)),
        height: round(py(previous) - py(sum)),
        ...(d.group?.variant ? { variant: d.group.variant } : {}),
      };
      marks.push(band);
      if (band.variant === 'hatched') marks.push(hatch(band));
      previous = sum;
    }
    // The running total's outline: flat along zero, then up at each announcement.
    let path = `M${plotLeft},${py(0)}`;
    for (const d of summed) path += `H${px(d.time)}V${py(running.get(d) ?? 0)}`;
    path += `H${plotRight}`;
    marks.push({ type: 'path', tone: 'series-1', d: path });
    marks.push({ type: 'line', tone: 'axis', x1: plotLeft, x2: plotRight, y1: py(0), y2: py(0) });

    if (summed.length === 0) return;
    if (!rightLabelsFit) {
      // Compact: the total at the end of the step; each band is listed under the axis.
      const mark: TextMark = {
        type: 'text',
        tone: 'label-strong',
        x: plotRight,
        y: round(py(total) - gap),
        anchor: 'end',
        text: totalLine,
      };
      const box = textBox(mark, fs);
      if (box.top >= 0 && !placed.some((b) => boxesOverlap(b, box))) addText(mark);
      return;
    }
    // Wide: the total, then each band's amount, date and kind of money beside it, nudged apart.
    const line = fs * 1.2;
    const labels = [
      { lines: [totalLine], want: py(total), strong: true },
      ...summed
        .map((d, i) => {
          const lower = i === 0 ? 0 : (running.get(summed[i - 1] as Dated) ?? 0);
          return { lines: bandLines[i] ?? [], want: (py(lower) + py(running.get(d) ?? 0)) / 2, strong: false };
        })
        .reverse(),
    ];
    const heights = labels.map((l) => l.lines.length * line + fs * 0.3);
    const tops = labels.map((l, i) => l.want - (heights[i] ?? 0) / 2);
    // Top-down: each label starts no higher than the one above it ends; then pull back up if it ran low.
    for (let i = 0; i < tops.length; i++) {
      const above = i === 0 ? 0 : (tops[i - 1] ?? 0) + (heights[i - 1] ?? 0);
      tops[i] = Math.max(tops[i] ?? 0, above);
    }
    // Bottom-up: none may end below the axis; the margin test above leaves room for all of them.
    for (let i = tops.length - 1; i >= 0; i--) {
      const below = i === tops.length - 1 ? plotBottom + fs : (tops[i + 1] ?? 0);
      tops[i] = Math.max(0, Math.min(tops[i] ?? 0, below - (heights[i] ?? 0)));
    }
    labels.forEach((l, i) => {
      l.lines.forEach((text, j) => {
        addText({
          type: 'text',
          tone: l.strong || j === 0 ? 'label-strong' : 'label',
          x: round(plotRight + gap),
          y: round((tops[i] ?? 0) + j * line),
          baseline: 'hanging',
          text: truncate(text, rightWidth - gap, fs, l.strong || j === 0 ? 'bold' : 'normal'),
        });
      });
    });
  }

  function drawTranches(): void {
    // The key first, so the amounts over the bars keep clear of it.
    if (rightLabelsFit) drawKey();
    // Bars at their dates; announcements on the same day stand side by side.
    const barWidth = frame.compact ? 8 : 12;
    const sameDay = new Map<number, Dated[]>();
    for (const d of dated) sameDay.set(d.time, [...(sameDay.get(d.time) ?? []), d]);
    const bars: { d: Dated; mark: RectMark }[] = [];
    for (const group of sameDay.values()) {
      const width = Math.max(2, Math.min(barWidth, (plotRight - plotLeft) / group.length - 2));
      group.forEach((d, j) => {
        const centre = px(d.time) + (j - (group.length - 1) / 2) * (width + 2);
        const left = Math.min(Math.max(centre - width / 2, plotLeft), plotRight - width);
        const variant = d.yearly ? 'dashed' : d.group?.variant;
        const mark: RectMark = {
          type: 'rect',
          tone: 'series-1',
          row: d.row,
          x: round(left),
          y: py(d.value),
          width: round(width),
          height: round(py(0) - py(d.value)),
          ...(variant ? { variant } : {}),
        };
        bars.push({ d, mark });
      });
    }
    for (const { mark } of bars) {
      marks.push(mark);
      if (mark.variant === 'hatched') marks.push(hatch(mark));
    }
    marks.push({ type: 'line', tone: 'axis', x1: plotLeft, x2: plotRight, y1: py(0), y2: py(0) });
    // Amounts over the bars, largest first, wherever they fit; every amount is also in the list below.
    const barBoxes = bars.map(({ mark }) => ({
      left: mark.x,
      right: mark.x + mark.width,
      top: mark.y,
      bottom: mark.y + mark.height,
    }));
    for (const { d, mark } of [...bars].sort((a, b) => b.d.value - a.d.value)) {
      // Centred over the bar; near an edge, lined up with the bar's inner side instead.
      const spots: [number, NonNullable<TextMark['anchor']>][] = [
        [mark.x + mark.width / 2, 'middle'],
        [mark.x + mark.width, 'end'],
        [mark.x, 'start'],
      ];
      for (const [lx, anchor] of spots) {
        const label: TextMark = {
          type: 'text',
          tone: 'label-strong',
          x: round(lx),
          y: round(mark.y - gap / 2),
          anchor,
          text: amount(d),
        };
        const box = textBox(label, fs);
        const inside = box.left >= 0 && box.right <= frame.width && box.top >= 0;
        if (!inside || placed.some((b) => boxesOverlap(b, box)) || barBoxes.some((b) => boxesOverlap(b, box, 0))) {
          continue;
        }
        addText(label);
        break;
      }
    }
  }

  /** Tranches, wide: what each treatment means, in the margin the running total's labels use. */
  function drawKey(): void {
    key.forEach((k, i) => {
      const top = plotTop + i * fs * 1.6;
      const marker: RectMark = {
        type: 'rect',
        tone: 'series-1',
        x: round(plotRight + gap),
        y: round(top + fs * 0.5 - swatch / 2),
        width: swatch,
        height: swatch,
        ...(k.variant ? { variant: k.variant } : {}),
      };
      marks.push(marker);
      if (k.variant === 'hatched') marks.push(hatch(marker, 3.5));
      addText({
        type: 'text',
        tone: 'label',
        x: round(plotRight + gap * 2 + swatch),
        y: round(top),
        baseline: 'hanging',
        text: truncate(k.text, rightWidth - swatch - gap * 2, fs),
      });
    });
  }

  /** One annotation: a marker at the date, with amount and date, then how the money is described. */
  function addRow(d: Dated, focusable: boolean): void {
    const size = swatch;
    // Wide: the marker sits at the date on the axis above. Compact: a tidy list in date order, the marker
    // at the left, so every line has the full width and none is cut short.
    const cx = frame.compact ? size / 2 + 1 : Math.min(Math.max(px(d.time), size / 2), frame.width - size / 2);
    const variant = d.yearly ? 'dashed' : d.group?.variant;
    const marker: RectMark = {
      type: 'rect',
      tone: 'series-1',
      x: round(cx - size / 2),
      y: round(rowTop + fs * 0.5 - size / 2),
      width: size,
      height: size,
      ...(focusable ? { row: d.row } : {}),
      ...(variant ? { variant } : {}),
    };
    marks.push(marker);
    if (variant === 'hatched') marks.push(hatch(marker, 3.5));
    const lines = [`${amount(d)}, ${shortDate(d)}`, d.group?.text ?? d.basis ?? ''].filter(Boolean);
    const needed = Math.max(...lines.map((t, j) => textWidth(t, fs, j === 0 ? 'bold' : 'normal')));
    const right = frame.width - (cx + size / 2 + gap);
    const left = cx - size / 2 - gap;
    const toRight = needed <= right || right >= left;
    lines.forEach((text, j) => {
      addText({
        type: 'text',
        tone: j === 0 ? 'label-strong' : 'label',
        x: round(toRight ? cx + size / 2 + gap : cx - size / 2 - gap),
        y: round(rowTop + j * fs * 1.2),
        anchor: toRight ? 'start' : 'end',
        baseline: 'hanging',
        text: truncate(text, toRight ? right : left, fs, j === 0 ? 'bold' : 'normal'),
      });
    });
    rowTop += rowHeight;
  }

  function cumulativeSummary(): string {
    const measure = options.sumLabel ? `Running total of ${options.sumLabel}` : 'Running total';
    if (dated.length === 0 && undated.length === 0) return `${measure}: no figures to show.`;
    const when = (d: Dated) => formatDate(d.date);
    const parts: string[] = [];
    const last = summed.at(-1);
    if (!last) parts.push('None of the amounts shown can be added together.');
    else if (summed.length === 1) parts.push(`${measure}: ${amount(last)}, from one announcement on ${when(last)}.`);
    else {
      const said = (d: Dated) => `${amount(d)}${d.group ? ` ${d.group.text}` : ''} on ${when(d)}`;
      const largest = summed.reduce((a, d) => (d.value > a.value ? d : a));
      const from =
        summed.length <= 3
          ? `from ${summed.length} announcements: ${listInWords(summed.map(said))}`
          : `from ${summed.length} announcements, the largest ${amount(largest)} on ${when(largest)}`;
      parts.push(`${measure}: ${format(total)} by ${when(last)}, ${from}.`);
    }
    if (listed.length === 1 && listed[0]) {
      parts.push(`Not added: ${amount(listed[0])}, announced on ${when(listed[0])}.`);
    } else if (listed.length > 1) {
      const largest = listed.reduce((a, d) => (d.value > a.value ? d : a));
      parts.push(
        `Not added: ${listed.length} other announcements, the largest ${amount(largest)} on ${when(largest)}.`,
      );
    }
    parts.push(undatedSentence());
    return parts.filter(Boolean).join(' ');
  }

  function tranchesSummary(): string {
    if (dated.length === 0 && undated.length === 0) return 'Announcements: no figures to show.';
    const when = (d: Dated) => formatDate(d.date);
    const parts: string[] = [];
    const [first] = dated;
    const last = dated.at(-1);
    if (dated.length === 1 && first) parts.push(`One dated announcement: ${amount(first)} on ${when(first)}.`);
    else if (first && last) {
      const largest = dated.reduce((a, d) => (d.value > a.value ? d : a));
      const smallest = dated.reduce((a, d) => (d.value < a.value ? d : a));
      parts.push(`${dated.length} dated announcements, from ${when(first)} to ${when(last)}.`);
      parts.push(
        largest.value === smallest.value
          ? `Each is ${amount(largest)}.`
          : `The largest is ${amount(largest)} on ${when(largest)}; the smallest ${amount(smallest)} on ${when(smallest)}.`,
      );
      if (dated.some((d) => !d.summable)) parts.push('They measure different things, so they are not added up here.');
    }
    parts.push(undatedSentence());
    return parts.filter(Boolean).join(' ');
  }

  function undatedSentence(): string {
    if (undated.length === 0) return '';
    return undated.length === 1
      ? `One amount without a date (${amount(undated[0] as Item)}) is in the table but not drawn.`
      : `${undated.length} amounts without a date are in the table but not drawn.`;
  }
}

/** The treatments in use, in order of first appearance, each with the words that say what it means. */
function keyEntries(dated: readonly TimelineDatum[]): { variant?: 'hatched' | 'outline' | 'dashed'; text: string }[] {
  const seen = new Map<string, { variant?: 'hatched' | 'outline' | 'dashed'; text: string }>();
  for (const d of dated) {
    const variant = d.yearly ? 'dashed' : d.group?.variant;
    const text = d.yearly ? 'an amount a year' : (d.group?.text ?? '');
    const id = `${variant ?? 'solid'}|${text}`;
    if (text && !seen.has(id)) seen.set(id, { ...(variant ? { variant } : {}), text });
  }
  return [...seen.values()];
}

function tableColumns(options: TimelineOptions): TableColumn[] {
  const { columns } = options;
  const list: TableColumn[] = [
    { label: columns.date, numeric: false },
    { label: columns.label, numeric: false },
    { label: columns.value, numeric: true },
  ];
  if (columns.group) list.push({ label: columns.group, numeric: false });
  if (columns.basis) list.push({ label: columns.basis, numeric: false });
  if (options.view === 'cumulative') list.push({ label: 'Running total', numeric: true });
  return list;
}

/**
 * Diagonal stripes clipped to a rectangle: the "hatched" treatment drawn as geometry, so it prints,
 * exports and survives forced colours without an SVG pattern.
 */
function hatch(rect: RectMark, spacing = 6): Mark {
  const { x, y, width: w, height: h } = rect;
  let d = '';
  // Lines x + y = c run up and to the right; each is cut to the part inside the rectangle.
  for (let c = x + y + spacing; c < x + w + y + h; c += spacing) {
    const lo = Math.max(x, c - y - h);
    const hi = Math.min(x + w, c - y);
    if (hi - lo < 0.5) continue;
    d += `M${round(lo)},${round(c - lo)}L${round(hi)},${round(c - hi)}`;
  }
  return { type: 'path', tone: rect.tone, variant: 'hatched', d: d || `M${x},${y}` };
}
