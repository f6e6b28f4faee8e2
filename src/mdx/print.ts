/**
 * The components a chapter renders with in /print/, where every chapter shares one page. A chapter's
 * sections sit one level lower, under the chapter's own title (an h2), and their ids get the chapter's id in
 * front (printSectionId), so two chapters' sections of the same name do not clash; the chapter's own links
 * to its sections ("#a-decade-of-money-for-france") follow them. The compiled chapter is the same for both
 * editions, so this is done as it renders: MDX hands each Markdown heading and link to the component named
 * for its element, with the props the Markdown processor gave it (a heading's `id`, a link's `href`).
 */
import { jsx, type AstroVNode } from 'astro/jsx-runtime';
import { printSectionId } from '../lib/edition.ts';

/** A section heading as Astro's render() lists a chapter's: its depth (`##` is 2) and its id. */
export interface SectionHeading {
  depth: number;
  slug: string;
}

type Props = Record<string, unknown>;
/** A component MDX can be handed for an element: props in, Astro's JSX element out. */
type ElementComponent = (props: Props) => AstroVNode;
const sectionLevels = [2, 3, 4, 5, 6] as const;

/**
 * What a chapter's print components add to the web edition's (src/mdx/index.ts): its sections' headings
 * and the links to them, moved.
 */
export function printSections(chapter: string, headings: readonly SectionHeading[]): Record<string, ElementComponent> {
  const sections = new Set(headings.filter((h) => h.depth >= 2).map((h) => h.slug));
  // `{ ...props, id }` keeps each attribute where the processor put it: the page reads as on the web.
  const heading = (depth: (typeof sectionLevels)[number]) => (props: Props) =>
    jsx(`h${Math.min(depth + 1, 6)}`, {
      ...props,
      ...(typeof props['id'] === 'string' ? { id: printSectionId(chapter, props['id']) } : {}),
    });
  const link = (props: Props) => {
    const target = typeof props['href'] === 'string' && /^#(.+)$/.exec(props['href'])?.[1];
    return jsx('a', target && sections.has(target) ? { ...props, href: `#${printSectionId(chapter, target)}` } : props);
  };
  return {
    ...Object.fromEntries(sectionLevels.map((depth) => [`h${depth}`, heading(depth)])),
    a: link,
  };
}
