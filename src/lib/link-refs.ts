/**
 * Link targets for paper: every link to another site in a page's main content gets a number (`data-ref`),
 * which print styles show after the link text as "[3]", and the page ends with a print-only list of the
 * numbered addresses. A long address is never printed inline, and the same address keeps one number.
 */
export interface LinkRefs {
  /** The HTML with `data-ref="n"` on each numbered link. */
  html: string;
  /** Addresses in number order, as they appear in the HTML (attribute-escaped). */
  refs: string[];
}

// An opening <a> tag with an external href; Astro writes attributes with double quotes.
const externalLink = /<a\b([^>]*?)\shref="(https?:\/\/[^"]+)"([^>]*)>([\s\S]*?)<\/a>/g;

export function numberLinks(html: string): LinkRefs {
  const refs: string[] = [];
  const out = html.replace(externalLink, (whole, before: string, url: string, after: string, text: string) => {
    // A link whose text is its own address is already printed in full.
    if (text.trim() === url) return whole;
    let n = refs.indexOf(url) + 1;
    if (n === 0) n = refs.push(url);
    return `<a${before} href="${url}"${after} data-ref="${n}">${text}</a>`;
  });
  return { html: out, refs };
}
