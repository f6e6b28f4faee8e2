/**
 * The timeline's data as the drawing needs it: dated amounts in date order (each with its table row),
 * the undated after them, which are added into the running total, and the table. No layout here.
 */
import { formatDate } from '../../lib/format.ts';
import type { Frame, Table, TableColumn } from '../types.ts';

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
  /**
   * An ISO date: draw the timeline as it stood on that day (one state of a stepped story). Only amounts
   * announced by then are drawn, summed, described and tabled, on the whole timeline's axes and in its
   * height, so stepping from one state to the next adds marks and moves nothing.
   */
  through?: string;
}

export interface Item extends TimelineDatum {
  /** Index into the table's rows. */
  row: number;
  time: number;
}

export interface Dated extends Item {
  date: string;
}

export interface Prepared {
  /** Dated amounts by date (ties keep the file's order); their rows come first in the table. */
  dated: Dated[];
  undated: Item[];
  /** The amounts that may be added up, whatever the view. */
  summable: Dated[];
  /** The amounts added into the running total: the summable ones in the cumulative view, else none. */
  summed: Dated[];
  /** The running total after each summed amount. */
  running: Map<Dated, number>;
  total: number;
  /** Dated amounts listed under the axis rather than drawn as bands or bars. */
  listed: Dated[];
}

const timeOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function prepare(data: readonly TimelineDatum[], view: TimelineView): Prepared {
  const dated = data
    .map((d, i) => ({ d, i }))
    .filter((e): e is { d: TimelineDatum & { date: string }; i: number } => e.d.date !== null)
    .sort((a, b) => timeOf(a.d.date) - timeOf(b.d.date) || a.i - b.i)
    // A yearly amount is never summed, whatever the caller says: it is not a sum of the same kind.
    .map((e, row): Dated => ({ ...e.d, summable: e.d.summable && !e.d.yearly, row, time: timeOf(e.d.date) }));
  const undated: Item[] = data
    .filter((d) => d.date === null)
    .map((d, i) => ({ ...d, row: dated.length + i, time: Number.NaN }));
  const summable = dated.filter((d) => d.summable);
  const summed = view === 'cumulative' ? summable : [];
  const running = new Map<Dated, number>();
  let total = 0;
  for (const d of summed) {
    total += d.value;
    running.set(d, total);
  }
  const listed = view === 'cumulative' ? dated.filter((d) => !d.summable) : dated;
  return { dated, undated, summable, summed, running, total, listed };
}

/** An amount as readers see it: "£75m", or "£280m a year". */
export function amountOf(d: TimelineDatum, format: (value: number) => string): string {
  return `${format(d.value)}${d.yearly ? ' a year' : ''}`;
}

/** "£150m in total": the running total's label, over every amount that may be added up. */
export function totalLine(p: Prepared, format: (value: number) => string): string {
  return `${format(p.summable.reduce((t, d) => t + d.value, 0))} in total`;
}

/** "£75m, 17 Sep 2024": how a dated amount is named beside its mark. */
export function amountAndDate(d: Dated, format: (value: number) => string): string {
  return `${amountOf(d, format)}, ${formatDate(d.date, 'short')}`;
}

/** The treatment a dated amount is drawn with: dashed for a yearly amount, else its group's. */
export function variantOf(d: TimelineDatum): 'hatched' | 'outline' | 'dashed' | undefined {
  return d.yearly ? 'dashed' : d.group?.variant;
}

export function timelineTable(p: Prepared, options: TimelineOptions): Table {
  const { columns, view, format } = options;
  const list: TableColumn[] = [
    { label: columns.date, numeric: false },
    { label: columns.label, numeric: false },
    { label: columns.value, numeric: true },
  ];
  if (columns.group) list.push({ label: columns.group, numeric: false });
  if (columns.basis) list.push({ label: columns.basis, numeric: false });
  if (view === 'cumulative') list.push({ label: 'Running total', numeric: true });
  const rows = [...p.dated, ...p.undated].map((d) => {
    const cells = [d.date === null ? '–' : formatDate(d.date, 'short'), d.label, amountOf(d, format)];
    if (columns.group) cells.push(d.group?.text ?? '–');
    if (columns.basis) cells.push(d.basis ?? '–');
    if (view === 'cumulative') {
      const sum = p.running.get(d as Dated);
      cells.push(sum !== undefined ? format(sum) : d.date === null ? 'Not added: no date' : 'Not added');
    }
    return cells;
  });
  return { columns: list, rows };
}
