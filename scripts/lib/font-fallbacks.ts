/**
 * Metric-matched fallback fonts, so that swapping in the web font when it arrives moves nothing.
 *
 * The body font is not preloaded (it would compete with the page for the first round trips); text is
 * painted at once in a local font whose size and vertical metrics are scaled to the web font's
 * (size-adjust, ascent/descent/line-gap overrides), so lines keep their height and, near enough, their
 * length. The numbers come from libraries, not from hand: the web font's metrics are read from the very
 * file we serve (@capsizecss/unpack), each local font's from @capsizecss/metrics, and Capsize's
 * createFontStack turns them into @font-face rules.
 *
 * The stylesheet reaches pages as a virtual CSS module (`import 'virtual:crossings/font-fallbacks.css'`),
 * bundled with the rest of the site's CSS.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import roboto from '@capsizecss/metrics/roboto';
import { fromFile } from '@capsizecss/unpack/fs';
import type { Plugin } from 'vite';

/** The family name the web font's own stylesheet (@fontsource-variable) declares. */
export const webFontFamily = 'Atkinson Hyperlegible Next Variable';

const fontPackage = '@fontsource-variable/atkinson-hyperlegible-next';

/**
 * The web font's own @font-face rules (subsets and unicode ranges as its package declares them), with one
 * change: font-display: optional rather than swap. A font that is not there for the first paint is not
 * swapped in later, on this page: the next page, with the font in the cache, paints in it from the start.
 * Even a metric-matched fallback wraps some lines differently, so a late swap would still move text.
 */
export function webFontCss(display: 'optional' | 'block' = 'optional'): string {
  const css = readFileSync(createRequire(import.meta.url).resolve(`${fontPackage}/wght.css`), 'utf8');
  if (!/font-display:\s*swap/.test(css)) throw new Error(`${fontPackage}/wght.css: no font-display: swap to replace`);
  return css
    .replace(/font-display:\s*swap/g, `font-display: ${display}`)
    .replace(/url\(\.\/files\//g, `url(${fontPackage}/files/`);
}

/** The file whose metrics the fallbacks match: the latin subset, which every page uses. */
export const webFontFile = createRequire(import.meta.url).resolve(
  '@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2',
);

/**
 * Local fonts to scale, in order of preference; a reader's browser uses the first it has.
 * Arial (Windows, macOS, iOS); Liberation Sans, the metric-compatible Arial substitute (same advance widths
 * and vertical metrics by design) that Linux systems carry instead, under Arial's metrics; Roboto (Android).
 */
export const localFallbacks = [
  arial,
  { ...arial, familyName: 'Liberation Sans', fullName: 'Liberation Sans', postscriptName: 'LiberationSans' },
  roboto,
];

export const virtualId = 'virtual:crossings/font-fallbacks.css';

/**
 * The same @font-face rules with font-display: block, for the print edition alone. It is printed to
 * crossings.pdf (and read on paper), not raced to a first paint: it must wait for the web font, or the PDF
 * would embed the fallback. Declared after the page's own rules, these win for the same faces.
 */
export const printVirtualId = 'virtual:crossings/web-font-print.css';

/**
 * The web font's @font-face rules, the fallbacks', and --font-body with the fallbacks in place of the plain
 * system fonts of tokens.css (this stylesheet comes after it, and so wins).
 */
export async function fontFallbackCss(): Promise<string> {
  const metrics = await fromFile(webFontFile);
  const { fontFamily, fontFaces } = createFontStack([{ ...metrics, familyName: webFontFamily }, ...localFallbacks]);
  // createFontStack gives the web font, each scaled fallback, then the local fonts themselves.
  const scaled = fontFamily
    .split(/,\s*/)
    .filter((family) => / Fallback: /.test(family))
    .join(', ');
  return `${webFontCss()}\n${fontFaces}\n:root { --font-body: '${webFontFamily}', ${scaled}, sans-serif; }\n`;
}

/** A Vite plugin that serves the stylesheet above as a virtual CSS module. */
export function fontFallbacks(): Plugin {
  const resolved = `\0${virtualId}`;
  const printResolved = `\0${printVirtualId}`;
  return {
    name: 'crossings-font-fallbacks',
    resolveId: (id) => (id === virtualId ? resolved : id === printVirtualId ? printResolved : undefined),
    load: (id) => (id === resolved ? fontFallbackCss() : id === printResolved ? webFontCss('block') : undefined),
  };
}
