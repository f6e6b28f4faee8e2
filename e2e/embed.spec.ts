/**
 * Embeds as an article on someone else's site uses them: a host page on another origin pastes the
 * responsive snippet (iframe + /embed-host.js) for three charts, and each iframe must fit its content,
 * at a phone and a desktop width, after a view switch inside it, after the host page is resized, and for an
 * iframe added after load. Forged resize messages must change nothing. Then the embed page alone: theme by
 * URL, view by URL, JavaScript off, and what it says about itself (canonical, oEmbed, social card, credit).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { kindRegistry } from '../src/charts/kinds/index.ts';
import { onDate } from '../src/lib/content/dates.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { basePath, chapterPaths, chartHasViews, embedPaths, fileOf, sitemapPaths } from './site.ts';

const content = loadContent({ contentDir: resolve(import.meta.dirname, '..', 'content'), kinds: kindRegistry });
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
  const pages: Record<string, string> = {
    '/stranger.html': stranger,
    '/late.html': late,
    '/both-ways.html': bothWays(),
  };
  for (const { id, height } of below) pages[`/below/${id}.html`] = belowTheFold(id, height);
  // The oEmbed HTML as WordPress and many newsletter tools keep it: the iframe alone, its script stripped.
  for (const id of embedPaths().map((path) => path.split('/').at(-2) ?? ''))
    pages[`/stripped/${id}.html`] = hostPage(
      'An article whose host stripped the script',
      oembedSnippet(id).replace(/<script [^>]*><\/script>/, ''),
    );
  host = createServer((request, response) => {
    const body = pages[request.url ?? ''] ?? article;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  const address = host.address();
  hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

/**
 * The responsive snippet exactly as a chart's oEmbed JSON gives it (its height too), pointed at the site under
 * test rather than the build's address; `height` replaces the snippet's own.
 */
function oembedSnippet(id: string, height?: number): string {
  const oembed = JSON.parse(readFileSync(fileOf(`${basePath}oembed/${id}.json`), 'utf8')) as {
    html: string;
    provider_url: string;
  };
  const html = oembed.html.replaceAll(oembed.provider_url, site);
  return height === undefined ? html : html.replace(/ height="\d+"/, ` height="${height}"`);
}

/** A page around two embeds, with the host script once, as an article pasting two snippets would be. */
function hostPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font: 18px/1.5 Georgia, serif; max-width: 44rem; margin: 1rem auto; padding: 0 1rem; }</style>
</head><body><h1>${title}</h1>\n${body}\n<p>The end of the article.</p></body></html>`;
}

/**
 * An embed pasted 2,000 px below the fold (the first screenful), with the snippet's own loading="lazy": one
 * chart with its oEmbed snippet's height, taller than its content at 360 px; another starting far shorter
 * than its content.
 */
const below = [
  { id: 'initial-asylum-grants', height: undefined },
  { id: 'arrivals-by-year', height: 120 },
];
function belowTheFold(id: string, height: number | undefined): string {
  return hostPage(
    'An article with an embed far down',
    `<div style="height: calc(100vh + 2000px)"><p>A long article.</p></div>\n${oembedSnippet(id, height)}`,
  );
}

/** One chart twice, in view: from a height far shorter than its content, and from one far taller. */
const both = { id: 'initial-asylum-grants', short: 100, tall: 1600 };
function bothWays(): string {
  return hostPage(
    'An article with an embed too short and one too tall',
    `${oembedSnippet(both.id, both.short)}\n<p>Between them.</p>\n${oembedSnippet(both.id, both.tall)}`,
  );
}

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

/**
 * Each of the page's iframes: its height on the host page, and the bottom edge of the last thing in its embed
 * (the credit line, with the body's margin and padding below it), measured in the frame's own layout: not
 * the embed's own measure (the height of its <html>), nor the document's scrollHeight, which inside an
 * iframe is never less than the iframe's height.
 */
async function fits(page: Page): Promise<{ frame: number; content: number }[]> {
  const out: { frame: number; content: number }[] = [];
  const iframes = page.locator(`iframe[src^="${site}embed/"]`);
  for (let i = 0; i < (await iframes.count()); i++) {
    const frame = await iframes.nth(i).evaluate((el) => el.getBoundingClientRect().height);
    const content =
      (await (
        await (await iframes.nth(i).elementHandle())?.contentFrame()
      )?.evaluate(() => {
        const credit = document.querySelector('.embed-credit');
        if (!credit) return Number.NaN;
        const style = getComputedStyle(document.body);
        const below = parseFloat(style.marginBottom) + parseFloat(style.paddingBottom);
        return credit.getBoundingClientRect().bottom + scrollY + below;
      })) ?? Number.NaN;
    out.push({ frame, content });
  }
  return out;
}

/** How far each iframe is from fitting its content, in whole px (0 when within a pixel). */
async function misfits(page: Page): Promise<number[]> {
  return (await fits(page)).map(({ frame, content }) => Math.trunc(Math.abs(frame - content)));
}

for (const { id, height } of below) {
  test(`an embed 2,000 px below the fold (${id}, ${height === undefined ? 'its snippet height' : `${height} px`}) is sized before the reader scrolls, and nothing moves when they do`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${hostOrigin}/below/${id}.html`);
    const iframe = page.locator(`iframe[src^="${site}embed/"]`);
    const start = Number(await iframe.getAttribute('height'));
    // Sized with no scroll at all: Chromium renders no off-screen cross-origin frame (no ResizeObserver, no
    // animation frame there), so only a height measured and posted without them reaches the host.
    await expect.poll(() => misfits(page), { message: 'the embed fits its content, unscrolled' }).toEqual([0]);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const [fitted] = await fits(page);
    // Not its starting height by chance: it shrank from the snippet's height, or grew from the short one.
    if (height === undefined) expect(fitted?.frame).toBeLessThan(start);
    else expect(fitted?.frame).toBeGreaterThan(start);

    // The reader scrolls down to it: every height the iframe takes from here is recorded, as are the host
    // page's layout shifts.
    await page.evaluate(() => {
      const record = { heights: [] as string[], shifts: 0, marked: false };
      Object.assign(window, { record });
      new MutationObserver((list) => {
        for (const m of list) record.heights.push((m.target as HTMLElement).style.height);
      }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['style', 'height'] });
      new PerformanceObserver((list) => (record.shifts += list.getEntries().length)).observe({ type: 'layout-shift' });
      addEventListener('message', (event) => {
        if (event.data === 'mark') record.marked = true;
      });
    });
    await iframe.scrollIntoViewIfNeeded();
    const frame = await (await iframe.elementHandle())?.contentFrame();
    // Two animation frames inside the embed: it is rendered now, and its ResizeObserver has reported. A
    // message it posts after them reaches the host after anything that observer posted.
    await frame?.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await frame?.evaluate(() => parent.postMessage('mark', '*'));
    type Record = { heights: string[]; shifts: number; marked: boolean };
    await expect.poll(() => page.evaluate(() => (window as unknown as { record: Record }).record.marked)).toBe(true);
    const record = await page.evaluate(() => (window as unknown as { record: Record }).record);
    expect(record.heights, 'the iframe was not resized once in view').toEqual([]);
    expect(record.shifts, 'no layout shift on the host page').toBe(0);
    expect(await fits(page)).toEqual([fitted]);
  });
}

test('an embed shrinks to content shorter than its starting height, and grows to content taller', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${hostOrigin}/both-ways.html`);
  // One iframe starts at 100 px, the other at 1,600 px, far taller than the chart's content at 360 px.
  await expect
    .poll(() => fits(page).then((f) => f.map(({ content }) => content > both.short && content < both.tall)))
    .toEqual([true, true]);
  await expect.poll(() => misfits(page), { message: 'each embed fits its content' }).toEqual([0, 0]);
});

const phones = [320, 430] as const;
test(`without the host script, every chart's embed fits its snippet's fixed height on a ${phones.join(' and a ')} px phone`, async ({
  page,
}) => {
  // A page load for every chart, measured at each width.
  test.setTimeout(240_000 * phones.length);
  const clipped: string[] = [];
  for (const path of embedPaths()) {
    const id = path.split('/').at(-2) ?? '';
    // One load for both widths: loaded on the narrower phone, then the wider, as a reader turning a phone
    // has it (the embed lays itself out from its width by CSS alone: chart.css's container queries).
    await page.setViewportSize({ width: phones[0], height: 800 });
    await page.goto(`${hostOrigin}/stripped/${id}.html`);
    expect(await page.locator('script').count()).toBe(0);
    const iframe = page.locator('iframe');
    const frame = await (await iframe.elementHandle())?.contentFrame();
    await expect(frame?.locator('.embed-credit') ?? iframe).toBeVisible();
    // The embed's own script has run (its view buttons take their room) and its font has loaded or been
    // given up: the page is as tall as it will get.
    await frame?.waitForFunction(() => customElements.get('chart-figure') !== undefined, undefined, { polling: 100 });
    await frame?.evaluate(() => document.fonts.ready.then(() => undefined));
    for (const width of phones) {
      if (width !== phones[0]) {
        await page.setViewportSize({ width, height: 800 });
        // Two animation frames inside the embed: it has laid itself out again at this width, and its
        // ResizeObserver has run.
        await frame?.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      }
      const [fit] = await fits(page);
      expect(fit?.frame, `${id} at ${width} px`).toBe(Number(await iframe.getAttribute('height')));
      if (!fit || !(fit.content <= fit.frame))
        clipped.push(`${id} at ${width} px: ${fit?.content} px of content in ${fit?.frame} px`);
    }
  }
  expect(clipped, 'embeds cut off by their snippet height').toEqual([]);
});

test('a host that changes only the #hash of a loaded embed switches its view, and the iframe fits it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(`${hostOrigin}/`);
  await expectAllFit(page, charts);
  const frame = embedFrame(page, switching.id);
  await frame.waitForFunction(() => customElements.get('chart-figure') !== undefined);
  // The same document, not a new load: a mark set in it now must still be there after each change.
  await frame.evaluate(() => Object.assign(window, { sameDocument: true }));
  const iframe = page.locator(`iframe[src^="${site}embed/${switching.id}/"]`);
  const setHash = (hash: string) =>
    iframe.evaluate((el, hash) => {
      const frame = el as HTMLIFrameElement;
      frame.src = `${frame.src.split('#')[0] ?? ''}${hash}`;
    }, hash);

  await setHash(`#chart-${switching.id}/${switching.view}`);
  await expect(frame.locator(`.chart-view[data-view="${switching.view}"]`)).toBeVisible();
  await expect(frame.locator('.chart-view').first()).toBeHidden();
  await expect(frame.locator(`.chart-views button[data-view="${switching.view}"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectAllFit(page, [switching.id]);

  // Back to the chart's own hash: the default view, as a reader's Back to it would show.
  await setHash(`#chart-${switching.id}`);
  await expect(frame.locator('.chart-view').first()).toBeVisible();
  await expect(frame.locator(`.chart-view[data-view="${switching.view}"]`)).toBeHidden();
  await expectAllFit(page, [switching.id]);
  expect(await frame.evaluate(() => 'sameDocument' in window)).toBe(true);
});

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

test("every chart has an embed page, kept out of the sitemap, pointing at its chapter, with its newest figures' date", async ({
  page,
}) => {
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

    // The chart gives its newest figures' date, from its dataset, as on its chapter (checked here, on the
    // page this loop has loaded anyway, rather than by a second load of every embed page in dates.spec.ts).
    const dataset = content.datasets.get(content.charts.get(id)?.dataset ?? '');
    if (!dataset) throw new Error(`no dataset for ${id}`);
    await expect(page.locator(`#chart-${id} .chart-date`), id).toHaveText(
      dataset.meta.undated
        ? `Newest dated figures published ${onDate(dataset.meta.updated)}. ${dataset.meta.undated}`
        : `Newest figures published ${onDate(dataset.meta.updated)}.`,
    );
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
