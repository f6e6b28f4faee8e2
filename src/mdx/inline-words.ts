/**
 * A Markdown plugin: a component whose words are set inline, inside its own sentence (<GuessAmount>'s
 * question follows "Before you look:"), gets them as phrasing content, not wrapped in a paragraph. The MDX
 * parser wraps a tag's words in a paragraph when they sit on lines of their own; this unwraps that one
 * paragraph on the tree, where the component used to strip the `<p>` from its rendered HTML. Words of more
 * than one paragraph are left as they are.
 */
import { defineMdastPlugin } from 'satteri';

/** Components whose children are set inline. */
export const inlineWords: ReadonlySet<string> = new Set(['GuessAmount']);

export function unwrapInlineWords() {
  return defineMdastPlugin({
    name: 'crossings-inline-words',
    paragraph(node, context) {
      const parent = context.parent(node);
      if (parent.type !== 'mdxJsxFlowElement' || parent.children.length !== 1) return;
      if (!inlineWords.has(parent.name ?? '')) return;
      context.replaceNode(node, [...node.children]);
    },
  });
}
