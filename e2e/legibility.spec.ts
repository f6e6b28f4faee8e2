// Legibility as the browser draws it: every chart on every chapter page, in every view, on a small phone
// and a desktop. Text boxes are measured from the rendered page (getBoundingClientRect of each line), never
// from the layout's own estimate of text width, so a wrong estimate shows up here as a collision.
import { expect, test } from '@playwright/test';
import { chapterPaths, chartIdsOn } from './site.ts';

const charts = chapterPaths().flatMap((path) => chartIdsOn(path).map((id) => ({ path, id })));
/** Smallest text a reader must read, in CSS pixels. */
const minPx = 12;

test('there are charts to check', () => expect(charts.length).toBeGreaterThan(0));

// One page load for each page and width, its charts checked in turn: a chart's views change only that
// chart, so the others read as they would on a page of their own. Each problem names its chart.
for (const path of [...new Set(charts.map((c) => c.path))]) {
  for (const width of [320, 1280]) {
    test(`every chart on ${path} at ${width} px: no text overlaps text, runs outside the chart or is under ${minPx} px`, async ({
      page,
    }) => {
      const ids = charts.filter((c) => c.path === path).map((c) => c.id);
      // The limit of one test for each chart.
      test.setTimeout(test.info().timeout * ids.length);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const problems: string[] = [];
      for (const id of ids) {
        const buttons = page.locator(`#chart-${id} .chart-views button`);
        const views = Math.max(await buttons.count(), 1);
        for (let v = 0; v < views; v++) {
          if ((await buttons.count()) > 0) await buttons.nth(v).click();
          const view = page.locator(`#chart-${id} .chart-view:not([hidden])`);
          const name = (await view.getAttribute('data-view')) ?? String(v);
          const found = await view.evaluate((el, min) => {
            const svg = [...el.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0);
            if (!svg) return ['no chart drawn'];
            const frame = svg.getBoundingClientRect();
            const out: string[] = [];
            // Each line of text as drawn: a <text> of one line, or each positioned <tspan> of several.
            const lines = [...svg.querySelectorAll('text')].flatMap((text) => {
              const spans = [...text.querySelectorAll('tspan')].filter(
                (t) => t.hasAttribute('x') || t.hasAttribute('y') || t.hasAttribute('dy'),
              );
              return (spans.length ? spans : [text]).map((node) => ({
                node,
                text,
                box: node.getBoundingClientRect(),
                label: (node.textContent ?? '').trim().slice(0, 40),
              }));
            });
            // A line box is taller than its letters by the font's line gap, shared above and below: that
            // space may overhang the frame or touch a neighbour without anything being cut off or hidden.
            const visible = lines
              .filter((l) => l.box.width > 0 && l.label !== '')
              .map((l) => {
                const px = parseFloat(getComputedStyle(l.text).fontSize) * (l.text.getScreenCTM()?.a ?? 1);
                const gap = Math.max(0, (l.box.height - px) / 2);
                return { ...l, px, top: l.box.top + gap, bottom: l.box.bottom - gap };
              });
            for (const { px, box, top, bottom, label } of visible) {
              if (px < min - 0.01) out.push(`"${label}" is ${px.toFixed(1)} px`);
              const outside =
                box.left < frame.left - 0.5 ||
                box.right > frame.right + 0.5 ||
                top < frame.top - 0.5 ||
                bottom > frame.bottom + 0.5;
              if (outside) out.push(`"${label}" runs outside the chart`);
            }
            for (let i = 0; i < visible.length; i++) {
              for (let j = i + 1; j < visible.length; j++) {
                const a = visible[i];
                const b = visible[j];
                if (!a || !b || a.node.contains(b.node) || b.node.contains(a.node)) continue;
                const dx = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
                const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (dx > 0.5 && dy > 0.5) out.push(`"${a.label}" overlaps "${b.label}"`);
              }
            }
            return out;
          }, minPx);
          problems.push(...found.map((p) => `${id}, view ${name}: ${p}`));
        }
      }
      expect(problems).toEqual([]);
    });
  }
}
