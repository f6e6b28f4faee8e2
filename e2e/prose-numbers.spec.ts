import { expect, test } from '@playwright/test';
import { typedNumbers } from '../src/lib/typed-numbers.ts';
import { chapterPaths } from './site.ts';

test('no number in chapter prose is typed by hand', async ({ page }) => {
  const problems: string[] = [];
  let chapters = 0;
  for (const path of chapterPaths()) {
    await page.goto(path);
    const article = page.locator('article.prose');
    chapters += 1;
    // Set aside what comes from data or is not prose: <Num> output and its caveat, notes, charts (a step's too), quotes'
    // attributions, and the chapter's own meta lines (its number and updated date).
    const text = await article.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll(
          'script, style, .num, .num-note, .num-caveat, .notes, figure.chart, figure.step-figure, guess-line, guess-amount, .quote figcaption, .meta',
        )
        .forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    for (const found of typedNumbers(text)) problems.push(`${path}: ${found}`);
  }
  expect(chapters).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
