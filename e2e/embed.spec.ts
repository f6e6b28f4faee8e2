/**
 * Embeds as an article on someone else's site uses them: a host page on another origin pastes the
 * responsive snippet (iframe + /embed-host.js) for three charts, and each iframe must fit its content,
 * at a phone and a desktop width, after a view switch inside it, after the host page is resized, and for an
 * iframe added after load. Forged resize messages must change nothing. Then the embed page alone: theme by
 * URL, view by URL, JavaScript off, and what it says about itself (canonical, oEmbed, social card, credit).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { basePath, chapterPaths, chartHasViews, embedPaths, fileOf, sitemapPaths } from './site.ts';

const charts = ['arrivals-by-year', 'bsc-funding-timeline', 'channel-deaths-by-series'];
/** A chart with views of different heights, for the view switch. */
const switching = { id: 'bsc-funding-timeline', view: 'tranches' };

/** The responsive snippet, as the README ("Embedding") and the Share panel give it, for a site at `abs`. */
function snippet(abs: string, id: string): string {
  return (
    `<iframe src="${abs}embed/${id}/" title="Chart: ${id}" width="100%" height="400" ` +
    `style="border:0;width:100%" loading="lazy"></iframe>\n<script src="${abs}embed-host.js" async></script>`
  );
}

/** A host page on another origin (127.0.0.1 on a free port, while the site is on localhost). */
let host: Server;
let hostOrigin = '';
let site = '';

test.beforeAll(async ({ baseURL }) => {
  site = `${new URL(baseURL ?? 'http://localhost:4321').origin}${basePath}`;
  const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font: 18px/1.5 Georgia, serif; max-width: 44rem; margin: 1rem auto; padding: 0 1rem; }</style>
</head><body><h1>An article that embeds three charts</h1>
${charts.map((id) => `<p>Some words about ${id}.</p>\n${snippet(site, id)}`).join('\n')}
<p>A stranger's frame, on the article's own origin:</p>
<iframe id="stranger" src="/stranger.html" title="Advertisement" height="120" style="border:0;width:100%"></iframe>
</body></html>`;
  // Posts forged resize messages, in both forms, to the article when asked.
  const stranger = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stranger</title></head><body>
<p>Stranger</p><script>
addEventListener('message', function (e) {
  if (e.data !== 'forge') return;
  parent.postMessage({ type: 'crossings:resize', id: '${charts[0]}', height: 999 }, '*');
  parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 998 }, '*');
});
</script></body></html>`;
  // The same article with the snippets' iframes only: the test adds the host script once they have loaded.
  const late = article.replace(/<script [^>]*embed-host\.js[^>]*><\/script>/g, '');
  host = createServer((request, response) => {
    const body = request.url === '/stranger.html' ? stranger : request.url === '/late.html' ? late : article;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  const address = host.address();
  hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

function embedFrame(page: Page, id: string): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(`${site}embed/${id}/`));
  if (!frame) throw new Error(`no frame for ${id}`);
  return frame;
}

/**
 * How far an iframe is from fitting its content: its height on the host page against the bottom edge of
 * the last thing in the embed (the credit line), measured in the frame's own layout. 0 when it fits.
 */
async function misfit(page: Page, id: string): Promise<number> {
  const frame = embedFrame(page, id);
  const iframeHeight = await page
    .locator(`iframe[src^="${site}embed/${id}/"]`)
    .evaluate((el) => el.getBoundingClientRect().height);
  const contentBottom = await frame.evaluate(() => {
    const credit = document.querySelector('.embed-credit');
    if (!credit) return Number.NaN;
    const style = getComputedStyle(document.body);
    return (
      credit.getBoundingClientRect().bottom + scrollY + parseFloat(style.marginBottom) + parseFloat(style.paddingBottom)
    );
  });
  return Math.abs(iframeHeight - contentBottom);
}

async function expectAllFit(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    await page.locator(`iframe[src^="${site}embed/${id}/"]`).scrollIntoViewIfNeeded();
    await expect.poll(() => misfit(page, id), { message: `${id} fits its content` }).toBeLessThanOrEqual(2);
  }
}

async function frameHeights(page: Page): Promise<number[]> {
  return page.locator('iframe').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
}

for (const width of [360, 1024]) {
  test(`three embeds on another origin fit their content at ${width} px, also after a view switch and a resize`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${hostOrigin}/`);
    await expectAllFit(page, charts);
    // The fit is not the snippet's starting height by chance: every iframe was resized.
    for (const id of charts)
      expect(await page.locator(`iframe[src^="${site}embed/${id}/"]`).evaluate((el) => el.style.height)).not.toBe('');

    const frame = embedFrame(page, switching.id);
    const before = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    // The view buttons hold their place from the first paint; they switch once the enhancement has run (on
    // a loaded machine the lazy frame's module can come after its first resize message). Pressed with Enter:
    // a click aims at a point on the host page, and the frames above can still be settling their heights.
    await frame.waitForFunction(() => customElements.get('chart-figure') !== undefined);
    await frame.locator(`.chart-views button[data-view="${switching.view}"]`).press('Enter');
    await expect(frame.locator(`.chart-view[data-view="${switching.view}"]`)).toBeVisible();
    expect(await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)).not.toBe(before);
    await expectAllFit(page, charts);

    // The data table opened inside an iframe makes it much taller.
    await frame.locator(`.chart-view[data-view="${switching.view}"] details.chart-data summary`).click();
    await expectAllFit(page, charts);

    // The reader turns the phone, or narrows the window: every embed reflows and is fitted again.
    await page.setViewportSize({ width: width === 360 ? 700 : 480, height: 800 });
    await expectAllFit(page, charts);
  });
}

test('an embed added after the host script loaded is sized too', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(`${hostOrigin}/`);
  await expectAllFit(page, charts);
  const id = 'safe-routes-by-route';
  await page.evaluate(
    ({ site, id }) => {
      const iframe = document.createElement('iframe');
      iframe.src = `${site}embed/${id}/`;
      iframe.title = id;
      iframe.height = '150';
      iframe.setAttribute('style', 'border:0;width:100%');
      document.body.append(iframe);
    },
    { site, id },
  );
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${site}embed/${id}/`))).toBe(true);
  await expectAllFit(page, [id]);
});

test('a host script that loads after the embeds asks them for their height', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 3000 });
  await page.goto(`${hostOrigin}/late.html`);
  await page.waitForLoadState('load');
  expect(await page.locator('script').count()).toBe(0);
  for (const id of charts) await expect(embedFrame(page, id).locator('.embed-credit')).toBeVisible();
  // Every embed has already posted its height, to nobody: the iframes still have the snippet's height.
  expect(await frameHeights(page)).toEqual([400, 400, 400, 120]);
  await page.evaluate((src) => {
    const script = document.createElement('script');
    script.src = src;
    document.body.append(script);
  }, `${site}embed-host.js`);
  await expectAllFit(page, charts);
});

test('forged resize messages change nothing', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(`${hostOrigin}/`);
  await expectAllFit(page, charts);
  const before = await frameHeights(page);
  // Every height the frames take from here on, as the host script sets it.
  await page.evaluate(() => {
    const frames = [...document.querySelectorAll('iframe')];
    const taken: number[][] = [];
    Object.assign(window, { taken });
    new MutationObserver(() => taken.push(frames.map((f) => f.getBoundingClientRect().height))).observe(document.body, {
      attributes: true,
      subtree: true,
      attributeFilter: ['style', 'height'],
    });
  });

  // 1. A stranger frame on the article's own origin posts both forms.
  const stranger = page.frames().find((f) => f.url() === `${hostOrigin}/stranger.html`);
  await stranger?.evaluate(() => postMessage('forge', '*'));
  // 2. The article's window itself posts both forms (wrong origin, and not from one of our iframes).
  await page.evaluate(() => {
    postMessage({ type: 'crossings:resize', id: 'arrivals-by-year', height: 997 }, '*');
    postMessage({ sentinel: 'amp', type: 'embed-size', height: 996 }, '*');
  });
  // 3. One of our own embeds posts heights that are not sane.
  await embedFrame(page, charts[0] ?? '').evaluate(() => {
    for (const height of [Number.NaN, Infinity, -5, 0, 1e9, '600', null])
      parent.postMessage({ type: 'crossings:resize', id: 'arrivals-by-year', height }, '*');
    parent.postMessage({ type: 'something-else', height: 700 }, '*');
    parent.postMessage({ sentinel: 'not-amp', type: 'embed-size', height: 701 }, '*');
  });
  // Then a genuine message from that embed, posted after all of them: messages are handled in the order
  // they were posted, so once it has taken effect every forged one has been handled, with no wait in
  // milliseconds. It also shows that the listener still works: the test could fail.
  await embedFrame(page, charts[0] ?? '').evaluate(() =>
    parent.postMessage({ type: 'crossings:resize', id: 'arrivals-by-year', height: 640 }, '*'),
  );
  const after = [640, ...before.slice(1)];
  await expect.poll(() => frameHeights(page)).toEqual(after);
  // Until the genuine one, no forged message moved any frame.
  const taken = await page.evaluate(() => (window as unknown as { taken: number[][] }).taken);
  const untilGenuine = taken.slice(
    0,
    taken.findIndex((heights) => heights[0] === 640),
  );
  for (const heights of untilGenuine) expect(heights).toEqual(before);
});

test('every chart has an embed page, kept out of the sitemap, pointing at its chapter', async ({ page }) => {
  const chartIds = [...readFileSync('content/charts.yaml', 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]);
  expect(embedPaths().sort()).toEqual(chartIds.map((id) => `${basePath}embed/${id}/`).sort());
  expect(sitemapPaths().filter((path) => path.includes('/embed/'))).toEqual([]);

  for (const path of embedPaths()) {
    const id = path.split('/').at(-2) ?? '';
    await page.goto(path);
    // The figure alone: no site header, navigation or footer.
    await expect(page.locator('header, nav, .site-footer')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveCount(1);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    expect(canonical, path).toMatch(new RegExp(`^https?://[^/]+${basePath}[a-z0-9-]+/#chart-${id}$`));
    await expect(page.locator('.embed-credit a').first()).toHaveAttribute('href', canonical);
    await expect(page.locator('.embed-credit a[rel="license"]')).toHaveText('CC BY 4.0');
    await expect(page.locator('.embed-credit')).toContainText('you may republish');
    // The chapter really has the chart under that anchor.
    const chapterHtml = readFileSync(fileOf(new URL(canonical).pathname), 'utf8');
    expect(chapterHtml).toContain(`id="chart-${id}"`);

    const oembed = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(oembed).toHaveAttribute('href', new RegExp(`^https?://[^/]+${basePath}oembed/${id}\\.json$`));
    await expect(oembed).toHaveAttribute('title', /.+/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      new RegExp(`^https?://[^/]+${basePath}charts/${id}\\.png$`),
    );
    for (const property of ['og:title', 'og:description'])
      await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  }
});

test('chapter and home pages carry social-card tags with absolute URLs', async ({ page }) => {
  // The print edition holds every chapter's article too, but it is not a chapter: it has the home card.
  const chapters = new Set(chapterPaths());
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    const inside = path.slice(basePath.length).replace(/\/$/, '');
    const chapter = chapters.has(path);
    if (chapter) expect(image, path).toMatch(new RegExp(`^https?://[^/]+${basePath}cards/${inside}\\.png$`));
    if (path === basePath) expect(image).toMatch(new RegExp(`^https?://[^/]+${basePath}cards/home\\.png$`));
    // The title cards are drawn 1200 × 630.
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
    for (const property of ['og:title', 'og:description'])
      await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  }
});

/** Relative luminance of a computed `rgb(…)` colour. */
async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  });
}

test('?theme= chooses the colours; without it the system setting decides', async ({ page }) => {
  const path = `${basePath}embed/${charts[0]}/`;
  for (const [system, query, dark] of [
    ['light', '?theme=dark', true],
    ['dark', '?theme=light', false],
    ['light', '', false],
    ['dark', '', true],
    ['dark', '?theme=purple', true],
  ] as const) {
    await page.emulateMedia({ colorScheme: system });
    await page.goto(`${path}${query}`);
    const luminance = await backgroundLuminance(page);
    expect(luminance < 0.2, `${system} system, ${query || 'no theme'}: background luminance ${luminance}`).toBe(dark);
  }
});

test('the view is chosen in the URL, as on chapter pages; the default view is the one drawn without it', async ({
  page,
}) => {
  const path = `${basePath}embed/${switching.id}/`;
  expect(chartHasViews(path, switching.id)).toBe(true);
  await page.goto(`${path}#chart-${switching.id}/${switching.view}`);
  await expect(page.locator(`.chart-view[data-view="${switching.view}"]`)).toBeVisible();
  await expect(page.locator('.chart-view').first()).toBeHidden();
  await page.goto(path);
  await expect(page.locator('.chart-view').first()).toBeVisible();
  await expect(page.locator(`.chart-view[data-view="${switching.view}"]`)).toBeHidden();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('an embed page shows the chart, its words, its source and the credit', async ({ page }) => {
    await page.goto(`${basePath}embed/${switching.id}/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.chart-view').first().locator('svg:visible')).toHaveCount(1);
    await expect(page.locator('.chart-summary').first()).toBeVisible();
    await expect(page.locator('.chart-source')).toBeVisible();
    await expect(page.locator('.embed-credit a').first()).toBeVisible();
    // The view buttons need the enhancement: without it they stay hidden, and only the default view shows.
    await expect(page.locator('.chart-views')).toBeHidden();
    await expect(page.locator('details.chart-data table').first()).toBeAttached();
  });
});
