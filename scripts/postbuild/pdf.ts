/**
 * crossings.pdf: the print edition (/print/) printed by Chromium, after the site is built, from the
 * staging folder. Tagged (a structure tree for screen readers) and with an outline
 * (bookmarks from the headings). Chromium stamps every PDF with the time and a random document id; those
 * are replaced with fixed values (dates from the content's "figures as of" date), so the same content
 * gives the same bytes. Then XMP metadata (title, language, licence, dates) and the page furniture marked
 * as artifacts (./pdf-tagged.ts).
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, type FoundBrowser } from '../lib/browser.ts';
import { stripBase } from '../lib/base.ts';
import { destinationPages } from './pdf-destinations.ts';
import { editionLinkTargets } from './pdf-links.ts';
import { fixPdfMetadata, renumberStructureIds, type PdfMetadata } from './pdf-metadata.ts';
import { finishTaggedPdf } from './pdf-tagged.ts';
import { licences } from '../../src/lib/site.ts';

export interface PdfResult {
  pages: number;
  bytes: number;
}

/**
 * The page is opened at the site's address (CROSSINGS_SITE, else the local preview's), with every request
 * answered from the staging folder. A request to any other host is refused. Links to pages the edition
 * holds lead within it; links to other pages of the site lead there only when `isPublic` (./pdf-links.ts).
 */
export async function makePdf(
  dir: string,
  options: { browser: FoundBrowser; site: string; isPublic: boolean; base: string; metadata: PdfMetadata },
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
    await pointLinksIntoEdition(page, { origin, base: options.base, isPublic: options.isPublic });
    // Then the whole page is laid out afresh. The first layout ran while faces were still loading, and on a
    // busy machine a piece of text could keep the font metrics of that moment: a number in a sentence
    // (<span class="num">) was printed 0.656 px off its line's baseline in one build of two, moving one Tm
    // in the PDF (the same text, the same fonts, both builds' HTML identical). Taking the page out of
    // layout and putting it back makes every box again, with every face loaded. No DOM node is added, so
    // the tagged PDF's structure ids are unchanged.
    await page.evaluate(() => {
      const root = document.documentElement;
      root.style.setProperty('display', 'none');
      void root.getBoundingClientRect();
      root.removeAttribute('style');
      void root.getBoundingClientRect();
    });
    const language = await page.evaluate(() => document.documentElement.lang);
    const raw = await printWithPageNumbers(page);
    const pdf = fixPdfMetadata(renumberStructureIds(raw), options.metadata);
    // XMP metadata, and the running heads and page numbers marked as artifacts (./pdf-tagged.ts).
    const { bytes } = finishTaggedPdf(pdf.bytes, {
      title: options.metadata.title,
      description: options.metadata.subject,
      creator: options.metadata.author,
      language,
      licence: licences.content,
      date: options.metadata.date,
    });
    writeFileSync(join(dir, 'crossings.pdf'), bytes);
    return { pages: pdf.pages, bytes: bytes.length };
  } finally {
    await browser.close();
  }
}

/** Every link to the site's own pages leads within the edition, or keeps only its words (./pdf-links.ts). */
async function pointLinksIntoEdition(
  page: Page,
  options: { origin: string; base: string; isPublic: boolean },
): Promise<void> {
  const { hrefs, ids } = await page.evaluate(() => ({
    hrefs: [...new Set([...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href))],
    ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
  }));
  const targets = [...editionLinkTargets(hrefs, new Set(ids), options)];
  // Attributes only: no node is added or removed, so the tagged PDF's structure is made as before.
  await page.evaluate((list) => {
    const targets = new Map(list);
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const target = targets.get(a.href);
      if (target === null) a.removeAttribute('href');
      else if (target !== undefined) a.setAttribute('href', target);
    }
  }, targets);
}

const print = (page: Page) => page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true });

/**
 * The contents and the list of figures give the page each entry starts on. Chromium has no
 * target-counter(), so the page is printed twice: the first print says where each entry's target landed
 * (the PDF's named destinations: ./pdf-destinations.ts), the numbers are written into the entries' empty
 * `data-page-of` spans, and the page is printed again. Before the first print each span holds a stand-in,
 * so both prints lay the entries out alike (print.css gives the numbers a column of fixed width); the
 * second print is read back too, and printed again should any target have moved.
 */
async function printWithPageNumbers(page: Page): Promise<Uint8Array> {
  const targets = await page.evaluate(() => {
    const spans = [...document.querySelectorAll<HTMLElement>('[data-page-of]')];
    for (const span of spans) span.textContent = '0';
    return [...new Set(spans.map((span) => span.dataset['pageOf'] ?? ''))];
  });
  let pdf = await print(page);
  for (let attempt = 1; ; attempt++) {
    const pages = destinationPages(pdf);
    const missing = targets.filter((id) => !pages.has(id));
    if (missing.length > 0) throw new Error(`the PDF has no page for #${missing.join(', #')}`);
    const numbers = Object.fromEntries(targets.map((id) => [id, pages.get(id) ?? 0]));
    const changed = await page.evaluate((numbers) => {
      let changed = false;
      for (const span of document.querySelectorAll<HTMLElement>('[data-page-of]')) {
        const number = String(numbers[span.dataset['pageOf'] ?? ''] ?? '');
        if (span.textContent !== number) changed = true;
        span.textContent = number;
      }
      return changed;
    }, numbers);
    if (!changed) return pdf;
    if (attempt === 3) throw new Error("the contents' page numbers still moved after three prints");
    pdf = await print(page);
  }
}
