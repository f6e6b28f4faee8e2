/**
 * The two editions a chapter renders in: `web` (its own page) and `print` (/print/, the whole explainer on
 * one page, the source of crossings.pdf). Notes and figures are numbered per chapter on the web and
 * through the edition in print, so that on one page no number or anchor clashes.
 */
export type Edition = 'web' | 'print';

export const printPath = '/print/';

/**
 * In print every chapter shares one page, and two chapters may have a section of the same name: a section
 * heading's id there has its chapter's id in front (`the-money--the-staff`), so no anchor clashes.
 */
export function printSectionId(chapter: string, section: string): string {
  return `${chapter}--${section}`;
}

/**
 * The edition a page is in reaches its components through one context, never from its address: the page
 * sets `Astro.locals.edition` before anything renders (src/pages/print.astro sets `print`), and a component
 * reads it with `editionIn(Astro.locals)`. A page that sets nothing is the web edition. Constant for the
 * whole page. A leaf module, so the build scripts can read these constants outside Astro.
 */
export function editionIn(locals: { edition?: Edition | undefined }): Edition {
  return locals.edition ?? 'web';
}

export const pdfPath = '/crossings.pdf';

/** Written into pages at build time, replaced with "(PDF, 40 pages, 1.2 MB)" once the PDF exists. */
export const pdfDetailsPlaceholder = '(PDF, pages and size to come)';
