/// <reference types="astro/client" />

/** Metric-matched fallback fonts, generated at build time (scripts/lib/font-fallbacks.ts). */
declare module 'virtual:crossings/font-fallbacks.css';
declare module 'virtual:crossings/web-font-print.css';

declare namespace App {
  interface Locals {
    /** The page's edition, set by the page before it renders (see editionIn in src/lib/edition.ts). */
    edition?: import('./lib/edition.ts').Edition;
    /** How many times each <Term> has been shown on the page, so each popover gets its own id. */
    termCount?: Map<string, number>;
  }
}
