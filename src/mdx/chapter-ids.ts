/**
 * A Markdown plugin: every component that numbers a note or a figure (<Num>, <Source>, <Quote>, <Chart>
 * and <Guess>: `toldChapter` in src/lib/content/components.ts) is told which chapter it is in, as a
 * `chapter` prop added at compile time. A component then numbers its own note and figure from
 * (chapter, edition) alone, so several chapters can render on one page (/print/) with no page-level state:
 * Astro renders sibling components concurrently. Written for Astro's Markdown processor (Sätteri): a
 * visitor per mdast node type, changing nodes through its context. It reads elements as validation does
 * (src/lib/content/chapter-tree.ts), which has already checked every one of them.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { attributesOf, type Element } from '../lib/content/chapter-tree.ts';
import { chapterId } from '../lib/content/chapters.ts';
import { toldTheirChapter } from '../lib/content/components.ts';

interface VisitorContext {
  readonly fileURL: URL | undefined;
}

/** The id content.config.ts gives a chapter: its file name without the order prefix and extension. */
export function chapterIdOf(path: string): string {
  return chapterId(basename(path));
}

/** The chapter a file is, or undefined for MDX outside a `chapters/` folder. */
export function chapterOfFile(fileURL: URL | undefined): string | undefined {
  if (!fileURL || fileURL.protocol !== 'file:') return undefined;
  const path = fileURLToPath(fileURL);
  return /[\\/]chapters[\\/][^\\/]+\.mdx$/.test(path) ? chapterIdOf(path) : undefined;
}

export function chapterIds() {
  /** The element again with a `chapter` attribute, or undefined to leave it as it is. */
  const tag = <N extends Element>(node: N, context: VisitorContext): N | undefined => {
    const chapter = chapterOfFile(context.fileURL);
    const named = attributesOf(node).names.has('chapter');
    if (!chapter || !toldTheirChapter.has(node.name ?? '') || named) return undefined;
    // Sätteri cannot set a JSX element's attributes in place: the visitor returns the element again, with
    // one more attribute. These components take no children.
    return {
      type: node.type,
      name: node.name,
      attributes: [
        ...node.attributes.map((a) => ({ ...a })),
        { type: 'mdxJsxAttribute', name: 'chapter', value: chapter },
      ],
      children: [],
    } as unknown as N;
  };
  return {
    name: 'crossings-chapter-ids',
    mdxJsxFlowElement: (node: Readonly<MdxJsxFlowElement>, context: VisitorContext) => tag(node, context),
    mdxJsxTextElement: (node: Readonly<MdxJsxTextElement>, context: VisitorContext) => tag(node, context),
  };
}
