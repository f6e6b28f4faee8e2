// A dense chart's data as a grid, read as a screen reader meets it: for safe-routes-over-time (years ×
// routes), the table in the accessibility tree has a row header for each year, a column header for each
// route, and each figure in the cell where its year and route cross, not a list of 40 rows each saying its
// year and route again. The figures are compared with the chart's own marks, read from their labels.
import { expect, test } from '@playwright/test';
import { chapterPaths, chartIdsOn } from './site.ts';

const id = 'safe-routes-over-time';
const path = chapterPaths().find((p) => chartIdsOn(p).includes(id));

test(`${id}: the data table is a grid of years × routes in the accessibility tree`, async ({ page }) => {
  test.skip(path === undefined, `no page with ${id}`);
  await page.goto(path ?? '/');
  const figure = page.locator(`#chart-${id}`);
  await figure.locator('.chart-data summary').first().click();
  const table = figure.getByRole('table');
  await expect(table).toHaveCount(1);

  const years = Array.from({ length: 11 }, (_, i) => String(2015 + i));
  // Row headers: one a year, in order, and nothing else.
  expect((await table.getByRole('rowheader').allTextContents()).map((t) => t.trim())).toEqual(years);
  // Column headers: the corner (what the rows are), then one a route, as the chart names its rows.
  const columns = (await table.getByRole('columnheader').allTextContents()).map((t) => t.trim());
  expect(columns[0]).toBe('Year');
  const routes = columns.slice(1);
  const drawn = await figure
    .locator('.chart-view:not([hidden]) .chart-frame--wide svg g[role="group"]')
    .evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label') ?? ''));
  expect(routes).toEqual(drawn);
  // One row a year, each a row header and a cell per route.
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(years.length + 1);
  for (let i = 1; i <= years.length; i++) {
    await expect(rows.nth(i).getByRole('cell')).toHaveCount(routes.length);
  }

  // Every mark's figure is in the cell of its year (its own label) and route (its group's).
  const marks = await figure.locator('.chart-view:not([hidden]) .chart-frame--wide [data-row]').evaluateAll((els) =>
    els.map((el) => ({
      route: el.closest('g[role="group"]')?.getAttribute('aria-label') ?? '',
      label: el.getAttribute('aria-label') ?? '',
    })),
  );
  expect(marks.length).toBeGreaterThan(30);
  for (const { route, label } of marks) {
    const year = /Year: (\d{4})/.exec(label)?.[1] ?? '';
    const figureText = /Grants: (\d{1,3}(?:,\d{3})*)/.exec(label)?.[1] ?? '';
    const row = rows.nth(years.indexOf(year) + 1);
    const cell = row.getByRole('cell').nth(routes.indexOf(route));
    await expect(cell, `${route}, ${year}`).toHaveText(figureText);
  }
});
