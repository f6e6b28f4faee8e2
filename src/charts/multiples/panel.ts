/**
 * One panel of the small multiples: a series' name, its columns on the shared band of years, on its own
 * scale from zero to its largest value, with the largest and the latest written above their columns.
 */
import type { ScaleBand } from 'd3-scale';
import { withHatch } from '../hatch.ts';
import { gap, lineHeight } from '../layout.ts';
import { boxesOverlap, round, textBox, textWidth, truncate, wrapText, type TextBox } from '../text.ts';
import type { Frame, Mark, TextMark } from '../types.ts';
import type { Panel } from './data.ts';

export interface PanelLayout {
  frame: Frame;
  format: (value: number) => string;
  x: ScaleBand<number>;
  xs: readonly string[];
  /** The height of the columns' area: a panel's largest value reaches it. */
  plotHeight: number;
  /** Every year under this panel (the last), or only the first and the last. */
  fullAxis: boolean;
}

/** Draws a panel from `top` down; returns where the next may start. */
export function drawPanel(marks: Mark[], panel: Panel, top: number, layout: PanelLayout): number {
  const { frame, format, x, xs, plotHeight } = layout;
  const fs = frame.fontSize;
  const line = lineHeight(fs);
  const width = frame.width;
  // Some bold capitals (J, A) reach left of where their text starts: names start a little in.
  const lead = Math.ceil(fs * 0.1);
  const text = (mark: Omit<TextMark, 'type'>) => marks.push({ type: 'text', ...mark });

  // The name (bold), then what it covers (muted), beside it where it fits, else under it.
  const y = top;
  const name = truncate(panel.name, width - lead, fs, 'bold');
  text({ tone: 'label-strong', weight: 'bold', x: lead, y, text: name, baseline: 'hanging' });
  let bottom = y + line;
  if (panel.detail) {
    const after = lead + textWidth(name, fs, 'bold') + fs * 0.6;
    if (after + textWidth(panel.detail, fs) <= width) {
      text({ tone: 'label-muted', x: round(after), y, text: panel.detail, baseline: 'hanging' });
    } else {
      for (const t of wrapText(panel.detail, width - lead, fs, 3)) {
        text({ tone: 'label-muted', x: lead, y: bottom, text: t, baseline: 'hanging' });
        bottom += line;
      }
    }
  }
  // A line of room above the columns for the value of the tallest.
  const plotTop = bottom + line;
  const base = round(plotTop + plotHeight);
  const centre = (i: number) => (x(i) ?? 0) + x.bandwidth() / 2;
  const columns: TextBox[] = [];
  const dashes: TextBox[] = [];

  panel.cells.forEach((cell, i) => {
    if (!cell) {
      // No figure: a dash on the baseline, so a gap is never read as zero.
      const dash: TextMark = {
        type: 'text',
        tone: 'label-muted',
        x: round(centre(i)),
        y: round(base - 2),
        text: '–',
        anchor: 'middle',
      };
      marks.push(dash);
      dashes.push(textBox(dash, fs));
      return;
    }
    const height = panel.top > 0 ? (cell.datum.value / panel.top) * plotHeight : 0;
    const rect = {
      type: 'rect' as const,
      tone: 'bar' as const,
      ...(cell.datum.likely ? { variant: 'hatched' as const } : {}),
      row: cell.row,
      x: round(x(i) ?? 0),
      y: round(base - height),
      width: round(x.bandwidth()),
      height: round(height),
    };
    columns.push({ left: rect.x, right: rect.x + rect.width, top: rect.y, bottom: base });
    marks.push(...withHatch(rect));
  });
  marks.push({ type: 'line', tone: 'axis', x1: 0, x2: width, y1: base, y2: base });

  // Values: the largest, then the latest, each above its column, or in the room above the columns where a
  // neighbouring column would cover it; left out where neither place is clear (the table has every one).
  const valued = panel.cells.flatMap((c, i) => (c ? [{ ...c, i }] : []));
  const largest = valued.find((c) => c.datum.value === panel.top);
  const latest = valued.at(-1);
  const placed: TextBox[] = [];
  for (const c of new Set([largest, latest])) {
    if (!c) continue;
    const label = format(c.datum.value);
    const half = textWidth(label, fs, 'bold') / 2;
    const cx = round(Math.min(Math.max(centre(c.i), half), width - half));
    const height = panel.top > 0 ? (c.datum.value / panel.top) * plotHeight : 0;
    for (const ly of [base - height - 4, plotTop - 4]) {
      const mark: TextMark = {
        type: 'text',
        tone: 'label-strong',
        weight: 'bold',
        x: cx,
        y: round(ly),
        anchor: 'middle',
        text: label,
      };
      const box = textBox(mark, fs);
      const own = columns[valued.indexOf(c)];
      const covered = columns.some((col) => col !== own && boxesOverlap(box, col, 0));
      if (covered || [...placed, ...dashes].some((p) => boxesOverlap(box, p))) continue;
      marks.push(mark);
      placed.push(box);
      break;
    }
  }

  // Years under the columns: under the last panel, every one that fits (keeping the first and last); under
  // the others, the first and the last only, so each panel says its span without repeating the axis.
  const yearWidth = Math.max(0, ...xs.map((v) => textWidth(v, fs)));
  const every = Math.max(1, Math.ceil((yearWidth + gap) / x.step()));
  const last = xs.length - 1;
  const years: { text: string; x: number; half: number }[] = [];
  xs.forEach((label, i) => {
    const keep = layout.fullAxis ? i % every === 0 || i === last : i === 0 || i === last;
    if (!keep) return;
    const shown = truncate(label, x.step() * every - 2, fs);
    const half = textWidth(shown, fs) / 2;
    const year = { text: shown, x: Math.min(Math.max(centre(i), half), width - half), half };
    // The last year is always written (kept inside the frame, it may move in): the ones before it that it
    // would touch give way.
    while (years.length > 0 && (years.at(-1)?.x ?? 0) + (years.at(-1)?.half ?? 0) + gap > year.x - half) years.pop();
    years.push(year);
  });
  for (const year of years) {
    text({
      tone: 'label',
      x: round(year.x),
      y: round(base + fs * 0.3),
      text: year.text,
      anchor: 'middle',
      baseline: 'hanging',
    });
  }
  return base + fs * 0.3 + line;
}
