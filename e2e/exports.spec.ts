/**
 * The files behind every chart and the share panel, against the built site: every chart id has its SVG,
 * PNG, CSV and oEmbed file and a place in the gallery; PNGs are the stated size and not blank; oEmbed
 * has what oEmbed 1.0 requires of `rich`; the data package validates; the no-script snippet, pasted into a
 * bare page with JavaScript off, shows the chart in colour with its caption, source and credit.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { decode } from 'fast-png';
import { parseCsv } from '../src/lib/content/csv.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { packageSchemas, packageValidator } from '../src/exports/package-schema.ts';
import { basePath, chapterPaths, chartIdsOn, dist } from './site.ts';
import { kindRegistry } from '../src/charts/kinds/index.ts';

const content = loadContent({ contentDir: resolve(import.meta.dirname, '..', 'content'), kinds: kindRegistry });
const chartIds = [...content.charts.keys()];
const chartPages = chapterPaths().filter((path) => chartIdsOn(path).length > 0);
const file = (path: string) => resolve(dist, path.replace(/^\//, ''));

/** Width and height of a PNG, and how much its pixels vary (0 for a blank image). */
function pngStats(path: string): { width: number; height: number; spread: number; colours: number } {
  const png = decode(readFileSync(path));
  const channels = png.channels;
  let sum = 0;
  let sumSq = 0;
  const seen = new Set<number>();
  const n = png.width * png.height;
  for (let i = 0; i < n; i++) {
    const o = i * channels;
    const [r = 0, g = 0, b = 0] = [png.data[o], png.data[o + 1], png.data[o + 2]];
    const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    sum += luma;
    sumSq += luma * luma;
    if (seen.size < 1000) seen.add((r << 16) | (g << 8) | b);
  }
  const mean = sum / n;
  return { width: png.width, height: png.height, spread: Math.sqrt(sumSq / n - mean * mean), colours: seen.size };
}

/** The width and height attributes of a standalone SVG's root. */
function svgSize(markup: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  return {
    width: Number(/ width="(\d+)"/.exec(root)?.[1]),
    height: Number(/ height="(\d+)"/.exec(root)?.[1]),
  };
}

test('content lists charts, and chapter pages show them', () => {
  expect(chartIds.length).toBeGreaterThan(0);
  expect(chartPages.length).toBeGreaterThan(0);
});

for (const id of chartIds) {
  test.describe(`files for ${id}`, () => {
    test('SVG stands alone: xmlns, <title>, <desc>, literal colours, no stylesheet', () => {
      const svg = readFileSync(file(`/charts/${id}.svg`), 'utf8');
      expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
      expect(svg).not.toMatch(/<style|var\(--|class="m-/);
      expect(svg).toContain('CC BY 4.0');
      expect(svg).toMatch(/Sources?: /);
    });

    test('PNG is the SVG at 2x, and not blank', () => {
      const { width, height } = svgSize(readFileSync(file(`/charts/${id}.svg`), 'utf8'));
      const stats = pngStats(file(`/charts/${id}.png`));
      expect([stats.width, stats.height]).toEqual([width * 2, height * 2]);
      expect(stats.spread, 'brightness varies across the image').toBeGreaterThan(10);
      expect(stats.colours, 'more than background and one ink').toBeGreaterThan(20);
    });

    test('CSV parses back to the dataset, value for value', () => {
      const chart = content.charts.get(id);
      const dataset = content.datasets.get(chart?.dataset ?? '');
      if (!dataset) throw new Error(`no dataset for ${id}`);
      const parsed = parseCsv(
        `/charts/${id}.csv`,
        readFileSync(file(`/charts/${id}.csv`), 'utf8'),
        dataset.meta.columns,
      );
      expect(parsed.errors).toEqual([]);
      expect(parsed.rows).toEqual(dataset.rows);
    });

    test('oEmbed has what oEmbed 1.0 requires for rich, and the PNG as its thumbnail', () => {
      const oembed = JSON.parse(readFileSync(file(`/oembed/${id}.json`), 'utf8')) as Record<string, unknown>;
      expect(oembed['version']).toBe('1.0');
      expect(oembed['type']).toBe('rich');
      expect(typeof oembed['html']).toBe('string');
      expect(Number.isInteger(oembed['width']) && Number.isInteger(oembed['height'])).toBe(true);
      expect(oembed['provider_name']).toBe('Crossings');
      expect(String(oembed['provider_url'])).toMatch(/^https?:\/\//);
      expect(oembed['title']).toBe(content.charts.get(id)?.title);
      expect(oembed['html']).toMatch(
        new RegExp(
          `^<iframe src="https?://[^"]+/embed/${id}/"[^>]*></iframe>\\n<script src="https?://[^"]+/embed-host\\.js" async></script>$`,
        ),
      );
      const thumbnail = new URL(String(oembed['thumbnail_url']));
      expect(thumbnail.pathname).toMatch(new RegExp(`/charts/${id}\\.png$`));
      const stats = pngStats(file(`/charts/${id}.png`));
      expect([oembed['thumbnail_width'], oembed['thumbnail_height']]).toEqual([stats.width, stats.height]);
    });
  });
}

test('title cards: one per chapter and the home page, 1200 x 630, not blank', () => {
  const ids = ['home', ...content.chapters.map((c) => c.id)];
  for (const id of ids) {
    expect(existsSync(file(`/cards/${id}.png`)), `/cards/${id}.png`).toBe(true);
    const stats = pngStats(file(`/cards/${id}.png`));
    expect([stats.width, stats.height]).toEqual([1200, 630]);
    expect(stats.spread).toBeGreaterThan(10);
  }
});

test('datapackage.json validates against the Frictionless schemas, and every resource path exists', () => {
  const pkg = JSON.parse(readFileSync(file('/datapackage.json'), 'utf8')) as {
    resources: { name: string; path: string }[];
  };
  for (const schema of packageSchemas) {
    const validate = packageValidator(schema);
    expect(validate(pkg), `${schema}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
  expect(pkg.resources.map((r) => r.name).sort()).toEqual([...chartIds].sort());
  for (const r of pkg.resources) expect(existsSync(file(`/${r.path}`)), r.path).toBe(true);
});

test('the gallery lists every chart with its embed page and files', async ({ page }) => {
  await page.goto(`${basePath}charts/`);
  for (const id of chartIds) {
    const item = page.locator(`#chart-${id}`);
    await expect(item).toHaveCount(1);
    for (const path of [
      `/embed/${id}/`,
      `/charts/${id}.svg`,
      `/charts/${id}.png`,
      `/charts/${id}.csv`,
      `/oembed/${id}.json`,
    ])
      await expect(item.locator(`a[href$="${path}"]`)).toHaveCount(1);
  }
  await page.goto(basePath);
  await expect(page.locator('main a[href$="/charts/"]')).toHaveCount(1);
});

for (const path of chartPages) {
  test(`share panels on ${path}: closed by default, and their links resolve`, async ({ page, request }) => {
    await page.goto(path);
    const panels = page.locator('figure.chart details.chart-share');
    await expect(panels).toHaveCount(chartIdsOn(path).length);
    for (const panel of await panels.all()) {
      await expect(panel).not.toHaveAttribute('open');
      await expect(panel.locator('textarea').first()).toBeHidden();
      await panel.locator('summary').click();
      await expect(panel.locator('textarea').first()).toBeVisible();
      await expect(panel.locator('button.chart-share-copy').first()).toBeVisible();
      for (const href of await panel
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        if (!href.startsWith('/')) continue;
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
      }
    }
  });
}

test('the share panel works with JavaScript off: it opens, and the snippets are there to copy', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(chartPages[0] ?? basePath);
  const panel = page.locator('details.chart-share').first();
  await panel.locator('summary').click();
  await expect(panel.locator('textarea').first()).toBeVisible();
  expect(await panel.locator('textarea').first().inputValue()).toMatch(/^<iframe src="/);
  await expect(panel.locator('button.chart-share-copy').first()).toBeHidden();
  await context.close();
});

test('the no-script snippet, pasted into a bare page with JavaScript off, shows chart, caption, source and credit in colour', async ({
  browser,
  page,
}) => {
  const path = chartPages[0] ?? basePath;
  await page.goto(path);
  const ids = chartIdsOn(path);
  const snippets = await Promise.all(ids.map((id) => page.locator(`#share-${id}-figure`).inputValue()));
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
  const host = await context.newPage();
  // A bare page: no stylesheet, no script, someone else's words around the chart.
  await host.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head><body><h1>My article</h1><p>Some words.</p>${snippets.join('<p>More words.</p>')}</body></html>`,
  );
  const figures = host.locator('figure');
  await expect(figures).toHaveCount(ids.length);
  for (const [i, id] of ids.entries()) {
    const figure = figures.nth(i);
    const svg = figure.locator('svg').first();
    await expect(svg).toBeVisible();
    const box = await svg.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    const caption = figure.locator('figcaption');
    await expect(caption).toContainText(content.charts.get(id)?.title ?? '');
    await expect(caption).toContainText(/Sources?: /);
    await expect(caption.locator('a', { hasText: 'Crossings' })).toHaveAttribute(
      'href',
      new RegExp(`^https?://.+#chart-${id}$`),
    );
    const paints = await svg.evaluate((root) =>
      [...root.querySelectorAll('rect, circle, path, line, text')].map((el) => {
        const style = getComputedStyle(el);
        return { tag: el.tagName, fill: style.fill, stroke: style.stroke };
      }),
    );
    const black = 'rgb(0, 0, 0)';
    for (const p of paints.filter((p) => p.tag === 'text'))
      expect(p.fill, 'text is painted, not default black').not.toBe(black);
    for (const p of paints)
      expect(p.fill === black && p.stroke === 'none', `${p.tag} drawn in default black`).toBe(false);
    // Colour, not only greys: some mark is drawn in a chromatic (series) colour.
    const chromatic = paints.some(({ fill, stroke }) =>
      [fill, stroke].some((c) => {
        const [r = 0, g = 0, b = 0] = (c.match(/\d+/g) ?? []).map(Number);
        return Math.max(r, g, b) - Math.min(r, g, b) > 40;
      }),
    );
    expect(chromatic, 'some mark is drawn in colour').toBe(true);
  }
  await host.screenshot({ path: 'test-results/no-script-snippet.png', fullPage: true });
  await context.close();
});

// axe with every share panel open: a11y.spec.ts opens them before it checks each page.
