import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { parse } from 'yaml';
import { chapterPaths, chartHasViews, chartIdsOn } from './site.ts';

const charts = chapterPaths().flatMap((path) => chartIdsOn(path).map((id) => ({ path, id })));

async function cells(row: Locator): Promise<string[]> {
  return (await row.locator('th, td').allTextContents()).map((t) => t.trim());
}

/**
 * What a mark's tooltip must say, from the view's table: its row's cells in a list; in a grid (years ×
 * routes), its cell's route (column header), year (row header), figure and note, the list's order.
 */
async function expected(view: Locator, row: number): Promise<string[]> {
  const grid = view.locator('table[data-grid]');
  if ((await grid.count()) === 0) return cells(view.locator('tbody tr').nth(row));
  return grid.evaluate((table: HTMLTableElement, row) => {
    const cell = table.querySelector<HTMLTableCellElement>(`td[data-row="${row}"]`);
    if (!cell) return [`no cell for row ${row}`];
    const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
    const note = table.parentElement?.querySelector(`[data-note="${row}"]`);
    return [
      text(table.querySelectorAll('thead th')[cell.cellIndex]),
      text(cell.parentElement?.querySelector('th')),
      text(cell),
      ...(note ? [text(note)] : []),
    ];
  }, row);
}

test('every chart in content/charts.yaml is in use on a chapter page, and no page shows an unknown one', () => {
  const declared = (parse(readFileSync('content/charts.yaml', 'utf8')) as { id: string }[]).map((c) => c.id);
  const shown = [...new Set(charts.map((c) => c.id))];
  expect(declared.length).toBeGreaterThan(0);
  expect(shown.toSorted()).toEqual(declared.toSorted());
});

for (const { path, id } of charts) {
  test.describe(`chart ${id}`, () => {
    test('tooltips show exactly the table row, by mouse and by keyboard', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      const view = page.locator(`#chart-${id} .chart-view:not([hidden])`);
      const marks = view.locator('.chart-frame--wide [data-row]');
      const tooltip = page.locator(`#chart-${id} .chart-tooltip`);
      const count = await marks.count();
      expect(count).toBeGreaterThan(0);
      // Every mark is focused in turn, a few round trips each: a chart of many marks (120 weeks) is given
      // time in proportion, as a busy machine took over a minute for it.
      test.setTimeout(Math.max(60_000, count * 1_500));
      // Every mark has its row (a list's row, or a grid's cell).
      const rowCount =
        (await view.locator('table[data-grid]').count()) > 0
          ? await view.locator('td[data-row]').count()
          : await view.locator('tbody tr').count();
      for (const index of await marks.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-row'))))) {
        expect(index).toBeLessThan(rowCount);
      }

      const last = marks.nth(count - 1);
      await last.scrollIntoViewIfNeeded();
      await last.hover({ force: true });
      await expect(tooltip).toBeVisible();
      const lastRow = Number(await last.getAttribute('data-row'));
      expect((await tooltip.locator('dd').allTextContents()).map((t) => t.trim())).toEqual(
        await expected(view, lastRow),
      );

      // The pointer leaves first: a hovered mark's tooltip takes precedence while it is hovered.
      await page.mouse.move(0, 0);
      // Keyboard focus on each mark shows its row (tooltip.spec.ts checks that the arrow keys reach them all).
      for (let i = 0; i < count; i++) {
        const mark = marks.nth(i);
        await mark.focus();
        const row = Number(await mark.getAttribute('data-row'));
        expect((await tooltip.locator('dd').allTextContents()).map((t) => t.trim())).toEqual(await expected(view, row));
      }
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
    });

    if (!chartHasViews(path, id)) return;

    test('views switch, and a shared link reopens the chosen view', async ({ page }) => {
      await page.goto(path);
      const buttons = page.locator(`#chart-${id} .chart-views button`);
      expect(await buttons.count()).toBeGreaterThanOrEqual(2);
      const second = (await buttons.nth(1).getAttribute('data-view')) ?? '';
      await buttons.nth(1).click();
      await expect(buttons.nth(1)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator(`#chart-${id} .chart-view[data-view="${second}"]`)).toBeVisible();
      await expect(page.locator(`#chart-${id} .chart-view`).first()).toBeHidden();
      expect(new URL(page.url()).hash).toBe(`#chart-${id}/${second}`);
      await page.reload();
      await expect(page.locator(`#chart-${id} .chart-view[data-view="${second}"]`)).toBeVisible();
      await expect(buttons.nth(1)).toHaveAttribute('aria-pressed', 'true');
      await buttons.first().click();
      expect(new URL(page.url()).hash).toBe(`#chart-${id}`);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of chapterPaths()) {
    test(`every chart on ${path} is drawn, with its table, and shows its default view`, async ({ page }) => {
      await page.goto(path);
      for (const id of chartIdsOn(path)) {
        const figure = page.locator(`#chart-${id}`);
        await expect(figure.locator('.chart-view').first().locator('svg').first()).toBeAttached();
        await expect(figure.locator('.chart-view').first().locator('tbody tr').first()).toBeAttached();
        await expect(figure.locator('.chart-views')).toBeHidden();
        await expect(figure.locator('.chart-view:not([hidden])')).toHaveCount(1);
        await expect(figure.locator('.chart-source')).not.toBeEmpty();
      }
    });
  }
});
