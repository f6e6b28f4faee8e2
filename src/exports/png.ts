/**
 * SVG → PNG at build time with resvg, in our own typeface and nothing else: system fonts are never
 * loaded, so the bytes are the same on every machine and from build to build. The font comes from
 * @fontsource (woff2, which resvg cannot read), decompressed to TTF once per build into node_modules/.cache.
 * Static 400 and 700 cuts of Atkinson Hyperlegible Next: resvg draws only the default instance of a
 * variable font, so bold would come out regular. Glyphs the font's latin subset lacks (≥) are drawn from
 * Noto Sans Math, named explicitly because resvg's own fallback is unreliable.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const family = 'Atkinson Hyperlegible Next';
const fallbackFamily = 'Noto Sans Math';
const fontFiles = [
  '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff2',
  '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-normal.woff2',
  '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2',
];

let fonts: Promise<string[]> | undefined;

/** TTF copies of the fonts, written once per process. */
function ttfFonts(): Promise<string[]> {
  fonts ??= (async () => {
    const decompress = require('wawoff2/decompress.js') as (input: Uint8Array) => Promise<Uint8Array>;
    const dir = join(process.cwd(), 'node_modules', '.cache', 'crossings-fonts');
    mkdirSync(dir, { recursive: true });
    const out: string[] = [];
    for (const file of fontFiles) {
      const woff2 = readFileSync(require.resolve(file));
      const ttf = join(dir, basename(file, '.woff2') + '.ttf');
      // Rewritten every build from the package's bytes: a stale or truncated copy cannot survive. Written
      // beside and then renamed into place, so a build running at the same time (npm test builds twice at
      // once, sharing node_modules) never reads a half-written font: it did, and drew a chart's ≥ without
      // its glyph in one PNG of two.
      const partial = `${ttf}.${process.pid}.partial`;
      writeFileSync(partial, await decompress(woff2));
      renameSync(partial, ttf);
      out.push(ttf);
    }
    return out;
  })();
  return fonts;
}

let latinRanges: [number, number][] | undefined;

function readRanges(): [number, number][] {
  const file = join(dirname(require.resolve('@fontsource/atkinson-hyperlegible-next/package.json')), 'unicode.json');
  const subsets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  if (!subsets['latin']) throw new Error(`${file}: no latin subset listed`);
  return subsets['latin'].split(',').map((range) => {
    const [lo = '', hi = lo] = range.replace(/U\+/g, '').split('-');
    return [parseInt(lo, 16), parseInt(hi, 16)];
  });
}

/** The code points the font's latin subset covers, from the package's own unicode.json. */
function inFont(codePoint: number): boolean {
  latinRanges ??= readRanges();
  return latinRanges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

/** Wraps characters the font lacks, inside <text> elements only, in a tspan naming the fallback font. */
export function withFallbackGlyphs(svg: string): string {
  return svg.replace(/(<text\b[^>]*>)([^<]*)(<\/text>)/g, (_, open: string, body: string, close: string) => {
    let out = '';
    for (const char of body)
      out += inFont(char.codePointAt(0) ?? 0) ? char : `<tspan font-family="${fallbackFamily}">${char}</tspan>`;
    return `${open}${out}${close}`;
  });
}

/** A PNG of the SVG at `zoom` times its size. */
export async function svgToPng(svg: string, zoom = 2): Promise<{ png: Buffer; width: number; height: number }> {
  const resvg = new Resvg(withFallbackGlyphs(svg), {
    font: { loadSystemFonts: false, fontFiles: await ttfFonts(), defaultFontFamily: family },
    fitTo: { mode: 'zoom', value: zoom },
    logLevel: 'error',
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
