import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { typedNumbers } from '../src/lib/typed-numbers.ts';

/** Every chapter page in the built sitemap (chapters are the pages with an <article class="prose">). */
const pages = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => new URL(m[1] ?? '').pathname,
);

test('no number in chapter prose is typed by hand', async ({ page }) => {
  const problems: string[] = [];
  let chapters = 0;
  for (const path of pages) {
    await page.goto(path);
    const article = page.locator('article.prose');
    if ((await article.count()) === 0) continue;
    chapters += 1;
    // Set aside what comes from data or is not prose: <Num> output and its caveat, notes, charts, quotes'
    // attributions, and the chapter's own meta lines (its number and updated date).
    const text = await article.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll('script, style, .num, .num-note, .num-caveat, .notes, figure.chart, .quote figcaption, .meta')
        .forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    for (const found of typedNumbers(text)) problems.push(`${path}: ${found}`);
  }
  expect(chapters).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
