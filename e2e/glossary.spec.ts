import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, schemes, widths } from './axe.ts';

const chapter = '/the-announcement/';

/** The first term marked in the chapter, and the definition it opens. */
function firstTerm(page: Page) {
  const term = page.locator('article button.term').first();
  return { term, popover: page.locator('article .term-popover').first() };
}

test('a term opens its definition with Enter, closes with Escape, and focus returns to it', async ({ page }) => {
  await page.goto(chapter);
  const { term, popover } = firstTerm(page);
  await expect(popover).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  expect(await popover.evaluate((el) => el.matches(':popover-open'))).toBe(true);
  // The definition is our own words, with a link to the glossary entry.
  const id = await term.getAttribute('data-term');
  await expect(popover.getByRole('link', { name: 'In the glossary' })).toHaveAttribute('href', `/glossary/#term-${id}`);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(term).toBeFocused();

  // Into the definition with Tab (the browser puts it next to its button), then out again with Escape.
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(popover.getByRole('link', { name: 'In the glossary' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(term).toBeFocused();
});

test('a click or tap opens the definition beside the word, inside the screen', async ({ page }) => {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(chapter);
    const { term, popover } = firstTerm(page);
    await term.click();
    await expect(popover).toBeVisible();
    const box = await popover.boundingBox();
    const word = await term.boundingBox();
    expect(box && word).toBeTruthy();
    if (!box || !word) return;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    // Just below (or above) the word, not somewhere else on the screen.
    const gap = Math.min(Math.abs(box.y - (word.y + word.height)), Math.abs(word.y - (box.y + box.height)));
    expect(gap).toBeLessThan(16);
  }
});

test('the glossary page has every term the chapters link to, each with its anchor', async ({ page }) => {
  await page.goto(chapter);
  const ids = await page
    .locator('article button.term')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-term')));
  expect(ids.length).toBeGreaterThan(0);
  await page.goto('/glossary/');
  for (const id of ids) await expect(page.locator(`#term-${id} h2`)).toBeVisible();
  // And each entry leads back to where the chapter uses the term.
  const back = page.locator(`#term-${ids[0]} a[href="${chapter}#term-${ids[0]}"]`);
  await expect(back).toHaveCount(1);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 360, height: 800 } });

  test('a tap opens the definition', async ({ page }) => {
    await page.goto(chapter);
    const { term, popover } = firstTerm(page);
    await term.tap();
    await expect(popover).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the definition still opens, from the popover attribute alone', async ({ page }) => {
    await page.goto(chapter);
    const { term, popover } = firstTerm(page);
    await term.click();
    await expect(popover).toBeVisible();
  });
});

for (const scheme of schemes) {
  for (const width of widths) {
    test(`axe with a definition open (${scheme}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(chapter);
      const { term, popover } = firstTerm(page);
      await term.click();
      await expect(popover).toBeVisible();
      // The open definition; the page as it loads is checked whole by a11y.spec.ts.
      await expectNoAxeViolations(page, `${chapter} with a definition open (${scheme}, ${width} px)`, {
        scheme,
        include: `#${await popover.getAttribute('id')}`,
      });
    });
  }
}
