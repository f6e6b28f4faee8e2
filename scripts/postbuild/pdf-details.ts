/**
 * Pages link to crossings.pdf with its page count and size, which exist only once the PDF is printed (from
 * the pages themselves). The build writes a placeholder (src/lib/edition.ts); this fills it in afterwards,
 * in the staging folder, without touching the PDF.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../lib/dist.ts';
import { pdfDetailsPlaceholder } from '../../src/lib/edition.ts';

/** "(PDF, 42 pages, 1.2 MB)": decimal megabytes, as file managers show them. */
export function pdfDetails(pages: number, bytes: number): string {
  const size = bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
  return `(PDF, ${pages} ${pages === 1 ? 'page' : 'pages'}, ${size})`;
}

/** Fills in every page's placeholder; returns the pages changed. Throws if a page that must link has none. */
export function fillPdfDetails(dir: string, pages: number, bytes: number, mustLink: string[]): string[] {
  const details = pdfDetails(pages, bytes);
  const changed: string[] = [];
  for (const page of htmlPages(dir)) {
    const file = join(dir, page.file);
    const html = readFileSync(file, 'utf8');
    if (!html.includes(pdfDetailsPlaceholder)) continue;
    writeFileSync(file, html.replaceAll(pdfDetailsPlaceholder, details));
    changed.push(page.file);
  }
  const missing = mustLink.filter((file) => !changed.includes(file));
  if (missing.length > 0) throw new Error(`no link to crossings.pdf found on ${missing.join(', ')}`);
  return changed;
}
