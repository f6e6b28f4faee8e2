import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chapterPaths, fileOf } from './site.ts';

test('“What has changed” lists corrections and updates newest first, each dated', async ({ page }) => {
  await page.goto('/changes/');
  await expect(page.getByRole('heading', { level: 1, name: 'What has changed' })).toBeVisible();
  const dates = await page
    .locator('section.change time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(dates.length).toBeGreaterThan(1);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates).toContain('2026-12-04');
  // Every entry says what it changed, item by item.
  for (const section of await page.locator('section.change').all()) {
    await expect(section.locator('h2')).not.toBeEmpty();
    expect(await section.locator('li').count()).toBeGreaterThan(0);
  }
});

test('every chapter and the print edition link to “What has changed”', () => {
  const paths = [...chapterPaths(), '/print/'];
  expect(paths.length).toBeGreaterThan(1);
  for (const path of paths) expect(readFileSync(fileOf(path), 'utf8'), path).toMatch(/href="[^"]*\/changes\/"/);
});
