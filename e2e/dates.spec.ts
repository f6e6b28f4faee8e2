/**
 * Dates a reader can trust: each chapter's top gives the date its text changed and the date its newest
 * figures were published; each chart gives its newest figures' date; a chart title names the day its data
 * runs to from the data. Every expected date is read from content/, never from the clock.
 */
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { kindRegistry } from '../src/charts/kinds/index.ts';
import { onDate } from '../src/lib/content/dates.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { formatDate } from '../src/lib/format.ts';

const content = loadContent({ contentDir: resolve(import.meta.dirname, '..', 'content'), kinds: kindRegistry });

test('every chapter says at its top when its text changed and when its newest figures were published', async ({
  page,
}) => {
  for (const chapter of content.chapters) {
    await page.goto(`/${chapter.id}/`);
    const dates = page.locator('article.prose > .chapter-dates');
    await expect(dates, chapter.id).toContainText(`Text updated ${formatDate(chapter.meta.updated)}.`);
    if (chapter.figuresTo === undefined) await expect(dates, chapter.id).not.toContainText('Newest figures');
    else await expect(dates, chapter.id).toContainText(`Newest figures published ${onDate(chapter.figuresTo)}.`);
    // Near the top: before the first section heading.
    const [datesTop, firstHeading] = await Promise.all([
      dates.evaluate((el) => el.getBoundingClientRect().top),
      page
        .locator('article.prose h2')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(datesTop, chapter.id).toBeLessThan(firstHeading);
  }
  // The chapters do not all share one date: a chapter on older figures says so.
  expect(new Set(content.chapters.map((c) => c.figuresTo)).size).toBeGreaterThan(1);
});

// Each chart's newest figures' date, from its dataset, is checked on its embed page (the figure as its chapter
// shows it, alone) by embed.spec.ts, in the loop that loads every embed page.

test('the deaths chart does not pass off the charities’ undated estimate as dated', async ({ page }) => {
  await page.goto('/the-human-cost/');
  const line = page.locator('.chart-date').filter({ hasText: 'charities’ estimate' });
  await expect(line).toHaveCount(1);
  await expect(line).toContainText('does not record when it was published');
});

test('the year-to-date title names the day its data runs to, from the data', async ({ page }) => {
  const through = content.datasets.get('small-boat-arrivals-year-to-date')?.meta.through;
  expect(through, 'the dataset says the day it runs to').toBeDefined();
  await page.goto('/what-happened-next/');
  const figure = page.locator('#chart-arrivals-year-to-date');
  await expect(figure.locator('.chart-title')).toContainText(`by ${formatDate(through ?? '')} than`);
  await expect(figure.locator('.chart-title')).not.toContainText('{');
  await expect(figure.locator('.chart-subtitle')).toContainText(
    `to ${formatDate(through ?? '').replace(/ \d{4}$/, '')}. Each year from 2018 to ${(through ?? '').slice(0, 4)}`,
  );
});

test('dated claims read true on the date the figures run to', async ({ page }) => {
  await page.goto('/the-case-for-enforcement/');
  // A sentence about November 2024, on a page whose figures run later: Cooper is "the then Home Secretary".
  await expect(page.locator('[data-dated="home-secretary"]').first()).toHaveText(
    'the then Home Secretary, Yvette Cooper',
  );
  await expect(page.locator('[data-dated="prime-minister"]').first()).toHaveText('The Prime Minister, Keir Starmer');
  await page.goto('/what-happened-next/');
  await expect(page.locator('[data-dated="family-reunion"]')).toHaveText('suspended (since 4 September 2025)');
  await expect(page.locator('article.prose')).not.toContainText('family reunion, has been');
});
