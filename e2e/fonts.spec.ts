// The body font is not preloaded, and a page that painted before it arrived keeps its fallback
// (font-display: optional): a local font scaled to the web font's metrics (scripts/lib/font-fallbacks.ts),
// so that the next page, painted in the web font from the start, looks the same.
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const chapter = '/the-announcement/';
const webFont = 'Atkinson Hyperlegible Next';

interface Box {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every element's box in the page, keyed by its position in the tree. */
const boxes = (page: Page): Promise<Box[]> =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')].map((el, i) => {
      const box = el.getBoundingClientRect();
      return {
        key: `${i} ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`,
        x: box.x + scrollX,
        y: box.y + scrollY,
        width: box.width,
        height: box.height,
      };
    }),
  );

/** The fonts the browser actually drew an element's text in (not what CSS asked for). */
async function drawnIn(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

/** A screenshot taken at once: Playwright's own screenshot waits for web fonts, which here are held back. */
async function screenshotNow(page: Page, path: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  writeFileSync(path, Buffer.from(data, 'base64'));
  await cdp.detach();
}

const frames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

for (const width of [360, 1280]) {
  test(`at ${width} px, text painted before the web font arrives does not move when it does`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    // Hold the font files until the page has been painted and measured in its fallback.
    let release = (): void => undefined;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(chapter, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await frames(page);
    const fallback = await drawnIn(page, 'main p');
    expect(fallback, 'drawn in a local fallback').not.toContain(webFont);
    const loading = await boxes(page);
    await screenshotNow(page, testInfo.outputPath(`1-font-loading-${width}.png`));

    const arrived = page.waitForResponse((response) => response.url().endsWith('.woff2'));
    release();
    await arrived;
    await page.waitForLoadState('load');
    await frames(page);
    const loaded = await boxes(page);
    await screenshotNow(page, testInfo.outputPath(`2-font-loaded-${width}.png`));
    expect(await drawnIn(page, 'main p'), 'this page keeps its fallback').toEqual(fallback);
    const moved = loaded.filter((b, i) => JSON.stringify(b) !== JSON.stringify(loading[i]));
    expect(moved, 'no element moved or resized').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), 'layout shift').toBe(0);

    // The next page view has the font in its cache and is drawn in it from the first paint.
    await page.unrouteAll();
    await page.goto(chapter);
    await frames(page);
    expect(await drawnIn(page, 'main p'), 'the next page view uses the web font').toContain(webFont);
    await screenshotNow(page, testInfo.outputPath(`3-next-view-${width}.png`));
  });
}
