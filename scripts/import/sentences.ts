/**
 * The sentences of a chapter that cite given figures, for the import's report: what a maintainer must
 * reread when a figure is revised. Read from the chapter's tree as the build parses it (never from its
 * source lines), each figure shown as {its id}, so the sentence reads as written whatever the number.
 */
import { attributesOf, parseChapter, type Element, type TreeNode } from '../../src/lib/content/chapter-tree.ts';

export interface CitingSentence {
  readonly line: number;
  readonly figures: readonly string[];
  readonly text: string;
}

const isElement = (node: TreeNode): node is TreeNode & Element =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A node's words: text as written, each <Num> as {id}, other elements and emphasis by their words. */
function wordsOf(node: TreeNode, cited: string[]): string {
  if (isElement(node) && node.name === 'Num') {
    const id = attributesOf(node).values.get('id') ?? '?';
    cited.push(id);
    return `{${id}}`;
  }
  if (node.type === 'text' || node.type === 'inlineCode') return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map((child) => wordsOf(child, cited)).join('');
}

/** Every sentence (of a paragraph or list item's paragraph) citing one of `figures`, in document order. */
export function sentencesCiting(source: string, figures: ReadonlySet<string>): CitingSentence[] {
  const found: CitingSentence[] = [];
  const walk = (node: TreeNode) => {
    if (node.type === 'paragraph') {
      const text = wordsOf(node, []).replace(/\s+/g, ' ').trim();
      // Sentences end at a full stop, question or exclamation mark followed by a space and a capital (or a
      // bold lead-in), so "36,816." inside a sentence and "e.g. x" do not split it.
      for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z“"*{])/)) {
        const cites = [...sentence.matchAll(/\{([^{}]+)\}/g)].flatMap((m) => (m[1] ? [m[1]] : []));
        const reached = cites.filter((id) => figures.has(id));
        if (reached.length) found.push({ line: node.position?.start.line ?? 1, figures: reached, text: sentence });
      }
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseChapter(source));
  return found;
}
