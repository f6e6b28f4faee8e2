import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { chapterPaths } from './site.ts';

const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; title: string }[];

test('the sources page lists every source', async ({ page }) => {
  expect(sources.length, 'content/sources.yaml lists sources').toBeGreaterThan(0);
  await page.goto('/sources/');
  for (const source of sources) {
    await expect(page.locator(`#source-${source.id}`)).toContainText(source.title);
  }
});

test('every note and source link in a chapter resolves', async ({ page }) => {
  // Counted over the whole site, so that selectors which no longer match anything fail rather than pass
  // by checking nothing.
  let inPage = 0;
  let toSources = 0;
  expect(chapterPaths().length, 'chapter pages found').toBeGreaterThan(0);
  for (const path of chapterPaths()) {
    await page.goto(path);
    const hrefs = await page
      .locator('.num-note a, .notes a, .chart-source a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs.filter((h) => h.startsWith('#'))) {
      inPage += 1;
      await expect(page.locator(href), `${path} → ${href}`).toHaveCount(1);
    }
    const sourceIds = hrefs.filter((h) => h.startsWith('/sources/#')).map((h) => h.split('#')[1]);
    toSources += sourceIds.length;
    for (const id of sourceIds)
      expect(
        sources.map((s) => `source-${s.id}`),
        `${path} → ${id}`,
      ).toContain(id);
  }
  expect(inPage, 'links to notes within a chapter (.num-note a, .notes a)').toBeGreaterThan(0);
  expect(toSources, 'links from chapters to the sources page').toBeGreaterThan(0);
});

test('the footer says each chapter and chart gives its own date, and which is the newest', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('footer')).toContainText(
    /Each chapter and chart gives the date its newest figures were published; the newest on this site were published on \d{1,2} \w+ \d{4}/,
  );
});
