/**
 * content/changes.yaml: what has changed on the site since it was first published, so that a reader who
 * cited an earlier version can see what is different. Each entry is dated and is either a `correction`
 * (something we had wrong) or an `update` (newer figures, or news since). The "What has changed" page
 * lists them newest first.
 *
 * Optional as a file (no changes yet: an empty list). Every problem names file, line and field. Other tools
 * (the importer of new figures) append entries of kind `update` in the same shape.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { typedNumbers } from '../typed-numbers.ts';
import type { Dataset } from './datasets.ts';
import type { ContentLocation } from './errors.ts';
import { id, isoDate } from './fields.ts';
import type { Figure } from './figures.ts';
import type { Reader } from './reader.ts';
import { fieldName, type YamlFile } from './yaml-file.ts';

export const changeKinds = ['correction', 'update'] as const;

/** One figure's value before and after a revision of its dataset cell. */
export const revisionSchema = z.strictObject({
  /** The dataset's id (content/data/<dataset>.csv). */
  dataset: id,
  /** The row's key, as a string. */
  key: z.coerce.string({ error: 'is the row’s key' }),
  column: z.string().min(1),
  /** null where the cell was empty before (or is empty now): no figure was given. */
  old: z.union([z.number(), z.string(), z.null()], { error: 'must be the value before the change' }),
  new: z.union([z.number(), z.string(), z.null()], { error: 'must be the value after the change' }),
});

export const changeSchema = z.strictObject({
  /** The day the change was published on the site. */
  date: isoDate,
  kind: z.enum(changeKinds, { error: `must be one of: ${changeKinds.join(', ')}` }),
  /** What changed, in a line. */
  title: z.string().min(1),
  /**
   * Each change a reader would need to know of, one plain-English sentence (or a few) each. Prose rules
   * apply: no number typed by hand; cite a figure as <Num id="…"/>. A bold lead-in (`**…**`) may start it.
   */
  items: z.array(z.string().min(1)).min(1, 'needs at least one item: what changed'),
  /** For revised figures: each dataset cell, its old value and its new one. */
  revisions: z.array(revisionSchema).optional(),
});

export type Revision = z.output<typeof revisionSchema>;

export interface Change extends z.output<typeof changeSchema> {
  /** `change-2026-12-04`, or `change-2026-12-04-2` for a second entry that day: the entry's anchor on the page (an id starts with a letter). */
  id: string;
}

/** An item's text, cut into what a page renders: words, bold words, and cited figures. */
export type Segment = { text: string; strong?: boolean } | { figure: string };

const numTag = /<Num\s+id=["']([^"']+)["']\s*\/>/g;

export function segments(item: string): Segment[] {
  const out: Segment[] = [];
  const lead = /^\*\*([\s\S]+?)\*\*/.exec(item);
  if (lead?.[1]) out.push(...inline(lead[1], true));
  out.push(...inline(lead ? item.slice(lead[0].length) : item, false));
  return out;
}

function inline(text: string, strong: boolean): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(numTag)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), ...(strong ? { strong } : {}) });
    out.push({ figure: m[1] ?? '' });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), ...(strong ? { strong } : {}) });
  return out;
}

/** Where entry `index` keeps `path` (`[0].items[1]`, `[0].revisions[0].key`): file, line and field. */
function where(yaml: YamlFile, ...path: PropertyKey[]): ContentLocation {
  const line = yaml.lineOf(path);
  return { file: yaml.file, ...(line ? { line } : {}), field: fieldName(path) };
}

/** An item cites known figures only, types no number by hand, and uses no tag but <Num>. */
function checkItem(reader: Reader, figures: ReadonlyMap<string, Figure>, item: string, at: ContentLocation): void {
  for (const m of item.matchAll(numTag)) {
    const figure = m[1] ?? '';
    if (!figures.has(figure)) reader.report(at, `unknown figure id "${figure}" (see content/figures.yaml)`);
  }
  const words = item.replace(numTag, ' ');
  for (const found of typedNumbers(words)) {
    reader.report(
      at,
      `has a number typed by hand, ${found}: cite the figure with <Num id="…"/> (dates and years may be typed)`,
    );
  }
  const stray = /<(?!Num\b)[A-Za-z][^>]*>/.exec(words);
  if (stray) reader.report(at, `${stray[0]}: an item may cite figures with <Num> only`);
}

/** A revision points at a dataset, a column of it and a row of it that are all there. */
function checkRevision(
  reader: Reader,
  datasets: ReadonlyMap<string, Dataset>,
  revision: Revision,
  at: (field: string) => ContentLocation,
): void {
  const dataset = datasets.get(revision.dataset);
  if (!dataset) {
    reader.report(at('dataset'), `unknown dataset "${revision.dataset}"`);
    return;
  }
  const columns = Object.keys(dataset.meta.columns);
  if (!columns.includes(revision.column)) {
    reader.report(
      at('column'),
      `"${revision.column}" is not a column of dataset "${revision.dataset}" (columns: ${columns.join(', ')})`,
    );
  } else if (!dataset.rows.some((row) => String(row[dataset.meta.key]) === revision.key)) {
    reader.report(at('key'), `dataset "${revision.dataset}" has no row whose key is "${revision.key}"`);
  }
}

/**
 * The entries of content/changes.yaml (absent: none yet), each checked against the figures and datasets,
 * in the file's order; `newestFirst` orders them for the page.
 */
export function loadChanges(
  reader: Reader,
  figures: ReadonlyMap<string, Figure>,
  datasets: ReadonlyMap<string, Dataset>,
): Change[] {
  const path = reader.path('changes.yaml');
  const yaml = existsSync(path) ? reader.readYaml(path) : undefined;
  if (!yaml) return [];
  if (!Array.isArray(yaml.data)) {
    reader.report({ file: yaml.file, line: 1 }, 'must be a YAML list (each entry starting with "- date: YYYY-MM-DD")');
    return [];
  }
  const changes: Change[] = [];
  const perDay = new Map<string, number>();
  yaml.data.forEach((entry: unknown, index: number) => {
    const value = reader.entry<z.output<typeof changeSchema>>(yaml, changeSchema, entry, index);
    if (!value) return;
    value.items.forEach((item, i) => checkItem(reader, figures, item, where(yaml, index, 'items', i)));
    value.revisions?.forEach((revision, i) =>
      checkRevision(reader, datasets, revision, (field) => where(yaml, index, 'revisions', i, field)),
    );
    const n = (perDay.get(value.date) ?? 0) + 1;
    perDay.set(value.date, n);
    changes.push({ ...value, id: n === 1 ? `change-${value.date}` : `change-${value.date}-${n}` });
  });
  return changes;
}

/** Newest first; entries of one day keep the file's order. */
export function newestFirst(changes: readonly Change[]): Change[] {
  return changes
    .map((change, i) => ({ change, i }))
    .sort((a, b) => (a.change.date < b.change.date ? 1 : a.change.date > b.change.date ? -1 : a.i - b.i))
    .map(({ change }) => change);
}
