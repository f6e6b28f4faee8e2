import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { chapterPaths } from './site.ts';

const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; title: string }[];

test('the sources page lists every source', async ({ page }) => {
  await page.goto('/sources/');
  for (const source of sources) {
    await expect(page.locator(`#source-${source.id}`)).toContainText(source.title);
  }
});

test('every note and source link in a chapter resolves', async ({ page }) => {
  for (const path of chapterPaths()) {
    await page.goto(path);
    const hrefs = await page
      .locator('.num-note a, .notes a, .chart-source a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs.filter((h) => h.startsWith('#'))) {
      await expect(page.locator(href), `${path} → ${href}`).toHaveCount(1);
    }
    const sourceIds = hrefs.filter((h) => h.startsWith('/sources/#')).map((h) => h.split('#')[1]);
    for (const id of sourceIds)
      expect(
        sources.map((s) => `source-${s.id}`),
        `${path} → ${id}`,
      ).toContain(id);
  }
});

test('the footer states the date the figures run to', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('footer')).toContainText(/Figures as of \d{1,2} \w+ \d{4}/);
});
