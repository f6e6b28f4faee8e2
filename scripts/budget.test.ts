import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { budgets, inUnicodeRange, measureSite } from './budget.ts';

/** Text that gzip cannot shrink below `bytes` (seeded: the same every run): base64 of random bytes. */
function incompressible(bytes: number, seed = 1): string {
  const out = Buffer.alloc(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out[i] = x >>> 16;
  }
  return out.toString('base64');
}

let dist = '';
function site(files: Record<string, string | Buffer>): string {
  dist = mkdtempSync(join(tmpdir(), 'budget-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, name)), { recursive: true });
    writeFileSync(join(dist, name), content);
  }
  return dist;
}
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const fontCss =
  '@font-face{font-family:F;src:url(/_astro/latin.woff2)format("woff2");unicode-range:U+??,U+2000-206F}' +
  '@font-face{font-family:F;src:url(/_astro/latin-ext.woff2)format("woff2");unicode-range:U+100-24F}';
const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><title>t</title><link rel="stylesheet" href="/_astro/site.css">${head}</head><body>${body}</body></html>`;
const fonts = {
  '_astro/site.css': fontCss,
  '_astro/latin.woff2': Buffer.alloc(30_000),
  '_astro/latin-ext.woff2': Buffer.alloc(20_000),
};

describe('the size budget', () => {
  test('passes a small site and counts only the font subsets its text uses', () => {
    const report = measureSite(
      site({
        ...fonts,
        'index.html': page('<p>Plain “English” text</p>', '<script src="/app.js"></script>'),
        'app.js': 'console.log(1)',
      }),
    );
    expect(report.failures).toEqual([]);
    const [home] = report.pages;
    expect(home?.fonts).toBe(30_000);
    expect(home?.js).toBeGreaterThan(0);
    expect(home?.total).toBe((home?.html ?? 0) + (home?.css ?? 0) + (home?.js ?? 0) + (home?.fonts ?? 0));
  });

  test('counts preloaded files once, and a preloaded font even if the text does not need it', () => {
    const report = measureSite(
      site({
        ...fonts,
        'index.html': page(
          '<p>Plain</p>',
          '<link rel="preload" href="/_astro/latin.woff2" as="font" type="font/woff2" crossorigin>' +
            '<link rel="preload" href="/_astro/latin-ext.woff2" as="font" type="font/woff2" crossorigin>' +
            '<link rel="modulepreload" href="/m.js">',
        ),
        'm.js': 'export {}',
      }),
    );
    expect(report.pages[0]?.fonts).toBe(50_000);
    expect(report.pages[0]?.files.map((f) => f.file)).toContain('/m.js');
  });

  test('counts an inline stylesheet and script in their columns, and once in the total', () => {
    const style = `<style>${incompressible(3000, 2)}</style>`;
    const script = `<script>${incompressible(2000, 3)}</script>`;
    const report = measureSite(site({ ...fonts, 'index.html': page('<p>Plain</p>', style + script) }));
    const [home] = report.pages;
    expect(home?.css).toBeGreaterThan(3000);
    expect(home?.js).toBeGreaterThan(2000);
    // The HTML already carries both: the total is the HTML, the linked stylesheet and the font.
    const linked = home?.files.find((f) => f.file === '/_astro/site.css')?.bytes ?? 0;
    expect(home?.total).toBe((home?.html ?? 0) + linked + (home?.fonts ?? 0));
  });

  test('counts the latin-ext subset when the text needs it', () => {
    const report = measureSite(site({ ...fonts, 'index.html': page('<p>Łódź</p>') }));
    expect(report.pages[0]?.fonts).toBe(50_000);
  });

  test('fails a chapter page over its JavaScript budget, counting inline scripts and imported modules', () => {
    const report = measureSite(
      site({
        ...fonts,
        'chapter/index.html': page(
          '<p>Text</p>',
          `<script type="module" src="/_astro/a.js"></script><script>${incompressible(5_000, 2)}</script>`,
        ),
        '_astro/a.js': `import{x}from"./b.js";${incompressible(4_000, 3)}`,
        '_astro/b.js': `export const x=1;${incompressible(4_000, 4)}`,
      }),
    );
    expect(report.failures.map((f) => f.what)).toEqual(['/chapter/ JavaScript']);
    expect(report.failures[0]?.bytes).toBeGreaterThan(budgets.pageJs);
    expect(report.failures[0]?.files?.map((f) => f.file)).toContain('/_astro/b.js');
  });

  test('fails a chapter page over its total budget', () => {
    const report = measureSite(site({ ...fonts, 'chapter/index.html': page(`<p>${incompressible(100_000)}</p>`) }));
    expect(report.failures.map((f) => f.what)).toEqual(['/chapter/ total (HTML + CSS + JS + fonts)']);
  });

  test('holds embed pages and the embed host script to their own budgets', () => {
    const report = measureSite(
      site({
        ...fonts,
        'embed/arrivals/index.html': page('<p>Chart</p>', `<script>${incompressible(5_000)}</script>`),
        '_astro/embed-host.abc123.js': incompressible(1_000),
      }),
    );
    expect(report.failures.map((f) => f.what)).toEqual([
      '/embed/arrivals/ JavaScript (embed)',
      '/_astro/embed-host.abc123.js (embed host script)',
    ]);
  });

  test('reads CSS unicode ranges, wildcards included', () => {
    expect(inUnicodeRange(0x41, 'U+??')).toBe(true);
    expect(inUnicodeRange(0x141, 'U+??,U+2000-206F')).toBe(false);
    expect(inUnicodeRange(0x201c, 'U+??,U+2000-206F')).toBe(true);
    expect(inUnicodeRange(0x4ab, 'U+4??')).toBe(true);
  });
});
