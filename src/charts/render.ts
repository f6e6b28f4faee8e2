/**
 * The one renderer: ChartSpec → SVG markup. Chapter pages, embeds, the print page and the .svg/.png
 * downloads all call this, so a chart looks and reads the same everywhere.
 *
 * Colours are not written here: marks carry tone classes that chart.css colours from src/styles/chart-colours.ts (so light, dark, print
 * and forced colours follow without redrawing). A standalone file passes `css` with literal colours.
 */
import { spokenText } from '../lib/format.ts';
import type { ChartSpec, Mark, Table } from './types.ts';

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The reader-facing text of a table row: "Year: 2024, People detected: 36,816". Tooltips show the same. */
export function rowText(table: Table, row: number): string {
  const cells = table.rows[row] ?? [];
  return table.columns.map((column, i) => `${column.label}: ${cells[i] ?? ''}`).join(', ');
}

/** A cell that holds nothing to say: empty, or the dash a table shows for "no value". */
const blank = (cell: string) => /^[\s–—-]*$/.test(cell);

/**
 * A mark's accessible name, for the ear: only the cells it has (no "Note: –"), amounts in words
 * ("£15.3 billion"), and without the group's own cell where its group already says it ("2015").
 */
export function markName(table: Table, row: number, inGroup = false): string {
  const cells = table.rows[row] ?? [];
  return spokenText(
    table.columns
      .map((column, i) => ({ label: column.label, cell: cells[i] ?? '' }))
      .filter(({ cell }, i) => !blank(cell) && !(inGroup && i === 0))
      .map(({ label, cell }) => `${label}: ${cell}`)
      .join(', '),
  );
}

/**
 * The group each focusable mark belongs to, by the first cell of its row (a year, a route, who counted),
 * where that makes groups a screen reader can skip: two or more of them, and one with two or more marks.
 * Otherwise none: a group of one mark only adds a stop.
 */
function groupsOf(spec: ChartSpec): Map<number, string> | undefined {
  const keys = spec.marks.flatMap((m) => (m.row === undefined ? [] : [spec.table.rows[m.row]?.[0] ?? '']));
  const distinct = new Set(keys);
  if (distinct.size < 2 || distinct.size === keys.length) return undefined;
  return new Map(spec.table.rows.map((cells, i) => [i, cells[0] ?? '']));
}

const baselines = { alphabetic: undefined, middle: 'central', hanging: 'hanging' } as const;

function attrs(record: Record<string, string | number | undefined>): string {
  return Object.entries(record)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

function markClass(mark: Mark): string {
  return [`m-${mark.tone}`, mark.variant ? `v-${mark.variant}` : ''].filter(Boolean).join(' ');
}

function renderMark(
  mark: Mark,
  spec: ChartSpec,
  focusable: { first: boolean },
  paint?: Paint,
  still = false,
  inGroup = false,
): string {
  const interactive =
    mark.row !== undefined && !paint && !still
      ? {
          'data-row': mark.row,
          // Roving focus: one mark in the tab order; the enhancement moves it with the arrow keys.
          tabindex: focusable.first ? 0 : -1,
          role: 'img',
          'aria-label': markName(spec.table, mark.row, inGroup),
        }
      : {};
  if (mark.row !== undefined) focusable.first = false;
  // A standalone file is read where our stylesheet and script are not: literal paint instead of classes,
  // and no focus stops that nothing would enhance.
  const common = paint ? paint(mark) : { class: markClass(mark), ...interactive };
  switch (mark.type) {
    case 'rect':
      return `<rect${attrs({ ...common, x: mark.x, y: mark.y, width: mark.width, height: mark.height })}/>`;
    case 'circle':
      return `<circle${attrs({ ...common, cx: mark.cx, cy: mark.cy, r: mark.r })}/>`;
    case 'path':
      return `<path${attrs({ ...common, d: mark.d })}/>`;
    case 'line':
      return `<line${attrs({ ...common, x1: mark.x1, y1: mark.y1, x2: mark.x2, y2: mark.y2 })}/>`;
    case 'text': {
      const size = mark.scale && mark.scale !== 1 ? Math.round(spec.fontSize * mark.scale * 10) / 10 : undefined;
      return `<text${attrs({
        ...common,
        x: mark.x,
        y: mark.y,
        'text-anchor': mark.anchor && mark.anchor !== 'start' ? mark.anchor : undefined,
        'dominant-baseline': mark.baseline ? baselines[mark.baseline] : undefined,
        'font-size': size,
        'font-weight': mark.weight === 'bold' ? 'bold' : undefined,
        // Painted text may be bold by its tone (label-strong), as chart.css makes it on the page.
        ...(paint ? common : {}),
      })}>${escapeXml(mark.text)}</text>`;
    }
  }
}

export interface RenderOptions {
  /** Accessible name of the graphic: the chart's title. */
  title: string;
  /**
   * The name of a drawing readers explore mark by mark ("Chart"), where the figure's heading already says
   * its title: a screen reader then hears the title once. Defaults to `title`.
   */
  label?: string;
  /** The id of the line that says how to explore the drawing (an explorable one only). */
  describedBy?: string;
  /** Extra classes on the root, e.g. the layout name. */
  className?: string;
  /** For standalone files: a stylesheet with literal colours, and the xmlns a file needs. */
  css?: string;
  /**
   * For files read away from the site (downloads, the no-script snippet): each mark's presentation
   * attributes (fill, stroke …) in place of its classes. No <style> element, which would leak into the
   * page a snippet is pasted into. Implies the xmlns.
   */
  paint?: Paint;
  /**
   * A picture nothing enhances (a state of a stepped story): one image named by `title`, with no focus
   * stops or per-mark labels. Its summary, beside it, says what it shows.
   */
  still?: boolean;
}

/** Presentation attributes for one mark, e.g. `{ fill: '#2d6aa3' }`. */
export type Paint = (mark: Mark) => Record<string, string | number | undefined>;

export function renderSvg(
  spec: ChartSpec,
  { title, label, describedBy, className, css, paint, still = false }: RenderOptions,
): string {
  const focusable = { first: true };
  const interactive = !paint && !still;
  const groups = interactive ? groupsOf(spec) : undefined;
  const parts: string[] = [];
  // Consecutive decorative marks are grouped and hidden from assistive technology: the table carries the
  // data for screen readers, and focusable marks carry their own labels.
  let decorative: string[] = [];
  const flush = () => {
    if (decorative.length) parts.push(`<g aria-hidden="true">${decorative.join('')}</g>`);
    decorative = [];
  };
  // Focusable marks of one group (a year, a route) sit in a named group, which a screen reader can skip
  // whole; decorative marks drawn among them stay where they are in the drawing order.
  let open: string | undefined;
  const close = () => {
    flush();
    if (open !== undefined) parts.push('</g>');
    open = undefined;
  };
  for (const mark of spec.marks) {
    const group = mark.row === undefined ? undefined : groups?.get(mark.row);
    const svg = renderMark(mark, spec, focusable, paint, still, group !== undefined);
    if (mark.row === undefined || still) decorative.push(svg);
    else {
      if (group !== open) {
        close();
        if (group !== undefined) parts.push(`<g${attrs({ role: 'group', 'aria-label': spokenText(group) })}>`);
        open = group;
      }
      flush();
      parts.push(svg);
    }
  }
  close();
  const root = attrs({
    xmlns: css || paint ? 'http://www.w3.org/2000/svg' : undefined,
    viewBox: `0 0 ${spec.width} ${spec.height}`,
    width: spec.width,
    height: spec.height,
    class: ['chart-svg', `chart-${spec.kind}`, className].filter(Boolean).join(' '),
    role: still ? 'img' : 'group',
    'aria-label': interactive && label ? label : title,
    'aria-describedby': interactive ? describedBy : undefined,
    'font-size': spec.fontSize,
  });
  const style = css ? `<style>${css}</style>` : '';
  return `<svg${root}>${style}${parts.join('')}</svg>`;
}
