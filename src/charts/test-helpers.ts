/**
 * Checks every chart kind's tests share: no NaN or Infinity anywhere, and every mark inside the frame.
 * Used by the property-based tests, which throw random datasets at each kind.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseCsv } from '../lib/content/csv.ts';
import { chartSchema, datasetMetaSchema, type ChartEntry } from '../lib/content/schemas.ts';
import type { Dataset } from '../lib/content/load.ts';
import { textBox as estimatedBox, type TextBox } from './text.ts';
import { expect } from 'vitest';
import { renderSvg } from './render.ts';
import { frames, narrowestShown } from './types.ts';
import type { ChartSpec, Frame, Mark } from './types.ts';

function numbersOf(mark: Mark): number[] {
  switch (mark.type) {
    case 'rect':
      return [mark.x, mark.y, mark.width, mark.height];
    case 'circle':
      return [mark.cx, mark.cy, mark.r];
    case 'line':
      return [mark.x1, mark.y1, mark.x2, mark.y2];
    case 'text':
      return [mark.x, mark.y];
    case 'path':
      return (mark.d.match(/-?\d+(\.\d+)?(e[-+]?\d+)?|NaN|Infinity/g) ?? []).map(Number);
  }
}

/** Problems with a spec, as sentences; an empty list means the spec is sound. */
export function specProblems(spec: ChartSpec): string[] {
  const problems: string[] = [];
  const text = JSON.stringify(spec);
  if (/NaN|Infinity/.test(text)) problems.push('NaN or Infinity in the spec');
  if (!(spec.width > 0 && spec.height > 0)) problems.push(`bad size ${spec.width}×${spec.height}`);
  const slack = 0.5;
  spec.marks.forEach((mark, i) => {
    const values = numbersOf(mark);
    if (values.some((v) => !Number.isFinite(v))) problems.push(`mark ${i} has a non-finite number`);
    const [a = 0, b = 0, c = 0, d = 0] = values;
    const inside = (x: number, y: number) =>
      x >= -slack && x <= spec.width + slack && y >= -slack && y <= spec.height + slack;
    if (mark.type === 'rect') {
      if (c < 0 || d < 0) problems.push(`mark ${i} has a negative size`);
      if (!inside(a, b) || !inside(a + c, b + d)) problems.push(`rect ${i} leaves the frame`);
    } else if (mark.type === 'circle') {
      if (!inside(a - c, b - c) || !inside(a + c, b + c)) problems.push(`circle ${i} leaves the frame`);
    } else if (mark.type === 'line') {
      if (!inside(a, b) || !inside(c, d)) problems.push(`line ${i} leaves the frame`);
    } else if (mark.type === 'text') {
      if (!inside(a, b)) problems.push(`text ${i} is anchored outside the frame`);
    }
    if (mark.row !== undefined && (mark.row < 0 || mark.row >= spec.table.rows.length)) {
      problems.push(`mark ${i} points at table row ${mark.row}, which does not exist`);
    }
  });
  return problems;
}

/** A text mark's estimated box, with its text for messages: the same estimate the layouts use. */
function textBox(mark: Extract<Mark, { type: 'text' }>, fontSize: number): TextBox & { text: string } {
  return { ...estimatedBox(mark, fontSize), text: mark.text };
}

/** Pairs of text marks whose estimated boxes overlap: labels a reader could not tell apart. */
export function labelOverlaps(spec: ChartSpec): string[] {
  const boxes = spec.marks.flatMap((m) => (m.type === 'text' ? [textBox(m, spec.fontSize)] : []));
  const clashes: string[] = [];
  boxes.forEach((a, i) => {
    boxes.slice(i + 1).forEach((b) => {
      const overlap =
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      if (overlap) clashes.push(`"${a.text}" overlaps "${b.text}"`);
    });
  });
  return clashes;
}

/** Text marks that would render smaller than 12 px at the narrowest width the layout is shown at. */
export function tinyText(spec: ChartSpec, shownAtLeast: number): string[] {
  const scale = shownAtLeast / spec.width;
  return spec.marks.flatMap((m) =>
    m.type === 'text' && spec.fontSize * (m.scale ?? 1) * scale < 12 ? [`"${m.text}" renders below 12 px`] : [],
  );
}

/**
 * A chart entry and its dataset from the frozen copies in __fixtures__/ (charts.yaml and data/), read and
 * validated with the schemas the site uses. Tests and golden files draw from these, never from live
 * content: a data correction must not rewrite a golden. The live content is drawn by the browser tests.
 */
export function fixtureChart(id: string): { chart: ChartEntry; dataset: Dataset } {
  const root = new URL('./__fixtures__/', import.meta.url);
  const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
  const entries = parse(read('charts.yaml')) as unknown[];
  const entry = entries.find((e) => (e as { id?: unknown }).id === id);
  if (!entry) throw new Error(`No chart "${id}" in src/charts/__fixtures__/charts.yaml`);
  const chart = chartSchema.parse(entry);
  const meta = datasetMetaSchema.parse(parse(read(`data/${chart.dataset}.yaml`)));
  const file = `src/charts/__fixtures__/data/${chart.dataset}.csv`;
  const { rows, errors } = parseCsv(file, read(`data/${chart.dataset}.csv`), meta.columns);
  if (errors.length > 0) throw new Error(errors.map(String).join('\n'));
  return { chart, dataset: { id: chart.dataset, file, meta, rows } };
}

/** Text marks whose estimated box runs outside the frame (by more than half a unit): cut-off labels. */
export function textOutside(spec: ChartSpec): string[] {
  return spec.marks.flatMap((m) => {
    if (m.type !== 'text') return [];
    const box = textBox(m, spec.fontSize);
    const inside =
      box.left >= -0.5 && box.right <= spec.width + 0.5 && box.top >= -0.5 && box.bottom <= spec.height + 0.5;
    return inside ? [] : [`"${m.text}" runs outside the frame`];
  });
}

/**
 * Everything that makes a layout hard to read, in one list: unsound marks, overlapping labels, text cut
 * off, and text under 12 px at the narrowest width the layout is shown at.
 */
export function legibilityProblems(spec: ChartSpec, layout: keyof typeof narrowestShown): string[] {
  return [
    ...specProblems(spec),
    ...labelOverlaps(spec),
    ...textOutside(spec),
    ...tinyText(spec, narrowestShown[layout]),
  ];
}

/** An SVG as stored in a golden file: one element a line, so a reviewed diff shows what moved. */
export function goldenSvg(svg: string): string {
  return svg.replaceAll('><', '>\n<');
}

/**
 * Checks each frame (and each view, where given) against its golden file,
 * `__snapshots__/<prefix>[-<view>]-<frame>.svg`. Golden files are only ever rewritten by
 * UPDATE_GOLDENS=1 (vitest.config.ts): a missing or changed one fails here.
 */
export async function expectGoldens(
  prefix: string,
  title: string,
  draw: (frame: Frame, view?: string) => ChartSpec,
  views: readonly (string | undefined)[] = [undefined],
): Promise<void> {
  for (const view of views) {
    for (const [name, frame] of Object.entries(frames)) {
      const svg = renderSvg(draw(frame, view), { title });
      const file = [prefix, view, name].filter(Boolean).join('-');
      await expect(goldenSvg(svg)).toMatchFileSnapshot(`__snapshots__/${file}.svg`);
    }
  }
}

/** legibilityProblems for a spec drawn for `frame`: what every property test asks of any dataset. */
export function frameProblems(spec: ChartSpec, frame: Frame): string[] {
  return legibilityProblems(spec, frame.compact ? 'compact' : 'wide');
}

/** The words a spec draws, in drawing order. */
export function textsOf(spec: ChartSpec): string[] {
  return spec.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
}
