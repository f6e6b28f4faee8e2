/**
 * Offline reading: after one visit the service worker has the whole site, so with the network cut every page,
 * the PDF and the chart files still open; after a rebuild, a reload gets the new version whole, never a
 * mix. Each test serves its own copy of the built site on a free port (a service worker belongs to an
 * origin, and the update test changes files).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeOffline } from '../scripts/postbuild/offline.ts';
import { serve } from '../scripts/serve.ts';
import { allPagePaths, dist } from './site.ts';

const root = resolve(import.meta.dirname, '..');

// The service worker is what this spec is about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

let copy = '';
let server: Server;
let origin = '';

test.beforeEach(async () => {
  copy = mkdtempSync(join(tmpdir(), 'crossings-offline-'));
  cpSync(dist, copy, { recursive: true });
  server = await serve(copy, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterEach(() => {
  server.close();
  rmSync(copy, { recursive: true, force: true });
});

/** Visits once and waits until the service worker is active (its precache complete) and controls the page. */
async function visitAndInstall(page: Page, path = '/'): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

/** Chart files to read offline: i8b's PNGs under /charts/ where the build has them, else the app icons. */
function pngPaths(): string[] {
  const charts = join(dist, 'charts');
  const pngs = existsSync(charts) ? readdirSync(charts).filter((f) => f.endsWith('.png')) : [];
  return pngs.length > 0 ? pngs.slice(0, 3).map((f) => `/charts/${f}`) : ['/icons/icon-192.png'];
}

test('after one visit, with the network cut, every page, the PDF and chart files still open', async ({
  page,
  context,
}) => {
  // Every page of the site in turn (over 40), after the worker's install: room for a machine doing other work.
  test.slow();
  await visitAndInstall(page);
  await context.setOffline(true);
  // Offline really is offline: a request the worker does not answer fails.
  expect(
    await page.evaluate(() =>
      fetch('/not-a-file.txt').then(
        (r) => r.status,
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  for (const path of allPagePaths()) {
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('main, body').first(), path).not.toBeEmpty();
    // The page's styles came too: the stylesheet applied (fonts and layout), not unstyled HTML.
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font, path).toContain('Atkinson');
  }
  for (const path of ['/crossings.pdf', ...pngPaths(), '/manifest.webmanifest']) {
    const result = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        size: (await response.blob()).size,
      };
    }, path);
    expect(result.status, path).toBe(200);
    expect(result.size, path).toBeGreaterThan(100);
  }
});

test('the manifest makes the site installable: name, icons that load, theme colours', async ({ page }) => {
  await page.goto(`${origin}/`);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href ?? '', `${origin}/`);
  const manifest = (await (await page.request.get(manifestUrl.href)).json()) as {
    name: string;
    start_url: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest.name).toBe('Crossings');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // The PNG's own header gives its size.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});

test('after a rebuild with changed content, a reload gets the new version whole', async ({ page }) => {
  await visitAndInstall(page, '/');
  // Styles are inlined in each page (one request to the first paint), so the page's one hashed file is its
  // module script: a rebuild that changes it gives it a new name, as Astro does.
  const scripts = () =>
    page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src));
  const oldScripts = await scripts();

  // A rebuild: changed words in two pages and a changed script (a new hashed name), then the real
  // post-build step makes the new service worker from the new files.
  const mark = 'Rebuilt-' + Date.now();
  const jsDir = join(copy, '_astro');
  const oldName = oldScripts.map((src) => src.split('/').at(-1) ?? '').find((f) => f.endsWith('.js'));
  expect(oldName).toBeTruthy();
  const newName = `rebuilt-${mark}.js`;
  writeFileSync(
    join(jsDir, newName),
    `${readFileSync(join(jsDir, oldName ?? ''), 'utf8')}\ndocument.documentElement.dataset.rebuilt = '1';\n`,
  );
  rmSync(join(jsDir, oldName ?? ''));
  for (const page of allPagePaths()) {
    const file = join(copy, page.replace(/^\//, ''), page.endsWith('/') ? 'index.html' : '');
    const html = readFileSync(file, 'utf8').replaceAll(oldName ?? '', newName);
    writeFileSync(file, page === '/' || page === '/print/' ? html.replace('<h1>', `<h1 data-build="${mark}">`) : html);
  }
  await makeOffline(copy, root, { name: 'Crossings', description: 'test' });

  // Reloading while the new worker installs in the background gives one version or the other, whole:
  // old words with the old script (gone from the server, kept in the cache), or new with new.
  const version = async () => ({
    newWords: (await page.locator(`h1[data-build="${mark}"]`).count()) === 1,
    newScript: (await scripts()).some((src) => src.endsWith(newName)),
    styled: (await page.evaluate(() => getComputedStyle(document.body).fontFamily)).includes('Atkinson'),
  });
  await page.reload();
  const during = await version();
  expect(during.newWords).toBe(during.newScript);
  expect(during.styled).toBe(true);
  if (!during.newScript) expect(await scripts()).toEqual(oldScripts);

  // The new worker takes over once its whole set is cached.
  await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.update()));
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        const cached = await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys()));
        return Boolean(r && !r.installing && !r.waiting) && cached.flat().some((q) => q.url.includes('rebuilt-'));
      }),
    )
    .toBe(true);
  await page.reload();
  await expect(page.locator(`h1[data-build="${mark}"]`)).toHaveCount(1);
  expect((await scripts()).some((src) => src.endsWith(newName))).toBe(true);
  await expect(page.locator('html[data-rebuilt="1"]')).toHaveCount(1);

  // And offline, the other changed page is new too: one build throughout.
  await page.context().setOffline(true);
  await page.goto(`${origin}/print/`);
  await expect(page.locator(`h1[data-build="${mark}"]`)).toHaveCount(1);
  await expect(page.locator('html[data-rebuilt="1"]')).toHaveCount(1);
});

test('embed pages never register the service worker, and still work when one controls them', async ({ page }) => {
  const embeds = allPagePaths().filter((path) => path.startsWith('/embed/'));
  test.skip(embeds.length === 0, 'this build has no embed pages yet');
  const embed = embeds[0] ?? '';
  // Fresh: an embed page alone registers nothing. Every call to register() is counted: the site's pages
  // register from their load event, so once it has fired the count is final (no wait in milliseconds).
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    Object.assign(window, { registerCalls: 0 });
    container.register = (...args: Parameters<typeof register>) => {
      Object.assign(window, { registerCalls: (window as unknown as { registerCalls: number }).registerCalls + 1 });
      return register(...args);
    };
  });
  await page.goto(`${origin}${embed}`);
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => (window as unknown as { registerCalls: number }).registerCalls)).toBe(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  // After a visit to the site, the worker controls the embed too: it must still draw its chart, offline.
  await visitAndInstall(page);
  await page.context().setOffline(true);
  const response = await page.goto(`${origin}${embed}?theme=dark`);
  expect(response?.fromServiceWorker()).toBe(true);
  expect(response?.status()).toBe(200);
  await expect(page.locator('figure.chart svg').first()).toBeVisible();
  // The framing rules a host sets come with the cached page (read through the worker, offline).
  const policy = await page.evaluate(
    async (url) => (await fetch(url)).headers.get('content-security-policy') ?? '',
    `${origin}${embed}`,
  );
  expect(policy).toContain('frame-ancestors *');
  // And every other page keeps the rule that it may not be framed.
  const pagePolicy = await page.evaluate(
    async (url) => (await fetch(url)).headers.get('content-security-policy') ?? '',
    `${origin}/print/`,
  );
  expect(pagePolicy).toContain("frame-ancestors 'none'");
});
