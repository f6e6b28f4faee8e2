/**
 * crossings.pdf: the print edition (/print/) printed by Chromium, after the site is built, from the
 * staging folder. Tagged (a structure tree for screen readers) and with an outline
 * (bookmarks from the headings). Chromium stamps every PDF with the time and a random document id; those
 * are replaced with fixed values (dates from the content's "figures as of" date), so the same content
 * gives the same bytes.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, type FoundBrowser } from '../browser.ts';
import { stripBase } from '../lib/base.ts';
import { fixPdfMetadata, renumberStructureIds, type PdfMetadata } from './pdf-metadata.ts';

export interface PdfResult {
  pages: number;
  bytes: number;
}

/**
 * The page is opened at the site's public address (CROSSINGS_SITE), with every request answered from the
 * staging folder: links in the PDF then lead to the published site, and no local port ends up in it.
 * A request to any other host is refused.
 */
export async function makePdf(
  dir: string,
  options: { browser: FoundBrowser; site: string; base: string; metadata: PdfMetadata },
): Promise<PdfResult> {
  const root = resolve(dir);
  const origin = new URL(options.site).origin;
  const browser = await chromium.launch({ executablePath: options.browser.path, args: chromiumArgs });
  try {
    // No service worker: the PDF is printed from the files just built, never from a cache.
    // JavaScript off: the PDF is the page as built, nothing a script adds. Scripts that create nodes also shift the
    // numbers Chromium gives the tagged PDF's structure elements, which made two builds' PDFs differ.
    const context = await browser.newContext({ serviceWorkers: 'block', javaScriptEnabled: false });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const path = stripBase(decodeURIComponent(url.pathname), options.base);
      if (url.origin !== origin || path === undefined) return route.abort();
      let file = normalize(join(root, path));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file.startsWith(root) || !existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ path: file });
    });
    const page = await context.newPage();
    // The whole book on one page: on a busy machine its load can pass Playwright's default 30 s. The limit
    // bounds a hang; nothing waits for it.
    page.setDefaultTimeout(300_000);
    const response = await page.goto(`${origin}${options.base}print/`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`the print edition answered ${response?.status() ?? 'nothing'}`);
    // Every face the stylesheets declare, loaded before printing: a face that arrives during the print
    // (a subset a late glyph asks for) would move text by a fraction of a point between two builds.
    await page.evaluate(async () => {
      await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
      await document.fonts.ready;
    });
    const raw = await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true });
    const pdf = fixPdfMetadata(renumberStructureIds(raw), options.metadata);
    writeFileSync(join(dir, 'crossings.pdf'), pdf.bytes);
    return { pages: pdf.pages, bytes: pdf.bytes.length };
  } finally {
    await browser.close();
  }
}
