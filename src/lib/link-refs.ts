/**
 * Link targets for paper: every link to another site in a page's main content gets a number (`data-ref`),
 * which print styles show after the link text as "[3]", and the page ends with a print-only list of the
 * numbered addresses. A long address is never printed inline, and the same address keeps one number.
 *
 * Every page goes through here, MDX or not (the sources and glossary pages are plain Astro), so this reads
 * the rendered HTML with a real HTML parser (htmlparser2, as scripts/lib/html.ts does) rather than a plugin
 * for the Markdown processor: a link is an `a` element the parser found, never text that looks like one in
 * a comment, a script or an attribute's value, and the contents of a `<template>` are not the page's.
 * The HTML is then changed only by adding ` data-ref="n"` at the end of each numbered link's start tag,
 * where the parser says it ends: everything else stays byte for byte as Astro wrote it.
 *
 * A link marked `data-no-ref` (in a part print hides, such as the share panel) takes no number, so the
 * numbers on paper run 1, 2, 3 with none missing.
 */
import { Parser } from 'htmlparser2';

export interface LinkRefs {
  /** The HTML with `data-ref="n"` on each numbered link. */
  html: string;
  /** Addresses in number order (as the parser read them: entities decoded). */
  refs: string[];
}

interface FoundLink {
  /** The offset of the `>` that ends its start tag. */
  tagEnd: number;
  url: string;
  text: string;
}

/** Links to another site in the HTML, in document order, outside any `<template>`. */
function externalLinks(html: string): FoundLink[] {
  const links: FoundLink[] = [];
  let open: FoundLink | undefined;
  let templates = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'template') templates += 1;
        const url = attribs['href'];
        if (name !== 'a' || templates > 0 || url === undefined || !/^https?:\/\/./.test(url)) return;
        if ('data-no-ref' in attribs) return;
        open = { tagEnd: parser.endIndex, url, text: '' };
        links.push(open);
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (name === 'template') templates -= 1;
        if (name === 'a') open = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return links;
}

export function numberLinks(html: string): LinkRefs {
  const refs: string[] = [];
  const parts: string[] = [];
  let from = 0;
  for (const link of externalLinks(html)) {
    // A link whose text is its own address is already printed in full.
    if (link.text.trim() === link.url) continue;
    let n = refs.indexOf(link.url) + 1;
    if (n === 0) n = refs.push(link.url);
    parts.push(html.slice(from, link.tagEnd), ` data-ref="${n}"`);
    from = link.tagEnd;
  }
  parts.push(html.slice(from));
  return { html: parts.join(''), refs };
}
