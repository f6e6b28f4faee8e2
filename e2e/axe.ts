import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, plus axe's best practices: the site promises AA. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules whose result can change with the colour scheme. Light and dark differ only in colours (the same
 * DOM, the same layout: tokens.css swaps custom properties), so a dark pass runs these alone and every other
 * rule runs once, in the light pass of the same page and width.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

export interface AxeScope {
  /** The scheme the page is emulating: 'dark' runs only the colour rules (see colourRules). */
  scheme?: (typeof schemes)[number];
  /**
   * Only this part of the page (a CSS selector), for a state that changes one part of a page whose whole was
   * already checked as it loads (a11y.spec.ts): a guess revealed, a definition open, a step shown.
   */
  include?: string;
  /** Leave this part out (a CSS selector): a part checked in the same state on another page. */
  exclude?: string;
}

export async function expectNoAxeViolations(page: Page, label: string, scope: AxeScope = {}): Promise<void> {
  // Axe runs in the page itself (legacy mode): the default opens a second page for every run to merge the
  // results of each frame, which took half of each run's time. Our pages have no frames; should one get
  // one, this says so rather than leave the frame unchecked.
  expect(await page.locator('iframe, frame').count(), `${label} has a frame: axe would not look inside it`).toBe(0);
  // axe is put into a page once: a later state of the same page load gets a script that does nothing in place
  // of axe's 500 kB again (parsing and starting it cost about 0.4 CPU s a pass).
  const injected = await page.evaluate(() => 'axe' in window);
  let builder = new AxeBuilder({ page, ...(injected ? { axeSource: ';' } : {}) })
    .setLegacyMode(true)
    // Violations only: by default axe also makes a CSS selector and an HTML excerpt for every node every rule
    // passed, to report them, and nothing here reads them. That was most of a pass's time: 2.1 CPU s against
    // 1.1 on a chapter page, 16 to 22 against 5 to 7 on the print edition. Violations are reported whole.
    // (options() replaces all options, so it comes before withTags and withRules.)
    .options({ resultTypes: ['violations'] });
  builder = scope.scheme === 'dark' ? builder.withRules(colourRules) : builder.withTags(tags);
  if (scope.include) builder = builder.include(scope.include);
  if (scope.exclude) builder = builder.exclude(scope.exclude);
  const results = await builder.analyze();
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
 * The axe tests every "guess, then see" takes: the guess after the reveal (a step up on the first slider,
 * then "Show me"), light and dark, phone and desktop; the chapter before it is checked whole by a11y.spec.ts.
 * `element` is the guess's custom element.
 */
export function axeBeforeAndAfterReveal(chapter: string, element: string): void {
  for (const scheme of schemes) {
    for (const width of widths) {
      test(`axe after the reveal (${scheme}, ${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(chapter);
        const guess = page.locator(element);
        await expect(guess).toBeVisible();
        await guess.getByRole('slider').first().focus();
        await page.keyboard.press('PageUp');
        await guess.getByRole('button', { name: 'Show me' }).click();
        await expect(guess.locator('.guess-result')).not.toBeEmpty();
        await expectNoAxeViolations(page, `${chapter} after the reveal (${scheme}, ${width} px)`, {
          scheme,
          include: element,
        });
      });
    }
  }
}
