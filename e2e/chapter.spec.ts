// Accessibility of this page, in both schemes and widths, is checked with every other page in a11y.spec.ts.
import { expect, test } from '@playwright/test';

const chapter = '/the-announcement/';
const chart = '#chart-arrivals-by-year';

test('the chapter loads with its title, prose and chart', async ({ page }) => {
  await page.goto(chapter);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The announcement');
  await expect(page.locator(chart)).toBeVisible();
  await expect(page.locator(`${chart} .chart-summary`)).toContainText(/a high of [\d,]+ in 2022/);
});

test('draws one bar per data row, with heights in proportion to the values', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(chapter);
  const rows = page.locator(`${chart} tbody tr`);
  const bars = page.locator(`${chart} .chart-frame--wide [data-row]`);
  const count = await rows.count();
  expect(count).toBe(8);
  await expect(bars).toHaveCount(count);
  const values = (await rows.locator('td').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
  const heights = await bars.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  // Scale from the tallest bar; allow one pixel for coordinate rounding.
  const tallest = values.indexOf(Math.max(...values));
  const ratio = (heights[tallest] ?? 0) / (values[tallest] ?? 1);
  values.forEach((value, i) => expect(Math.abs((heights[i] ?? 0) - value * ratio)).toBeLessThanOrEqual(1));
});

test('shows the table row in a tooltip on hover and on keyboard focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(chapter);
  const figure = page.locator(chart);
  const tooltip = figure.locator('.chart-tooltip');
  const rowText = async (i: number) =>
    (await figure.locator('tbody tr').nth(i).locator('th, td').allTextContents()).map((t) => t.trim());
  const tooltipText = async () => (await tooltip.locator('dd').allTextContents()).map((t) => t.trim());

  await figure.locator('.chart-frame--wide [data-row="4"]').hover();
  await expect(tooltip).toBeVisible();
  expect(await tooltipText()).toEqual(await rowText(4));

  // Keyboard: the chart is one Tab stop; arrows move between bars; Escape hides the tooltip, then leaves.
  await figure.locator('.chart-frame--wide [data-row="0"]').focus();
  await expect(tooltip).toBeVisible();
  expect(await tooltipText()).toEqual(await rowText(0));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await tooltipText()).toEqual(await rowText(2));
  await expect(figure.locator('.chart-frame--wide [data-row="2"]')).toBeFocused();
  await page.keyboard.press('End');
  expect(await tooltipText()).toEqual(await rowText(7));
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(figure.locator('.chart-frame--wide [data-row="7"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(figure).toBeFocused();
});

test('reaches the chart with the Tab key alone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(chapter);
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const inChart = await page.evaluate(() => document.activeElement?.closest('.chart-frame') !== null);
    if (inChart) break;
  }
  await expect(page.locator(`${chart} .chart-frame--wide [data-row="0"]`)).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chart, its summary, table and source are all there', async ({ page }) => {
    await page.goto(chapter);
    const figure = page.locator(chart);
    await expect(figure.locator('.chart-frame--wide svg [data-row]')).toHaveCount(8);
    await expect(figure.locator('.chart-summary')).not.toBeEmpty();
    await expect(figure.locator('table tbody tr')).toHaveCount(8);
    await expect(figure.locator('.chart-source')).toContainText('Home Office');
  });
});

test('switches to the compact layout in a narrow column, legible at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(chapter);
  const compact = page.locator(`${chart} .chart-frame--compact svg`);
  await expect(compact).toBeVisible();
  await expect(page.locator(`${chart} .chart-frame--wide svg`)).toBeHidden();
  const smallest = await compact.evaluate((svg) =>
    Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height)),
  );
  // A text box's height is about 1.15× its font size: 12 px text is at least 13.5 px tall.
  expect(smallest).toBeGreaterThanOrEqual(13.5);
});

// The colour-scheme control is tested in theme.spec.ts.
