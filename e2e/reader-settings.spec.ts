// The reader's own settings, as a browser applies them: forced colours (Windows high contrast) and a larger
// default font size. Each reads what the browser draws.
import { expect, test, type Page } from '@playwright/test';
import { contrast, parseColour } from '../scripts/lib/contrast.ts';
import { chapterPaths, chartIdsOn, embedPaths, sitemapPaths } from './site.ts';

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

/**
 * WCAG 1.4.12 as the bookmarklets readers use apply it: on every element, important, from a style sheet of
 * the reader's own (so the page's policy does not apply to it).
 */
const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/**
 * What the spacing cut or ran together on the page as drawn: chart text (every view of every chart, the guesses'
 * drawings) over other text, over a key's swatch or outside its drawing; a control's words (view buttons,
 * share panel, guess controls, a tooltip) outside its box or cut by it; and anything wider than the window.
 */
function spacingProblems(tooltipsOnly = false): string[] {
  const out: string[] = [];
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const name = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  for (const svg of tooltipsOnly ? [] : document.querySelectorAll('svg.chart-svg')) {
    if (!shown(svg) || svg.getBoundingClientRect().width === 0) continue;
    const where = svg.closest('[id]')?.id ?? 'a drawing';
    const frame = svg.getBoundingClientRect();
    // Each line of text as drawn: a <text> of one line, or each positioned <tspan> of several; the line box
    // trimmed to its letters (the font's line gap may overhang without hiding anything).
    const lines = [...svg.querySelectorAll('text')]
      .flatMap((text) => {
        const spans = [...text.querySelectorAll('tspan')].filter((t) => t.hasAttribute('x') || t.hasAttribute('y'));
        return (spans.length ? spans : [text]).map((node) => ({ node, text, box: node.getBoundingClientRect() }));
      })
      .filter((l) => l.box.width > 0 && name(l.node) !== '')
      .map((l) => {
        const px = parseFloat(getComputedStyle(l.text).fontSize) * (l.text.getScreenCTM()?.a ?? 1);
        const trim = Math.max(0, (l.box.height - px) / 2);
        return { ...l, label: name(l.node), top: l.box.top + trim, bottom: l.box.bottom - trim };
      });
    // Key swatches and other small shapes a label sits beside: a label must not run under one.
    const swatches = [...svg.querySelectorAll('rect, circle')]
      .map((s) => s.getBoundingClientRect())
      .filter((b) => b.width > 0 && b.width <= 24 && b.height <= 24);
    for (const [i, a] of lines.entries()) {
      if (a.box.left < frame.left - 0.5 || a.box.right > frame.right + 0.5)
        out.push(`${where}: "${a.label}" runs outside the chart`);
      for (const b of lines.slice(i + 1)) {
        if (a.node.contains(b.node) || b.node.contains(a.node)) continue;
        const dx = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx > 0.5 && dy > 0.5) out.push(`${where}: "${a.label}" overlaps "${b.label}"`);
      }
      for (const s of swatches) {
        const dx = Math.min(a.box.right, s.right) - Math.max(a.box.left, s.left);
        const dy = Math.min(a.bottom, s.bottom) - Math.max(a.top, s.top);
        if (dx > 0.5 && dy > 0.5) out.push(`${where}: "${a.label}" runs under a swatch`);
      }
    }
  }
  // Controls and the words in them.
  const controls = document.querySelectorAll(
    tooltipsOnly
      ? '.chart-tooltip'
      : 'button, summary, label, select, .chart-views, .chart-tooltip, .guess-key, .guess-amount-said, .chart-share-files li',
  );
  for (const el of controls) {
    if (!shown(el)) continue;
    const box = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const what = `${el.tagName.toLowerCase()} "${name(el)}"`;
    if (s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) out.push(`${what} is cut at its side`);
    if (s.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1) out.push(`${what} is cut at its foot`);
    const range = document.createRange();
    range.selectNodeContents(el);
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        out.push(`${what}: its words run outside it`);
        break;
      }
    }
    if (box.right > innerWidth + 0.5 || box.left < -0.5) out.push(`${what} runs outside the window`);
  }
  // View buttons side by side must not run into each other.
  for (const group of document.querySelectorAll('.chart-views')) {
    const boxes = [...group.querySelectorAll('button')].map((b) => ({ b, r: b.getBoundingClientRect() }));
    for (const [i, a] of boxes.entries())
      for (const c of boxes.slice(i + 1)) {
        const dx = Math.min(a.r.right, c.r.right) - Math.max(a.r.left, c.r.left);
        const dy = Math.min(a.r.bottom, c.r.bottom) - Math.max(a.r.top, c.r.top);
        if (dx > 0.5 && dy > 0.5) out.push(`view button "${name(a.b)}" overlaps "${name(c.b)}"`);
      }
  }
  // Nothing runs past the window's edge. Data tables are left out: WCAG 1.4.10 lets a table of two
  // dimensions scroll, and the print edition's appendix tables are wider than a phone with or without the
  // spacing (their scrolling is the tables' own work, not this check's).
  if (!tooltipsOnly)
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('table') || !shown(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > innerWidth + 1) {
        out.push(`${el.tagName.toLowerCase()} "${name(el)}" runs past the window (${Math.round(box.right)} px)`);
        break;
      }
    }
  return out;
}

test.describe('WCAG 1.4.12 text spacing', () => {
  // A reader's own style sheet is not the page's: the page's policy does not stop it.
  test.use({ bypassCSP: true });
  const pages = [...sitemapPaths(), ...embedPaths()];
  test('there are pages to check', () => expect(pages.length).toBeGreaterThan(0));
  for (const width of [320, 1280]) {
    for (const path of pages) {
      test(`text spacing cuts nothing on ${path} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.addStyleTag({ content: spacing });
        // Every view of every chart drawn at once, and every share panel open, so one look covers them.
        await page.evaluate(() => {
          for (const view of document.querySelectorAll<HTMLElement>('.chart-view[hidden]')) view.hidden = false;
          for (const details of document.querySelectorAll('details.chart-share')) details.setAttribute('open', '');
        });
        const problems = await page.evaluate(spacingProblems, false);
        // A tooltip: the first mark of each chart, focused.
        for (const mark of await page.locator('figure.chart [data-row][tabindex="0"]').all()) {
          if (!(await mark.isVisible())) continue;
          await mark.focus();
          problems.push(...(await page.evaluate(spacingProblems, true)));
        }
        expect([...new Set(problems)]).toEqual([]);
      });
    }
  }
});
