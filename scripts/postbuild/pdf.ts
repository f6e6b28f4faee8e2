/**
 * crossings.pdf: the print edition (/print/) printed by Chromium, after the site is built, from the
 * staging folder served on a free port. Tagged (a structure tree for screen readers) and with an outline
 * (bookmarks from the headings). Chromium stamps every PDF with the time and a random document id; those
 * are replaced with fixed values (dates from the content's "figures as of" date), so the same content
 * gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumArgs, type FoundBrowser } from '../browser.ts';
import { serve } from '../serve.ts';
import { fixPdfMetadata, type PdfMetadata } from './pdf-metadata.ts';

export interface PdfResult {
  pages: number;
  bytes: number;
}

export async function makePdf(
  dir: string,
  options: { browser: FoundBrowser; base: string; metadata: PdfMetadata },
): Promise<PdfResult> {
  const server = await serve(dir, 0);
  const browser = await chromium.launch({ executablePath: options.browser.path, args: chromiumArgs });
  try {
    // No service worker: the PDF is printed from the files just built, never from a cache.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const { port } = server.address() as AddressInfo;
    const response = await page.goto(`http://127.0.0.1:${port}${options.base}print/`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`the print edition answered ${response?.status() ?? 'nothing'}`);
    await page.evaluate(() => document.fonts.ready);
    const raw = await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true });
    const pdf = fixPdfMetadata(raw, options.metadata);
    writeFileSync(join(dir, 'crossings.pdf'), pdf.bytes);
    return { pages: pdf.pages, bytes: pdf.bytes.length };
  } finally {
    await browser.close();
    server.close();
  }
}
