/**
 * The running heads of the print edition: each chapter's pages are a named page (CSS `page`), whose top
 * margin box gives the chapter's number and title; every other page keeps the edition's title from
 * print.css, and the title page has none. Written into /print/ as one stylesheet, allowed by its hash.
 */

/** A CSS string: quotes, backslashes and line ends escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

export interface RunningHead {
  /** The chapter's id: its article is `#chapter-<id>`. */
  id: string;
  /** What its pages carry at the top ("Chapter 2: The money"). */
  head: string;
}

export function runningHeadCss(chapters: readonly RunningHead[]): string {
  return chapters
    .map(({ id, head }) => {
      if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`chapter id "${id}" cannot name a page`);
      return (
        `@media print{#chapter-${id}{page:chapter-${id}}}` +
        // !important: Chromium weighs a named @page no heavier than print.css's @page, which Astro puts
        // after this stylesheet, so the later one would win.
        `@page chapter-${id}{@top-left{content:${cssString(head)} !important}}`
      );
    })
    .join('\n');
}
