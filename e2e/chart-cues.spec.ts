/**
 * Every chart says how to explore it, in a line a sighted reader sees and a screen reader hears as the
 * drawing's description; "How we made this" explains tooltips, keys, views, tables and downloads.
 */
import { expect, test } from '@playwright/test';
import { chapterPaths, chartIdsOn } from './site.ts';

const charts = chapterPaths().flatMap((path) => chartIdsOn(path).map((id) => ({ path, id })));

for (const path of [...new Set(charts.map((c) => c.path))]) {
  for (const width of [360, 1280]) {
    test(`every chart on ${path} at ${width} px describes how to explore it, in every view`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      for (const { id } of charts.filter((c) => c.path === path)) {
        const hasButtons = (await page.locator(`#chart-${id} .chart-views button`).count()) > 1;
        const views = page.locator(`#chart-${id} .chart-view`);
        for (let v = 0; v < (await views.count()); v++) {
          const view = views.nth(v);
          const drawings = view.locator('svg[role="group"]');
          expect(await drawings.count(), `${id}: two layouts`).toBe(2);
          for (const svg of await drawings.all()) {
            const describedBy = (await svg.getAttribute('aria-describedby')) ?? '';
            expect(describedBy, `${id}: the drawing is tied to its cue`).not.toBe('');
            // One cue, in the view it belongs to.
            await expect(page.locator(`[id="${describedBy}"]`)).toHaveCount(1);
            await expect(view.locator(`[id="${describedBy}"]`)).toHaveCount(1);
          }
          // The description a screen reader hears, on the layout shown at this width (the other is not
          // rendered, so it has no accessible description).
          if (v === 0) {
            const shown = view.locator('.chart-frame:visible svg');
            await expect(shown).toHaveAccessibleDescription(/Tab .*arrow keys/);
            if (hasButtons) await expect(shown).toHaveAccessibleDescription(/buttons above change the view/);
            // On screen too, for sighted keyboard users.
            await expect(view.locator('.chart-cue')).toBeVisible();
          }
        }
      }
    });
  }
}

test('"How we made this" explains the charts: tooltips, keys, views, tables and downloads', async ({ page }) => {
  await page.goto('/how-we-made-this/');
  const heading = page.getByRole('heading', { name: 'Using the charts', level: 2 });
  await expect(heading).toBeVisible();
  // The section: everything from its heading to the next one.
  const text = await heading.evaluate((h) => {
    const parts: string[] = [];
    for (let el = h.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling)
      parts.push(el.textContent ?? '');
    return parts.join(' ');
  });
  for (const topic of [/Tooltips/, /Tab\b/, /arrow keys/, /Escape/, /Views/, /Tables/, /Downloads/, /CSV/]) {
    expect(text, `the section covers ${topic}`).toMatch(topic);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('no drawing is described by a cue about tooltips and keys that do nothing without the script', async ({
    page,
  }) => {
    const paths = [...new Set(charts.map((c) => c.path))];
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('.chart-cue').first()).toBeHidden();
      await expect(page.locator('svg.chart-svg[aria-describedby]'), path).toHaveCount(0);
    }
  });
});
