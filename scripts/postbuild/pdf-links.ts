/**
 * Where each of the print edition's links leads in crossings.pdf. A PDF is read away from the site, so a
 * link to a page the edition holds itself (a chapter, a section of one, a source, a glossary term) leads
 * to that place in the edition; a link to another page of the site (what has changed, the data files)
 * stays only when the build knows the public address (CROSSINGS_SITE), and otherwise loses its address,
 * keeping its words: a local build's address worked only on the machine that built it.
 */
import { printSectionId } from '../../src/lib/edition.ts';

/** A link's new target: an in-edition `#id`, `undefined` to keep it as it is, or `null` to remove it. */
export type LinkTarget = string | null | undefined;

export interface EditionLinks {
  /** The site's own pages as path below the base (`the-money/`, `sources/`), and the link's fragment. */
  path: string;
  hash: string;
}

/**
 * The target in the edition of a link to one of the site's own pages, given the ids the edition has
 * (`has`); `public` says whether the build named the public site.
 */
export function editionTarget(link: EditionLinks, has: (id: string) => boolean, isPublic: boolean): LinkTarget {
  const { path, hash } = link;
  const fragment = hash.replace(/^#/, '');
  const inEdition = (...ids: string[]) => ids.find((id) => id !== '' && has(id));
  let target: string | undefined;
  if (path === 'print/') target = inEdition(fragment);
  else if (path === 'sources/') target = inEdition(fragment, 'appendix-sources');
  else if (path === 'glossary/') {
    target = inEdition(fragment.replace(/^term-/, 'glossary-'), 'appendix-glossary');
  } else {
    const chapter = /^([a-z0-9-]+)\/$/.exec(path)?.[1];
    if (chapter !== undefined && has(`chapter-${chapter}`)) {
      // A chart keeps its id in the edition; a section's gets the chapter's in front (printSectionId). Notes
      // are numbered otherwise in the edition, so a link to a chapter's note leads to the chapter.
      const chart = fragment.startsWith('chart-') ? fragment : '';
      target = inEdition(fragment && printSectionId(chapter, fragment), chart, `chapter-${chapter}`);
    }
  }
  if (target !== undefined) return `#${target}`;
  return isPublic ? undefined : null;
}

/**
 * The new target of every link in the page to the site's own pages (`origin` and `base`), by the link's
 * address as the page resolved it: links elsewhere are left out, as are those kept as they are.
 */
export function editionLinkTargets(
  hrefs: readonly string[],
  ids: ReadonlySet<string>,
  options: { origin: string; base: string; isPublic: boolean },
): Map<string, string | null> {
  const targets = new Map<string, string | null>();
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== options.origin || !url.pathname.startsWith(options.base)) continue;
    const path = decodeURIComponent(url.pathname.slice(options.base.length));
    const target = editionTarget({ path, hash: url.hash }, (id) => ids.has(id), options.isPublic);
    if (target !== undefined) targets.set(href, target);
  }
  return targets;
}
