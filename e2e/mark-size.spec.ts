// Mark size as the browser draws it: for every chart on every chapter page, in every view, on a phone
// (360 px) and a desktop (1280 px), no data mark is too small to see, point at or tap: under 6 px across.
//
// What counts as a data mark: an element of the drawing shown that carries `data-row`, that is, one that
// stands for a row of the chart's table, takes focus and shows a tooltip. Gridlines, axes, key swatches and
// hatching stripes stand for no figure and are left out. Its size is its rendered box (getBoundingClientRect:
// the shape, not its stroke, which is an edge and may be the page's colour).
//   - A bar or column (rect) is judged by its thickness, the side that does not show its value: the side its
//     drawing's bars share (all within half a pixel), so a bar of a small figure may be short but never thin.
//     Where the rects of a drawing share neither side, both sides must be 6 px.
//   - A dot (circle) or any other shape, which shows its value by area or not at all: both sides.
//   - An unpainted focus band (no fill, no stroke until focused) is not a mark to see: it is where the pointer
//     finds a week of the weekly lines, whose drawn marks are the lines themselves. On a phone, 120 weeks give
//     bands about 2 px wide, side by side with no gap: the arrow keys move a week at a time, the month view
//     draws 27 dots, and the table has every week.
import { expect, test } from '@playwright/test';
import { chapterPaths, chartIdsOn } from './site.ts';

const charts = chapterPaths().flatMap((path) => chartIdsOn(path).map((id) => ({ path, id })));
/** The smallest a data mark may be across, in CSS pixels. */
const minPx = 6;

test('there are charts to check', () => expect(charts.length).toBeGreaterThan(0));

for (const { path, id } of charts) {
  for (const width of [360, 1280]) {
    test(`${id} at ${width} px: no data mark is under ${minPx} px across`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const buttons = page.locator(`#chart-${id} .chart-views button`);
      const views = Math.max(await buttons.count(), 1);
      const problems: string[] = [];
      let measured = 0;
      for (let v = 0; v < views; v++) {
        if ((await buttons.count()) > 0) await buttons.nth(v).click();
        const view = page.locator(`#chart-${id} .chart-view:not([hidden])`);
        const name = (await view.getAttribute('data-view')) ?? String(v);
        const found = await view.evaluate((el, min) => {
          const svg = [...el.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0);
          if (!svg) return { count: 0, small: ['no chart drawn'] };
          const painted = (m: Element) => {
            const style = getComputedStyle(m);
            return style.fill !== 'none' || style.stroke !== 'none';
          };
          const marks = [...svg.querySelectorAll<SVGGraphicsElement>('[data-row]')].filter(painted).map((m) => {
            const b = m.getBoundingClientRect();
            return { tag: m.tagName, w: b.width, h: b.height, name: m.getAttribute('aria-label') ?? m.tagName };
          });
          const rects = marks.filter((m) => m.tag === 'rect');
          const shared = (side: 'w' | 'h') =>
            rects.length > 1 && Math.max(...rects.map((r) => r[side])) - Math.min(...rects.map((r) => r[side])) <= 0.5;
          const band = shared('w') && shared('h') ? 'both' : shared('w') ? 'w' : shared('h') ? 'h' : 'both';
          const small = marks.flatMap((m) => {
            const thickness = m.tag === 'rect' && band !== 'both' ? m[band] : Math.min(m.w, m.h);
            return thickness < min - 0.01 ? [`${m.tag} "${m.name}" is ${m.w.toFixed(1)} × ${m.h.toFixed(1)} px`] : [];
          });
          return { count: marks.length, small };
        }, minPx);
        measured += found.count;
        problems.push(...found.small.map((p) => `view ${name}: ${p}`));
      }
      expect(measured, 'data marks measured').toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }
}
