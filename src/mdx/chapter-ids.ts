/**
 * A Markdown plugin: every <Num>, <Source>, <Quote>, <Chart> and <Guess> in a chapter is told which chapter it is in,
 * as a `chapter` prop added at compile time. A component then numbers its own note and figure from
 * (chapter, edition) alone, so several chapters can render on one page (/print/) with no page-level state:
 * Astro renders sibling components concurrently. Written for Astro's Markdown processor (Sätteri): a
 * visitor per mdast node type, changing nodes through its context.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
// Types only: the node shapes of Astro's Markdown processor (a dependency of @astrojs/markdown-satteri).
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';

interface VisitorContext {
  readonly fileURL: URL | undefined;
}

type Element = Readonly<MdxJsxFlowElement> | Readonly<MdxJsxTextElement>;

/** The id content.config.ts gives a chapter: its file name without the order prefix and extension. */
export function chapterIdOf(path: string): string {
  return basename(path)
    .replace(/\.mdx$/, '')
    .replace(/^\d+-/, '');
}

const tagged = new Set(['Num', 'Source', 'Quote', 'Chart', 'Guess']);

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
    const named = node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'chapter');
    if (!chapter || !tagged.has(node.name ?? '') || named) return undefined;
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
