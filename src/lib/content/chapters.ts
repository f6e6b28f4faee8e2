/**
 * content/chapters/*.mdx: each chapter's frontmatter, and every component it uses, read from the tree the
 * build parses (./chapter-tree.ts) and checked (./chapter-checks.ts). The citations, in document order,
 * are what notes and figures are numbered from.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import { checkUse, type Citable, type ChapterWalk } from './chapter-checks.ts';
import { ChapterSyntaxError, componentUses, frontmatterOf, parseChapter, type TreeNode } from './chapter-tree.ts';
import { typedDatedWords } from './dated-checks.ts';
import { ContentError } from './errors.ts';
import { isoDate } from './fields.ts';
import type { Reader } from './reader.ts';
import { parseYaml, validateYaml, type YamlFile } from './yaml-file.ts';

export const chapterSchema = z.strictObject({
  title: z.string().min(1),
  order: z.number().int().positive(),
  summary: z.string().min(1),
  updated: isoDate,
});
export type ChapterMeta = z.output<typeof chapterSchema>;

export interface Chapter {
  id: string;
  file: string;
  meta: ChapterMeta;
  /** Ids cited by the chapter's components, in order of first appearance. */
  uses: ChapterWalk['uses'];
  /** Every citing component in document order: footnotes are numbered from this, not from render order. */
  refs: ChapterWalk['refs'];
}

/** `03-the-money.mdx` → `the-money`: the number orders files for authors; the URL stays stable if it changes. */
export function chapterId(fileName: string): string {
  return fileName.replace(/\.mdx$/, '').replace(/^\d+-/, '');
}

/** Every chapter, in the order its frontmatter gives. */
export function loadChapters(reader: Reader, citable: Citable): Chapter[] {
  const chapters: Chapter[] = [];
  const dir = reader.path('chapters');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
  const orders = new Map<number, string>();
  const steps = new Map<string, string>();
  for (const name of files.sort()) {
    const file = reader.rel(reader.path('chapters', name));
    const tree = readTree(reader, file, readFileSync(reader.path('chapters', name), 'utf8'));
    const meta = tree && readMeta(reader, file, tree);
    if (!tree || !meta) continue;
    const clash = orders.get(meta.order);
    if (clash) reader.report({ file, field: 'order' }, `order ${meta.order} is also used by ${clash}`);
    orders.set(meta.order, file);
    const walk: ChapterWalk = {
      file,
      uses: { figures: [], charts: [], sources: [], quotes: [], terms: [] },
      refs: [],
      termLines: new Map(),
      steps,
      report: reader.report,
    };
    for (const use of componentUses(tree)) checkUse(use, walk, citable);
    typedDatedWords(tree, file, citable.dated, reader.report);
    chapters.push({ id: chapterId(name), file, meta, uses: walk.uses, refs: walk.refs });
  }
  return chapters.sort((a, b) => a.meta.order - b.meta.order);
}

function readTree(reader: Reader, file: string, text: string): TreeNode | undefined {
  try {
    return parseChapter(text);
  } catch (error) {
    if (!(error instanceof ChapterSyntaxError)) throw error;
    reader.report({ file, ...(error.line ? { line: error.line } : {}) }, `is not valid MDX: ${error.message}`);
    return undefined;
  }
}

function readMeta(reader: Reader, file: string, tree: TreeNode): ChapterMeta | undefined {
  const frontmatter = frontmatterOf(tree);
  if (!frontmatter) {
    reader.report({ file, line: 1 }, 'needs frontmatter between --- lines (title, order, summary, updated)');
    return undefined;
  }
  let yaml: YamlFile;
  try {
    // The frontmatter's first line is the one after its opening ---: offset the reported lines.
    const parsed = parseYaml(file, frontmatter.text);
    yaml = {
      ...parsed,
      lineOf: (path) => {
        const line = parsed.lineOf(path);
        return line === undefined ? undefined : line + frontmatter.line;
      },
    };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    reader.errors.push(error);
    return undefined;
  }
  const { value, errors } = validateYaml(yaml, chapterSchema);
  reader.errors.push(...errors);
  return value;
}
