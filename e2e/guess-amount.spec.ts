import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeBeforeAndAfterReveal, widths } from './axe.ts';

const chapter = '/the-money/';

/** "£150m" → 150000000, "£4.7bn" → 4700000000, "£0" → 0: pounds as the site writes them. */
function pounds(text: string | null): number {
  const m = /£([\d,.]+)(m|bn)?/.exec(text ?? '');
  if (!m) throw new Error(`not an amount in pounds: ${text}`);
  return Number((m[1] ?? '').replace(/,/g, '')) * (m[2] === 'bn' ? 1e9 : m[2] === 'm' ? 1e6 : 1);
}
const written = (value: number) =>
  value >= 1e6 ? `£${(value / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 2 })}m` : `£${value}`;

/** The real figures, read from the chapter's own prose numbers (drawn from content/figures.yaml), not from the guess. */
async function realFigures(page: Page): Promise<{ part: number; whole: number }> {
  const read = async (id: string) => pounds(await page.locator(`.num[data-figure="${id}"]`).first().textContent());
  return { part: await read('bsc-new-money'), whole: await read('bsc-funding-total') };
}

async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
}

test('the amount guess works by keyboard alone: the stated steps, Home and End, and the reveal says how close', async ({
  page,
}) => {
  await page.goto(chapter);
  const guess = page.locator('guess-amount');
  const slider = guess.getByRole('slider', { name: 'Your guess of the new money' });
  await expect(slider).toHaveCount(1);
  const { part, whole } = await realFigures(page);
  // The steps the reader is told, in words.
  const step = pounds(await guess.locator('.guess-step').textContent());
  const bigStep = pounds(await guess.locator('.guess-big-step').textContent());
  expect(step).toBeGreaterThan(0);
  expect(bigStep).toBe(step * 10);
  await expect(slider).toHaveAttribute('aria-valuemin', '0');
  await expect(slider).toHaveAttribute('aria-valuemax', String(whole));

  await tabTo(page, slider);
  await expect(slider).toBeFocused();
  const now = async () => Number(await slider.getAttribute('aria-valuenow'));
  expect(await now()).toBe(0);
  await expect(slider).toHaveAttribute('aria-valuetext', '£0');
  await page.keyboard.press('ArrowRight');
  expect(await now()).toBe(step);
  await page.keyboard.press('ArrowUp');
  expect(await now()).toBe(step * 2);
  await page.keyboard.press('PageUp');
  expect(await now()).toBe(step * 12);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  expect(await now()).toBe(0);
  await page.keyboard.press('ArrowLeft');
  expect(await now()).toBe(0);
  await page.keyboard.press('End');
  expect(await now()).toBe(whole);
  await page.keyboard.press('ArrowRight');
  expect(await now()).toBe(whole);
  await page.keyboard.press('Home');
  expect(await now()).toBe(0);

  // A guess a big step above the real part (or below it, where that would pass the whole).
  const mine = part + bigStep <= whole ? Math.ceil((part + bigStep) / step) * step : 0;
  for (let i = 0; i < mine / step; i++) await page.keyboard.press('ArrowRight');
  expect(await now()).toBe(mine);
  await expect(slider).toHaveAttribute('aria-valuetext', written(mine));
  await expect(guess.locator('.guess-amount-now')).toHaveText(written(mine));

  await page.keyboard.press('Tab');
  const reveal = guess.getByRole('button', { name: 'Show me' });
  await expect(reveal).toBeFocused();
  await expect(guess.locator('.guess-layer--answer')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(guess.locator('.guess-layer--answer')).toBeVisible();

  const result = guess.locator('.guess-result');
  await expect(result).toHaveAttribute('aria-live', 'polite');
  const gap = Math.abs(mine - part);
  await expect(result).toContainText(
    `You guessed ${written(mine)}; the new money was ${written(part)}, ${part * 2 === whole ? 'half' : ''}`,
  );
  await expect(result).toContainText(
    `of the ${written(whole)}: your guess was ${written(gap)} too ${mine > part ? 'high' : 'low'}.`,
  );
  // The real split is named with its amounts, in the drawing. A long name may wrap onto a second line of
  // the drawing (a text element of its own), so the words are read line by line, joined with a space.
  const answerWords = () =>
    guess
      .locator('.guess-layer--answer text')
      .allTextContents()
      .then((lines) => lines.map((l) => l.trim()).join(' '));
  await expect.poll(answerWords).toContain(`New money: ${written(part)}`);
  await expect.poll(answerWords).toContain(`Moved from another budget: ${written(whole - part)}`);
  // Once shown, the guess is closed.
  await slider.focus();
  await page.keyboard.press('Home');
  expect(await now()).toBe(mine);
});

test('the amount guess works by pointer: dragging along the bar sets the amount under the pointer', async ({
  page,
}) => {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(chapter);
    const guess = page.locator('guess-amount');
    await guess.locator('.guess-chart').scrollIntoViewIfNeeded();
    // Aim at a round amount's label under the bar, as a reader would.
    const labels = guess.locator('.guess-layer--question text', { hasText: /^£/ });
    const texts = await labels.allTextContents();
    const whole = pounds(texts.at(-1) ?? null);
    const target = texts.map(pounds).find((v) => v > 0 && v < whole) ?? whole;
    const zero = await labels.first().boundingBox();
    const aim = await labels.nth(texts.findIndex((t) => pounds(t) === target)).boundingBox();
    const bar = await guess.locator('.guess-layer--question rect').first().boundingBox();
    if (!zero || !aim || !bar) throw new Error('the guess is not laid out');
    const y = bar.y + bar.height / 2;
    const to = aim.x + aim.width / 2;
    await page.mouse.move(zero.x + zero.width / 2, y);
    await page.mouse.down();
    for (let x = zero.x + zero.width / 2; x < to; x += 6) await page.mouse.move(x, y);
    await page.mouse.move(to, y);
    await page.mouse.up();
    const slider = guess.getByRole('slider');
    await expect(slider).toHaveAttribute('aria-valuenow', String(target));
    await expect(slider).toBeFocused();
    // The handle follows, onto the label's tick.
    const handle = await slider.boundingBox();
    expect(Math.abs((handle?.x ?? 0) + (handle?.width ?? 0) / 2 - to)).toBeLessThanOrEqual(2);
  }
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a thumb that scrolls the page up over the bar leaves the guess alone; a tap sets it', async ({ page }) => {
    await page.goto(chapter);
    const guess = page.locator('guess-amount');
    await guess.locator('.guess-chart').scrollIntoViewIfNeeded();
    const slider = guess.getByRole('slider');
    await expect(slider).toHaveAttribute('aria-valuenow', '0');
    const bar = await guess.locator('.guess-layer--question rect').first().boundingBox();
    if (!bar) throw new Error('the guess is not laid out');
    const x = bar.x + bar.width * 0.6;
    const y = bar.y + bar.height / 2;
    // A vertical swipe starting on the bar, as real touch events: the page scrolls, the guess stays.
    const cdp = await page.context().newCDPSession(page);
    const before = await page.evaluate(() => scrollY);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let dy = 10; dy <= 150; dy += 10) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - dy }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
    await expect(slider).toHaveAttribute('aria-valuenow', '0');
    // A tap on the bar sets the guess where it lands.
    const now = await guess.locator('.guess-layer--question rect').first().boundingBox();
    if (!now) throw new Error('the guess is not laid out');
    await page.touchscreen.tap(now.x + now.width * 0.6, now.y + now.height / 2);
    await expect.poll(async () => Number(await slider.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('only the question shows', async ({ page }) => {
    await page.goto(chapter);
    const question = page.locator('.guess-question', { hasText: 'new money?' });
    await expect(question).toBeVisible();
    await expect(question).toContainText('Before you look');
    await expect(page.locator('guess-amount')).toBeHidden();
    await expect(page.getByRole('slider')).toHaveCount(0);
  });
});

test('in print, only the question shows: no slider', async ({ page }) => {
  await page.goto(chapter);
  const slider = page.locator('guess-amount').getByRole('slider');
  await expect(slider).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(slider).toBeHidden();
  await expect(page.locator('guess-amount')).toBeHidden();
  await expect(page.locator('.guess-question', { hasText: 'new money?' })).toBeVisible();
});

axeBeforeAndAfterReveal(chapter, 'guess-amount');
