import { expect, test, type Page } from '@playwright/test';
import { axeBeforeAndAfterReveal, widths } from './axe.ts';

const chapter = '/the-announcement/';
const count = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** The real counts, read from the arrivals chart's own data table (not from the guess). */
async function realCounts(page: Page): Promise<Map<string, number>> {
  const rows = await page
    .locator('#chart-arrivals-by-year tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
  return new Map(rows.map(([year = '', people = '']) => [year, Number(people.replace(/,/g, ''))]));
}

test('the guess works by keyboard alone: each slider moves by the stated steps, and the reveal says how close', async ({
  page,
}) => {
  await page.goto(chapter);
  const guess = page.locator('guess-line');
  const sliders = guess.getByRole('slider');
  await expect(sliders).toHaveCount(5);
  const real = await realCounts(page);
  const start = real.get('2020') ?? NaN;
  // The steps the reader is told.
  const step = count(await guess.locator('.guess-step').textContent());
  const bigStep = count(await guess.locator('.guess-big-step').textContent());
  expect(bigStep).toBe(step * 10);
  const max = Number(await sliders.first().getAttribute('aria-valuemax'));

  // Tab reaches the first slider; it starts at the known year's value.
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    if (await sliders.first().evaluate((el) => el === document.activeElement)) break;
  }
  const first = sliders.first();
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-valuenow', String(start));
  const now = async () => Number(await first.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowUp');
  expect(await now()).toBe(start + step);
  await page.keyboard.press('PageUp');
  expect(await now()).toBe(start + step * 11);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  expect(await now()).toBe(start);
  await page.keyboard.press('End');
  expect(await now()).toBe(max);
  await page.keyboard.press('Home');
  expect(await now()).toBe(0);
  // The value in words, with en-GB grouping.
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(first).toHaveAttribute('aria-valuetext', `2021: ${(step * 30).toLocaleString('en-GB')} people`);

  // Set each later year to a known guess, by keyboard only.
  const guesses = [step * 30];
  for (let i = 1; i < 5; i++) {
    await page.keyboard.press('Tab');
    await expect(sliders.nth(i)).toBeFocused();
    await page.keyboard.press('Home');
    for (let k = 0; k < i + 2; k++) await page.keyboard.press('PageUp');
    guesses.push(step * 10 * (i + 2));
  }
  await page.keyboard.press('Tab');
  await expect(guess.getByRole('button', { name: 'Show me' })).toBeFocused();
  await expect(guess.locator('.guess-layer--answer')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(guess.locator('.guess-layer--answer')).toBeVisible();

  // How close, worked out here from the chart's table.
  const years = ['2021', '2022', '2023', '2024', '2025'];
  const gaps = years.map((y, i) => Math.abs((guesses[i] ?? 0) - (real.get(y) ?? NaN)));
  const mean = Math.round(gaps.reduce((a, b) => a + b, 0) / gaps.length);
  const result = guess.locator('.guess-result');
  await expect(result).toHaveAttribute('aria-live', 'polite');
  await expect(result).toContainText(`each of your guesses was ${mean.toLocaleString('en-GB')} away`);
  const best = years[gaps.indexOf(Math.min(...gaps))] ?? '';
  await expect(result).toContainText(
    `closest for ${best} (you guessed ${(guesses[years.indexOf(best)] ?? 0).toLocaleString('en-GB')}; the Home Office counted ${(real.get(best) ?? 0).toLocaleString('en-GB')})`,
  );
});

test('the guess works by pointer: dragging across the chart sets each year to the value under the pointer', async ({
  page,
}) => {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(chapter);
    const guess = page.locator('guess-line');
    await guess.locator('.guess-chart').scrollIntoViewIfNeeded();
    // Aim at the 40,000 gridline's label, as a reader would.
    const label = guess.locator('.guess-layer--question text', { hasText: /^40,000$/ });
    const labelBox = await label.boundingBox();
    const chartBox = await guess.locator('.guess-chart').boundingBox();
    const first = await guess.getByRole('slider').first().boundingBox();
    if (!labelBox || !chartBox || !first) throw new Error('the guess chart is not laid out');
    const y = labelBox.y + labelBox.height / 2;
    await page.mouse.move(first.x + first.width / 2, y);
    await page.mouse.down();
    for (let x = first.x + first.width / 2; x <= chartBox.x + chartBox.width; x += 8) await page.mouse.move(x, y);
    await page.mouse.up();
    const values = await guess
      .getByRole('slider')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-valuenow'))));
    expect(values).toEqual([40000, 40000, 40000, 40000, 40000]);
    // The drawn line follows: each slider sits on the gridline.
    for (const box of await guess
      .getByRole('slider')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))) {
      expect(Math.abs(box.y + box.height / 2 - y)).toBeLessThanOrEqual(2);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('only the question shows, before the chart', async ({ page }) => {
    await page.goto(chapter);
    await expect(page.locator('.guess-question')).toBeVisible();
    await expect(page.locator('.guess-question')).toContainText('Before you look');
    await expect(page.locator('guess-line')).toBeHidden();
    await expect(page.locator('#chart-arrivals-by-year .chart-summary')).toBeVisible();
  });
});

test('in print, only the question shows', async ({ page }) => {
  await page.goto(chapter);
  await expect(page.locator('guess-line')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('guess-line')).toBeHidden();
  await expect(page.locator('.guess-question')).toBeVisible();
});

axeBeforeAndAfterReveal(chapter, 'guess-line');
