/**
 * content/changes.yaml: what has changed on the site since it was first published, so that a reader who
 * cited an earlier version can see what is different. Each entry is dated and is either a `correction`
 * (something we had wrong) or an `update` (newer figures, or news since). The "What has changed" page
 * lists them newest first.
 *
 * One loader for one concept: `loadChanges` reads and checks the file on its own and returns its problems,
 * each naming file, line and field; load.ts only composes it. Other tools (the importer of new figures)
 * append entries of kind `update` in the same shape.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { typedNumbers } from '../typed-numbers.ts';
import { ContentError } from './errors.ts';
import { fieldName, parseYaml, validateYaml, type YamlFile } from './yaml-file.ts';
import { id, isoDate } from './schemas.ts';

export const changeKinds = ['correction', 'update'] as const;

/** One figure's value before and after a revision of its dataset cell. */
export const revisionSchema = z.strictObject({
  /** The dataset's id (content/data/<dataset>.csv). */
  dataset: id,
  /** The row's key, as a string. */
  key: z.coerce.string({ error: 'is the row’s key' }),
  column: z.string().min(1),
  old: z.union([z.number(), z.string()], { error: 'must be the value before the change' }),
  new: z.union([z.number(), z.string()], { error: 'must be the value after the change' }),
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

/** What the checks need to know of the rest of the content. */
export interface ChangeContext {
  figures: ReadonlySet<string>;
  datasets: ReadonlyMap<string, { columns: readonly string[]; keys: ReadonlySet<string> }>;
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

/**
 * Reads `path` (absent: no changes yet) and checks every entry. `file` is the path to name in messages.
 * Entries come back in the file's order; `newestFirst` orders them for the page.
 */
export function loadChanges(
  path: string,
  file: string,
  context: ChangeContext,
): { changes: Change[]; errors: ContentError[] } {
  if (!existsSync(path)) return { changes: [], errors: [] };
  let yaml: YamlFile;
  try {
    yaml = parseYaml(file, readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof ContentError) return { changes: [], errors: [error] };
    throw error;
  }
  if (!Array.isArray(yaml.data)) {
    const problem = 'must be a YAML list (each entry starting with "- date: YYYY-MM-DD")';
    return { changes: [], errors: [new ContentError({ file, line: 1 }, problem)] };
  }
  const errors: ContentError[] = [];
  const changes: Change[] = [];
  const perDay = new Map<string, number>();
  const where = (...path: PropertyKey[]) => {
    const line = yaml.lineOf(path);
    return { file, ...(line ? { line } : {}), field: fieldName(path) };
  };
  yaml.data.forEach((entry: unknown, index: number) => {
    const { value, errors: entryErrors } = validateYaml(yaml, changeSchema, entry, [index]);
    errors.push(...entryErrors);
    if (!value) return;
    value.items.forEach((item, i) => {
      for (const m of item.matchAll(numTag)) {
        const figure = m[1] ?? '';
        if (!context.figures.has(figure)) {
          errors.push(
            new ContentError(where(index, 'items', i), `unknown figure id "${figure}" (see content/figures.yaml)`),
          );
        }
      }
      const words = item.replace(numTag, ' ');
      for (const found of typedNumbers(words)) {
        errors.push(
          new ContentError(
            where(index, 'items', i),
            `has a number typed by hand, ${found}: cite the figure with <Num id="…"/> (dates and years may be typed)`,
          ),
        );
      }
      const stray = /<(?!Num\b)[A-Za-z][^>]*>/.exec(words);
      if (stray) {
        errors.push(
          new ContentError(where(index, 'items', i), `${stray[0]}: an item may cite figures with <Num> only`),
        );
      }
    });
    value.revisions?.forEach((revision, i) => {
      const dataset = context.datasets.get(revision.dataset);
      if (!dataset) {
        errors.push(new ContentError(where(index, 'revisions', i, 'dataset'), `unknown dataset "${revision.dataset}"`));
      } else if (!dataset.columns.includes(revision.column)) {
        errors.push(
          new ContentError(
            where(index, 'revisions', i, 'column'),
            `"${revision.column}" is not a column of dataset "${revision.dataset}" (columns: ${dataset.columns.join(', ')})`,
          ),
        );
      } else if (!dataset.keys.has(revision.key)) {
        errors.push(
          new ContentError(
            where(index, 'revisions', i, 'key'),
            `dataset "${revision.dataset}" has no row whose key is "${revision.key}"`,
          ),
        );
      }
    });
    const n = (perDay.get(value.date) ?? 0) + 1;
    perDay.set(value.date, n);
    changes.push({ ...value, id: n === 1 ? `change-${value.date}` : `change-${value.date}-${n}` });
  });
  return { changes, errors };
}

/** Newest first; entries of one day keep the file's order. */
export function newestFirst(changes: readonly Change[]): Change[] {
  return changes
    .map((change, i) => ({ change, i }))
    .sort((a, b) => (a.change.date < b.change.date ? 1 : a.change.date > b.change.date ? -1 : a.i - b.i))
    .map(({ change }) => change);
}
