import { test, type Page } from '@playwright/test';
import { expectNoAxeViolations, schemes, widths } from './axe.ts';
import { embedPaths, sitemapPaths } from './site.ts';

// Every page a reader can reach (the sitemap) and every embed page, in both colour schemes, on a phone and
// a desktop: zero axe violations (every rule in light; in dark the rules that read colours, see axe.ts).
const paths = [...new Set([...sitemapPaths(), ...embedPaths()])];

test('the sitemap lists pages to check', () => {
  test.expect(sitemapPaths().length).toBeGreaterThan(0);
});

/** After a change of viewport or scheme: let resize observers and style recalculation run (two frames). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

for (const path of paths) {
  // One page load per page, its four states checked in turn: the page as loaded is the same DOM at either
  // width and in either scheme (tokens.css swaps colours, CSS reflows the layout), so a reload per state
  // only repeated the load. Each state is still named in a failure.
  test(`axe: ${path} (light and dark, ${widths.join(' and ')} px)`, async ({ page }) => {
    // The print edition is every chapter on one page: axe takes several times as long there. At phone
    // width its own parts are checked (title page, contents, appendices); its chapters are the chapter
    // pages' own component, checked at that width on their pages.
    const print = path.endsWith('/print/');
    // The limit of one test for each of the four states (three times that on the print edition).
    test.setTimeout(test.info().timeout * 4 * (print ? 3 : 1));
    await page.setViewportSize({ width: widths[widths.length - 1] ?? 1280, height: 900 });
    await page.goto(path);
    // The print edition draws a part only as the reader scrolls near it (content-visibility: auto): axe
    // measures each part as drawn, as a reader who reaches it sees it, not a skipped part's empty boxes.
    if (print)
      await page.evaluate(() => {
        for (const part of document.querySelectorAll<HTMLElement>('#main > *'))
          part.style.contentVisibility = 'visible';
      });
    // Every share panel open: the closed panel is its summary alone, which the open one shows too.
    for (const summary of await page.locator('details.chart-share > summary').all()) await summary.click();
    for (const width of [...widths].reverse()) {
      await page.setViewportSize({ width, height: 900 });
      // Light, then dark, then (at the next width) dark, then light: one scheme change per state.
      const order = width === widths[0] ? [...schemes].reverse() : schemes;
      for (const scheme of order) {
        await page.emulateMedia({ colorScheme: scheme });
        await settle(page);
        await expectNoAxeViolations(page, `${path} (${scheme}, ${width} px)`, {
          scheme,
          ...(print && width < 1000 ? { exclude: 'article.prose[id^="chapter-"]' } : {}),
        });
      }
    }
  });
}
