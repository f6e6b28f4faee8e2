/**
 * A chapter read as the build reads it: parsed by Astro's Markdown processor (Sätteri, the parser
 * @astrojs/markdown-satteri compiles MDX with) into mdast, with MDX's JSX elements as nodes. Validation
 * (./chapters.ts) walks this tree, and the build's own plugin (src/mdx/chapter-ids.ts) reads elements
 * with the same `attributesOf`, so a tag wrapped over lines, written with its attributes in any order, or
 * hidden in a comment or code, means one thing to both.
 */
import { mdxToMdast, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';

/** A JSX element in a chapter: `<Num id="x"/>` in a sentence (text) or on its own lines (flow). */
export type Element = Readonly<MdxJsxFlowElement> | Readonly<MdxJsxTextElement>;

/** The parts of an mdast node the validator reads. */
export interface TreeNode {
  readonly type: string;
  readonly value?: unknown;
  readonly children?: readonly TreeNode[];
  readonly position?: { readonly start: { readonly line: number } } | undefined;
}

/** MDX the parser refuses: the build would fail on it too. */
export class ChapterSyntaxError extends Error {
  /** The line the parser stopped at, where it says. */
  readonly line: number | undefined;

  constructor(line: number | undefined, message: string) {
    super(message);
    this.line = line;
  }
}

/** The chapter's tree, with the features the build compiles MDX with (GFM, smart punctuation, frontmatter). */
export function parseChapter(source: string): TreeNode {
  try {
    return mdxToMdast(source, { features: { gfm: true, smartPunctuation: true, frontmatter: true } }) as TreeNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Sätteri's messages start with the place: "8:20: Expected a closing tag for `<Num>` …".
    const place = /^(\d+):\d+:\s*/.exec(message);
    throw new ChapterSyntaxError(place ? Number(place[1]) : undefined, message.slice(place?.[0].length ?? 0));
  }
}

/** The frontmatter's YAML and the line it starts on (the `---`), or undefined for a chapter without it. */
export function frontmatterOf(tree: TreeNode): { text: string; line: number } | undefined {
  const first = tree.children?.[0];
  if (first?.type !== 'yaml' || typeof first.value !== 'string') return undefined;
  return { text: first.value, line: first.position?.start.line ?? 1 };
}

/** An element's attributes as written: text values, and what cannot be checked (expressions, spreads). */
export interface Attributes {
  /** The name of every attribute written, whatever its form. */
  readonly names: ReadonlySet<string>;
  /** `name="text"` attributes, by name. */
  readonly values: ReadonlyMap<string, string>;
  /** Attributes written in a form the build cannot check before rendering: `id={x}`, `{...props}`, `flag`. */
  readonly unreadable: readonly { name: string | undefined; form: 'expression' | 'spread' | 'bare' }[];
}

export function attributesOf(element: Element): Attributes {
  const values = new Map<string, string>();
  const unreadable: { name: string | undefined; form: 'expression' | 'spread' | 'bare' }[] = [];
  const names = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      unreadable.push({ name: undefined, form: 'spread' });
      continue;
    }
    names.add(attribute.name);
    if (typeof attribute.value === 'string') values.set(attribute.name, attribute.value);
    else unreadable.push({ name: attribute.name, form: attribute.value ? 'expression' : 'bare' });
  }
  return { names, values, unreadable };
}

/** One use of a component in a chapter, where the tree puts it. */
export interface ComponentUse {
  readonly name: string;
  /** The line its opening tag starts on. */
  readonly line: number;
  readonly attributes: Attributes;
  /** The element it sits in, nearest first: undefined at the chapter's top level. */
  readonly parent: string | undefined;
  /** What it holds: its child nodes, as parsed. */
  readonly children: readonly TreeNode[];
}

export const isElement = (node: TreeNode): node is TreeNode & Element =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Every named JSX element, in document order (an element before the elements inside it). Comments and
 * code are nodes of their own, so a tag inside them is not an element and cites nothing.
 */
export function componentUses(tree: TreeNode): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const walk = (node: TreeNode, parent: string | undefined) => {
    let inside = parent;
    if (isElement(node) && node.name) {
      const line = node.position?.start.line ?? 1;
      uses.push({ name: node.name, line, attributes: attributesOf(node), parent, children: node.children ?? [] });
      inside = node.name;
    }
    for (const child of node.children ?? []) walk(child, inside);
  };
  walk(tree, undefined);
  return uses;
}
