/**
 * Screenshots of built pages, for people to look at: phone and desktop, light and dark, and print media.
 * Usage: npm run build && npm run screenshots -- /the-announcement/ /sources/
 * Writes screenshots/<page>-<width>-<scheme>.png (ignored by git). With --charts, also one picture of
 * every chart on those pages: screenshots/chart-<id>-<width>-<scheme>.png.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from './lib/browser.ts';
import { serve } from './serve.ts';

// Any free port, so that several checkouts (or a test run) can take screenshots at once.
const port = 0;
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
if (paths.length === 0) paths.push('/');
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const server = await serve(process.env['CROSSINGS_OUT_DIR'] ?? 'dist', port);
const address = server.address();
const origin = `http://localhost:${typeof address === 'object' && address ? address.port : port}`;
try {
  const found = findBrowser();
  const browser = await chromium.launch({ args: chromiumArgs, ...(found ? { executablePath: found.path } : {}) });
  for (const path of paths) {
    const name = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
    for (const width of [360, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(`${origin}${path}`);
        const file = `${out}/${name}-${width}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        if (process.argv.includes('--charts')) {
          for (const figure of await page.locator('figure.chart').all()) {
            const id = (await figure.getAttribute('data-chart')) ?? 'unknown';
            const chartFile = `${out}/chart-${id}-${width}-${scheme}.png`;
            await figure.screenshot({ path: chartFile });
            console.log(chartFile);
          }
        }
        await page.close();
      }
    }
    const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
    await page.goto(`${origin}${path}`);
    await page.emulateMedia({ media: 'print' });
    const file = `${out}/${name}-print.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
  await browser.close();
} finally {
  server.close();
}
