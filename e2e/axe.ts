import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, plus axe's best practices: the site promises AA. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export const widths = [360, 1280] as const;
export const schemes = ['light', 'dark'] as const;

/**
 * The axe tests every "guess, then see" takes: the chapter before and after the reveal (a step up on the
 * first slider, then "Show me"), light and dark, phone and desktop. `element` is the guess's custom element.
 */
export function axeBeforeAndAfterReveal(chapter: string, element: string): void {
  for (const scheme of schemes) {
    for (const width of widths) {
      test(`axe before and after the reveal (${scheme}, ${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(chapter);
        const guess = page.locator(element);
        await expect(guess).toBeVisible();
        await expectNoAxeViolations(page, `${chapter} before the reveal (${scheme}, ${width} px)`);
        await guess.getByRole('slider').first().focus();
        await page.keyboard.press('PageUp');
        await guess.getByRole('button', { name: 'Show me' }).click();
        await expect(guess.locator('.guess-result')).not.toBeEmpty();
        await expectNoAxeViolations(page, `${chapter} after the reveal (${scheme}, ${width} px)`);
      });
    }
  }
}
