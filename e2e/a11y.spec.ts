import { test } from '@playwright/test';
import { expectNoAxeViolations, schemes, widths } from './axe.ts';
import { embedPaths, sitemapPaths } from './site.ts';

// Every page a reader can reach (the sitemap) and every embed page, in both colour schemes, on a phone and
// a desktop: zero axe violations (every rule in light; in dark the rules that read colours, see axe.ts).
const paths = [...new Set([...sitemapPaths(), ...embedPaths()])];

// Each check is independent and axe is slow on chart-heavy pages: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

test('the sitemap lists pages to check', () => {
  test.expect(sitemapPaths().length).toBeGreaterThan(0);
});

for (const path of paths) {
  for (const scheme of schemes) {
    for (const width of widths) {
      test(`axe: ${path} (${scheme}, ${width} px)`, async ({ page }) => {
        // The print edition is every chapter on one page: axe takes several times as long there. At phone
        // width its own parts are checked (title page, contents, appendices); its chapters are the chapter
        // pages' own component, checked at that width on their pages.
        const print = path.endsWith('/print/');
        test.slow(print);
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} (${scheme}, ${width} px)`, {
          scheme,
          ...(print && width < 1000 ? { exclude: 'article.prose[id^="chapter-"]' } : {}),
        });
      });
    }
  }
}
