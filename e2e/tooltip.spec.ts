// The reader's side of a chart: tooltips that meet WCAG 1.4.13, arrow keys in the order marks are drawn,
// Escape, views announced and kept in the URL, listeners that survive the element being attached again.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chapterPaths, chartIdsOn } from './site.ts';

const bars = { path: '/the-announcement/', id: 'arrivals-by-year' };
const stacked = { path: '/what-happened-next/', id: 'safe-routes-by-route' };
const across = { path: '/the-money/', id: 'bsc-money-in-context' };
/**
 * Longer than the script's grace period for crossing from a mark to its tooltip. Run on the page's own clock
 * (page.clock.runFor fires every timer due in it), so the grace period has passed in the page however slowly
 * a busy machine runs it: a wait in the test's own time could end before the page's timer had fired.
 */
const linger = 700;

test.use({ viewport: { width: 1280, height: 900 } });

function marksOf(page: Page, id: string): Locator {
  return page.locator(`#chart-${id} .chart-view:not([hidden]) .chart-frame--wide [data-row]`);
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function tooltipRow(page: Page, id: string): Promise<string[]> {
  return (await page.locator(`#chart-${id} .chart-tooltip dd`).allTextContents()).map((t) => t.trim());
}

async function tableRow(page: Page, id: string, row: number): Promise<string[]> {
  const cells = page.locator(`#chart-${id} .chart-view:not([hidden]) tbody tr`).nth(row).locator('th, td');
  return (await cells.allTextContents()).map((t) => t.trim());
}

test.describe('tooltips (WCAG 1.4.13)', () => {
  test('hoverable: the pointer can move from the mark onto the tooltip, and the tooltip stays', async ({ page }) => {
    await page.clock.install();
    await page.goto(bars.path);
    const mark = marksOf(page, bars.id).nth(2);
    const tooltip = page.locator(`#chart-${bars.id} .chart-tooltip`);
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.boundingBox();
    if (!box) throw new Error('no box');
    // Enter the mark near its top edge, then travel up onto the tooltip as a hand would.
    await page.mouse.move(box.x + box.width / 2, box.y + 3);
    await expect(tooltip).toBeVisible();
    const onto = await centre(tooltip);
    await page.mouse.move(onto.x, onto.y, { steps: 12 });
    await page.clock.runFor(linger);
    await expect(tooltip).toBeVisible();
    // What is under the pointer is the tooltip itself, not the chart behind it.
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.chart-tooltip') !== null, onto),
    ).toBe(true);
    expect(await tooltipRow(page, bars.id)).toEqual(await tableRow(page, bars.id, 2));
    // Leaving both for empty page: it goes.
    await page.mouse.move(5, 5, { steps: 4 });
    await expect(tooltip).toBeHidden();
  });

  test('dismissable: Escape hides a hovered mark’s tooltip without moving focus', async ({ page }) => {
    await page.goto(bars.path);
    await page.locator('main').focus();
    const tooltip = page.locator(`#chart-${bars.id} .chart-tooltip`);
    await marksOf(page, bars.id).nth(4).hover();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(page.locator('main')).toBeFocused();
  });

  test('dismissable: Escape on a focused mark hides its tooltip and keeps focus; a second Escape leaves', async ({
    page,
  }) => {
    await page.goto(bars.path);
    const tooltip = page.locator(`#chart-${bars.id} .chart-tooltip`);
    const first = marksOf(page, bars.id).first();
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const second = marksOf(page, bars.id).nth(1);
    await expect(second).toBeFocused();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(second).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator(`#chart-${bars.id}`)).toBeFocused();
    // Left, but not lost: Tab goes back into the chart, to the mark last visited.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.chart-frame') !== null)) break;
    }
    await expect(second).toBeFocused();
    await expect(tooltip).toBeVisible();
    // …and Shift+Tab from the next control after the chart comes back to it too.
    await page.locator(`#chart-${bars.id} .chart-data summary`).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(second).toBeFocused();
  });

  test('persistent: a focused mark’s tooltip stays while the pointer wanders elsewhere', async ({ page }) => {
    await page.clock.install();
    await page.goto(bars.path);
    const tooltip = page.locator(`#chart-${bars.id} .chart-tooltip`);
    await marksOf(page, bars.id).nth(3).focus();
    await expect(tooltip).toBeVisible();
    await page.mouse.move(5, 5);
    await page.mouse.move(600, 20, { steps: 5 });
    await page.clock.runFor(linger);
    await expect(tooltip).toBeVisible();
    expect(await tooltipRow(page, bars.id)).toEqual(await tableRow(page, bars.id, 3));
  });

  test('hovering another mark while one has focus: the focused mark’s tooltip comes back after', async ({ page }) => {
    await page.goto(bars.path);
    const tooltip = page.locator(`#chart-${bars.id} .chart-tooltip`);
    await marksOf(page, bars.id).nth(0).focus();
    expect(await tooltipRow(page, bars.id)).toEqual(await tableRow(page, bars.id, 0));
    await marksOf(page, bars.id).nth(5).hover();
    await expect.poll(() => tooltipRow(page, bars.id)).toEqual(await tableRow(page, bars.id, 5));
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(() => tooltipRow(page, bars.id)).toEqual(await tableRow(page, bars.id, 0));
    await expect(tooltip).toBeVisible();
  });
});

test.describe('arrow keys follow the visual order', () => {
  async function press(page: Page, key: string): Promise<{ x: number; y: number; row: string }> {
    await page.keyboard.press(key);
    return page.evaluate(() => {
      const el = document.activeElement as SVGElement;
      const box = el.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, row: el.dataset['row'] ?? '' };
    });
  }

  test('vertical bars: Right goes along the x axis, Up and Down stay in the one row of bars', async ({ page }) => {
    await page.goto(bars.path);
    const marks = marksOf(page, bars.id);
    await marks.first().focus();
    let at = await centre(marks.first());
    for (let i = 1; i < (await marks.count()); i++) {
      const next = await press(page, 'ArrowRight');
      expect(next.x).toBeGreaterThan(at.x);
      at = next;
    }
    const row = (await press(page, 'ArrowDown')).row;
    expect((await press(page, 'ArrowUp')).row).toBe(row);
    expect((await press(page, 'ArrowLeft')).x).toBeLessThan(at.x);
  });

  test('horizontal bars: Down goes to the bar below; Right at the end of a bar reaches the next row', async ({
    page,
  }) => {
    await page.goto(across.path);
    const marks = marksOf(page, across.id);
    await marks.first().focus();
    const start = await centre(marks.first());
    const down = await press(page, 'ArrowDown');
    expect(down.y).toBeGreaterThan(start.y);
    const up = await press(page, 'ArrowUp');
    expect(up.y).toBeCloseTo(start.y, 0);
    const right = await press(page, 'ArrowRight');
    expect(right.y).toBeGreaterThan(start.y);
  });

  test('stacked bars: Right moves along a bar’s parts; Down moves to the part below, not the next in the table', async ({
    page,
  }) => {
    await page.goto(stacked.path);
    const marks = marksOf(page, stacked.id);
    const boxes = await marks.evaluateAll((els) =>
      els.map((el) => {
        const b = el.getBoundingClientRect();
        return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
      }),
    );
    // A bar in two or more parts, with a bar below it.
    const index = boxes.findIndex(
      (b, i) => boxes[i + 1] && Math.abs((boxes[i + 1]?.top ?? 0) - b.top) < 1 && boxes.some((c) => c.top > b.bottom),
    );
    expect(index, 'a stacked bar of two parts').toBeGreaterThan(-1);
    await marks.nth(index).focus();
    const right = await press(page, 'ArrowRight');
    expect(Number(right.row)).toBe(Number(await marks.nth(index + 1).getAttribute('data-row')));
    const from = boxes[index + 1];
    if (!from) throw new Error('no part');
    const down = await press(page, 'ArrowDown');
    // The part drawn straight below the focused one: its span overlaps, and no part lies closer under it.
    const below = boxes
      .map((b, i) => ({ ...b, i }))
      .filter((b) => b.top >= from.bottom - 1 && b.left < from.right && b.right > from.left);
    const nearestTop = Math.min(...below.map((b) => b.top));
    const candidates = below.filter((b) => Math.abs(b.top - nearestTop) < 1);
    const mid = (from.left + from.right) / 2;
    const expected = candidates.sort(
      (a, b) => Math.abs((a.left + a.right) / 2 - mid) - Math.abs((b.left + b.right) / 2 - mid),
    )[0];
    expect(down.row).toBe(await marks.nth(expected?.i ?? -1).getAttribute('data-row'));
    expect(down.y).toBeGreaterThan(right.y);
  });

  const charts = chapterPaths().flatMap((path) => chartIdsOn(path).map((id) => ({ path, id })));
  for (const { path, id } of charts) {
    test(`${id}: in every view and at 320 and 1280 px, arrow keys reach every mark and move the way they say`, async ({
      page,
    }) => {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const views = await page.locator(`#chart-${id} .chart-views button`).count();
        for (let v = 0; v < Math.max(views, 1); v++) {
          if (views > 0) await page.locator(`#chart-${id} .chart-views button`).nth(v).click();
          const problems = await page.locator(`#chart-${id} .chart-view:not([hidden])`).evaluate((view) => {
            const svg = [...view.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0);
            const marks = [...(svg?.querySelectorAll<SVGElement>('[data-row]') ?? [])];
            const problems: string[] = [];
            if (marks.length === 0) return ['no marks'];
            const at = (el: Element): DOMRect => el.getBoundingClientRect();
            const seen = new Set<Element>([marks[0] as Element]);
            const queue = [marks[0] as SVGElement];
            while (queue.length) {
              const mark = queue.shift() as SVGElement;
              for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
                mark.focus();
                mark.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
                const to = document.activeElement as SVGElement;
                if (to === mark || !marks.includes(to)) continue;
                const a = at(mark);
                const b = at(to);
                const sameRow = b.top < a.bottom && b.bottom > a.top;
                if (key === 'ArrowDown' && !(b.top + b.height / 2 > a.top + a.height / 2))
                  problems.push(`Down from ${mark.dataset['row']} went up to ${to.dataset['row']}`);
                if (key === 'ArrowUp' && !(b.top + b.height / 2 < a.top + a.height / 2))
                  problems.push(`Up from ${mark.dataset['row']} went down to ${to.dataset['row']}`);
                if (key === 'ArrowRight' && sameRow && !(b.left + b.width / 2 > a.left + a.width / 2))
                  problems.push(`Right from ${mark.dataset['row']} went left to ${to.dataset['row']}`);
                if (key === 'ArrowLeft' && sameRow && !(b.left + b.width / 2 < a.left + a.width / 2))
                  problems.push(`Left from ${mark.dataset['row']} went right to ${to.dataset['row']}`);
                if (!seen.has(to)) {
                  seen.add(to);
                  queue.push(to);
                }
              }
            }
            const missed = marks.filter((m) => !seen.has(m)).map((m) => m.dataset['row']);
            if (missed.length) problems.push(`not reached by arrow keys: rows ${missed.join(', ')}`);
            return problems;
          });
          expect(problems, `${id} at ${width} px, view ${v}`).toEqual([]);
        }
      }
    });
  }
});

test.describe('views', () => {
  test('switching a view is announced politely', async ({ page }) => {
    await page.goto(stacked.path);
    const buttons = page.locator(`#chart-${stacked.id} .chart-views button`);
    const status = page.locator(`#chart-${stacked.id} [aria-live="polite"]`);
    await expect(status).toHaveCount(1);
    await expect(status).toBeEmpty();
    await buttons.nth(1).click();
    await expect(status).toHaveText(`Showing: ${(await buttons.nth(1).textContent())?.trim()}`);
    await buttons.nth(0).click();
    await expect(status).toHaveText(`Showing: ${(await buttons.nth(0).textContent())?.trim()}`);
  });

  test('a change of hash (a link, Back) switches the view', async ({ page }) => {
    await page.goto(stacked.path);
    const figure = page.locator(`#chart-${stacked.id}`);
    const buttons = figure.locator('.chart-views button');
    const second = (await buttons.nth(1).getAttribute('data-view')) ?? '';
    const first = (await buttons.nth(0).getAttribute('data-view')) ?? '';
    await page.evaluate((hash) => (location.hash = hash), `#chart-${stacked.id}/${second}`);
    await expect(figure.locator(`.chart-view[data-view="${second}"]`)).toBeVisible();
    await expect(buttons.nth(1)).toHaveAttribute('aria-pressed', 'true');
    await expect(figure.locator('[aria-live="polite"]')).toHaveText(/^Showing: /);
    await page.goBack();
    await expect(figure.locator(`.chart-view[data-view="${first}"]`)).toBeVisible();
    await expect(buttons.nth(0)).toHaveAttribute('aria-pressed', 'true');
  });
});

test('attached again, the element does not add its listeners twice', async ({ page }) => {
  await page.goto(stacked.path);
  const calls = await page.evaluate((id) => {
    const element = document.querySelector(`#chart-${id} chart-figure`);
    if (!element?.parentNode) return -1;
    const parent = element.parentNode;
    const next = element.nextSibling;
    // Detach and attach again, twice (connectedCallback runs each time).
    for (let i = 0; i < 2; i++) {
      element.remove();
      parent.insertBefore(element, next);
    }
    let count = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      count += 1;
      replace(...args);
    };
    element.querySelectorAll<HTMLButtonElement>('.chart-views button')[1]?.click();
    return count;
  }, stacked.id);
  expect(calls).toBe(1);
  // One status region, not one per attachment.
  await expect(page.locator(`#chart-${stacked.id} [aria-live="polite"]`)).toHaveCount(1);
});
