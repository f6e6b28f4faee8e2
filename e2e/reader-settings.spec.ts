// The reader's own settings, as a browser applies them: forced colours (Windows high contrast) and a larger
// default font size. Each reads what the browser draws.
import { expect, test, type Page } from '@playwright/test';
import { contrast, parseColour } from '../scripts/lib/contrast.ts';
import { chapterPaths, chartIdsOn } from './site.ts';

const charts = chapterPaths().flatMap((path) => chartIdsOn(path).map((id) => ({ path, id })));
const withViews = charts.find(({ id }) => id === 'safe-routes-by-route');

test('forced colours keep the pressed view, the focused mark and the active mark visible', async ({ page }) => {
  test.skip(withViews === undefined, 'no chart with views');
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(withViews?.path ?? '/');
  const figure = page.locator(`#chart-${withViews?.id ?? ''}`);
  // Pressed and unpressed view buttons must differ in something forced colours keep.
  const looks = await figure.locator('.chart-views button').evaluateAll((buttons) =>
    buttons.map((b) => {
      const s = getComputedStyle(b);
      return {
        pressed: b.getAttribute('aria-pressed') === 'true',
        look: [
          s.backgroundColor,
          s.color,
          s.borderTopWidth,
          s.borderTopColor,
          s.fontWeight,
          s.textDecorationLine,
          s.outlineStyle,
        ].join(' '),
      };
    }),
  );
  const pressed = looks.filter((l) => l.pressed).map((l) => l.look);
  const unpressed = looks.filter((l) => !l.pressed).map((l) => l.look);
  expect(pressed).toHaveLength(1);
  for (const look of unpressed) expect(look, 'a pressed view button looks like the others').not.toBe(pressed[0]);
  // A focused mark is ringed in a colour 3:1 against the page and against the mark itself.
  const mark = figure.locator('.chart-view:not([hidden]) [data-row][tabindex="0"]').first();
  await page.keyboard.press('Tab');
  await mark.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  const focused = figure.locator('.chart-view:not([hidden]) [data-row]:focus');
  await expect(focused).toHaveCount(1);
  const read = (el: Element) => {
    const s = getComputedStyle(el);
    let bg = '';
    for (let e: Element | null = el.closest('figure'); e && !bg; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (!/rgba\(0, 0, 0, 0\)/.test(c)) bg = c;
    }
    return { stroke: s.stroke, width: parseFloat(s.strokeWidth), fill: s.fill, bg: bg || 'rgb(255, 255, 255)' };
  };
  for (const state of [
    await focused.evaluate(read),
    await mark.evaluate((el) => (el.classList.add('is-active'), el)).then(() => mark.evaluate(read)),
  ]) {
    const ring = parseColour(state.stroke);
    const bg = parseColour(state.bg);
    const fill = parseColour(state.fill);
    expect(ring && bg && fill, JSON.stringify(state)).toBeTruthy();
    if (!ring || !bg || !fill) continue;
    expect(state.width).toBeGreaterThanOrEqual(2);
    expect(contrast(ring, bg), `ring ${state.stroke} on the page ${state.bg}`).toBeGreaterThanOrEqual(3);
    expect(contrast(ring, fill), `ring ${state.stroke} on the mark ${state.fill}`).toBeGreaterThanOrEqual(3);
  }
});

/** Each chart text's drawn size in CSS pixels, by chart, for the charts on a page. */
async function textSizes(page: Page, ids: string[]): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const id of ids) {
    const px = await page.locator(`#chart-${id} .chart-view:not([hidden])`).evaluate((view) => {
      const svg = [...view.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0);
      const text = svg?.querySelector('text');
      return text ? parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1) : 0;
    });
    sizes[id] = Math.round(px * 10) / 10;
  }
  return sizes;
}

for (const width of [375, 1280]) {
  test(`chart text grows, never shrinks, with a 32 px default font at ${width} px`, async ({ page }) => {
    const path = charts[0]?.path ?? '/';
    const ids = chartIdsOn(path);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const before = await textSizes(page, ids);
    // The reader's browser setting (Settings, Appearance, Font size), not a style on the page.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.reload();
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).not.toBe('16px');
    const after = await textSizes(page, ids);
    const shrunk = ids.filter((id) => (after[id] ?? 0) < (before[id] ?? 0));
    expect(shrunk.map((id) => `${id}: ${before[id]} px at 16 px, ${after[id]} px at 32 px`)).toEqual([]);
    const grown = ids.filter((id) => (after[id] ?? 0) > (before[id] ?? 0) * 1.2);
    if (width >= 1280) expect(grown, `${JSON.stringify(before)} → ${JSON.stringify(after)}`).toEqual(ids);
  });
}
