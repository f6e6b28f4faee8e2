/**
 * The contract between chart kinds and the one renderer. A chart kind is a pure function from rows and
 * options to a ChartSpec: scaled pixel positions, text, a summary and a table. It never touches the DOM.
 */

/** The box a chart is drawn for. Two are drawn per chart: wide, and compact for narrow containers. */
export interface Frame {
  width: number;
  /** A preferred height; kinds whose height follows their row count (horizontal bars) may change it. */
  height: number;
  /** Narrow container: kinds re-flow (e.g. vertical bars become horizontal) rather than shrink. */
  compact: boolean;
  /**
   * Text size in SVG units, chosen so text renders at 12 px or more wherever a layout is shown: the wide
   * one at 560 px or more (0.875 × its 640, so 14 units render at 12.25 px or more), the compact one at
   * 288 px or more (13 units at 12.48 px or more) and at most 420 px, 1.4 × its 300 (chart.css).
   */
  fontSize: number;
}

export const frames = {
  wide: { width: 640, height: 360, compact: false, fontSize: 14 },
  compact: { width: 300, height: 320, compact: true, fontSize: 13 },
} as const satisfies Record<string, Frame>;

/**
 * The narrowest container each layout is shown in: chart.css shows the wide one from 560 px, and a 320 px
 * phone leaves a 288 px column for the compact one. Tests check text stays at 12 px or more at these widths.
 */
export const narrowestShown = { wide: 560, compact: 288 } as const;

export type FrameName = keyof typeof frames;

/**
 * Visual roles, mapped to colours in src/styles/chart-colours.ts: chart code never names a colour. `series-1` … `series-4`
 * are the categorical palette (colour-blind safe, always paired with a direct label).
 */
export type Tone =
  | 'bar'
  | 'bar-muted'
  | 'series-1'
  | 'series-2'
  | 'series-3'
  | 'series-4'
  | 'axis'
  | 'grid'
  | 'label'
  | 'label-muted'
  | 'label-strong'
  | 'annotation';

interface MarkBase {
  tone: Tone;
  /** Index into the table's rows: the mark is focusable, and its tooltip is that row. */
  row?: number;
  /** An extra class for a second visual treatment, e.g. `hatched` for re-allocated money. */
  variant?: 'hatched' | 'outline' | 'dashed';
}

export interface RectMark extends MarkBase {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CircleMark extends MarkBase {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface PathMark extends MarkBase {
  type: 'path';
  d: string;
}

export interface LineMark extends MarkBase {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextMark extends MarkBase {
  type: 'text';
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment relative to y. */
  baseline?: 'alphabetic' | 'middle' | 'hanging';
  /** Relative to the frame's font size; never below 1 for text a reader must read. */
  scale?: number;
  weight?: 'normal' | 'bold';
}

export type Mark = RectMark | CircleMark | PathMark | LineMark | TextMark;

export interface TableColumn {
  label: string;
  /** Numeric columns are right-aligned and compared by value. */
  numeric: boolean;
}

/** The chart's data as a reader sees it: formatted cells, the same text tooltips show. */
export interface Table {
  columns: TableColumn[];
  rows: string[][];
  /**
   * Where the data is a matrix (years × routes): the same rows laid out as a grid, which the page shows in
   * place of the list (src/charts/grid.ts). The list stays the rows marks point at and are named from.
   */
  grid?: Grid;
}

/**
 * A list table whose rows are [column key, row key, value, note?] as a grid: one row per row key (a year),
 * one column per column key (a route), each cell the list row it shows (null: no figure).
 */
export interface Grid {
  /** What each row is: the corner header ("Year"). */
  rowLabel: string;
  /** What each column is ("Route"), and what the cells hold ("Grants"): the tooltip's terms. */
  columnLabel: string;
  valueLabel: string;
  columns: string[];
  rows: { header: string; cells: (number | null)[] }[];
}

export interface ChartSpec {
  kind: string;
  width: number;
  height: number;
  fontSize: number;
  marks: Mark[];
  /** One or two plain sentences generated from the data. */
  summary: string;
  table: Table;
}
