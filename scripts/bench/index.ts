/**
 * Benchmark (not a test): `npm run bench [-- --loads 10 --builds 2]`.
 *
 * 1. Build time: the whole site built from content/, then from a generated copy with ten times the
 *    charts (growth.ts), each built `--builds` times (alternating, each a cold build with its own cache)
 *    into a temporary folder; the growth is reported as milliseconds per extra chart.
 * 2. The same chart (arrivals by year) two ways, in one Chromium run: our build-time SVG figure, and the
 *    chart drawn in the browser with the full d3 bundle from the CSV, as a typical D3 tutorial does. Both
 *    pages use the site's stylesheet and font, served with gzip from a local server. Each page is loaded
 *    `--loads` times (at least 10), alternating, in a fresh browser context (cold cache), on a desktop
 *    (no throttling) and on an emulated phone (4× slower CPU, Lighthouse's slow-4G network). Measured: the
 *    time from navigation until the bars are in the DOM and one frame has been painted after that, the
 *    JavaScript bytes and all bytes transferred. Medians, and the ratios d3 ÷ ours.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../browser.ts';
import { growContent } from './growth.ts';
import { benchPages, chartId } from './pages.ts';
import { startServer } from './server.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    loads: { type: 'string', default: '10' },
    builds: { type: 'string', default: '3' },
    'skip-builds': { type: 'boolean', default: false },
  },
});
const loads = Math.max(10, Number(values.loads));
const builds = Math.max(1, Number(values.builds));
const work = mkdtempSync(join(tmpdir(), 'crossings-bench-'));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

interface BuildTime {
  /** The whole build: content validation, then Astro. */
  totalMs: number;
  /** Astro's own figure for writing the pages (where the charts are drawn): less noisy than the total. */
  pagesMs: number;
}

/** One full build (content validation + Astro), timed. */
function timedBuild(out: string, contentDir: string): BuildTime {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    // A fresh Astro cache for every build: each is a cold build, as in CI, and none sees another's content.
    env: { ...process.env, CROSSINGS_CONTENT_DIR: contentDir, CROSSINGS_CACHE_DIR: `${out}.cache` },
  });
  const totalMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`The build into ${out} failed:\n${result.stdout}`);
  const pages = /page\(s\) built in ([\d.]+)(m?s)/.exec(result.stdout);
  const pagesMs = pages ? Number(pages[1]) * (pages[2] === 's' ? 1000 : 1) : Number.NaN;
  return { totalMs, pagesMs };
}

interface Load {
  paintedMs: number;
  jsBytes: number;
  totalBytes: number;
}

interface Condition {
  name: string;
  cpuSlowdown: number;
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

const conditions: Condition[] = [
  { name: 'desktop, no throttling', cpuSlowdown: 1 },
  {
    name: 'phone: 4× CPU, slow 4G',
    cpuSlowdown: 4,
    // Lighthouse's mobile preset: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
];

async function load(browser: Browser, url: string, bars: string, count: number, condition: Condition): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (condition.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpuSlowdown });
  if (condition.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.network });
  }
  // From the document's first moment: each frame, look for the bars; once they are all there, note the
  // time at the start of the next frame, which comes after the frame that painted them.
  await page.addInitScript(
    ({ selector, n }) => {
      const tick = (): void => {
        if (document.querySelectorAll(selector).length >= n) {
          requestAnimationFrame(() => ((window as unknown as { barsPainted: number }).barsPainted = performance.now()));
        } else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    { selector: bars, n: count },
  );
  const sizes: Promise<{ js: boolean; bytes: number }>[] = [];
  page.on('requestfinished', (request) =>
    sizes.push(request.sizes().then((s) => ({ js: request.resourceType() === 'script', bytes: s.responseBodySize }))),
  );
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { barsPainted?: number }).barsPainted !== undefined);
  const paintedMs = await page.evaluate(() => (window as unknown as { barsPainted: number }).barsPainted);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  await context.close();
  return {
    paintedMs,
    jsBytes: all.filter((s) => s.js).reduce((sum, s) => sum + s.bytes, 0),
    totalBytes: all.reduce((sum, s) => sum + s.bytes, 0),
  };
}

try {
  // 1. Build time, and its growth with ten times the charts.
  const baseContent = join(work, 'content');
  cpSync(join(root, 'content'), baseContent, { recursive: true });
  const grownContent = join(work, 'content-10x');
  const grown = growContent(baseContent, grownContent, 10);
  const site = join(work, 'site');
  let buildLine = '';
  if (!values['skip-builds']) {
    const base: BuildTime[] = [];
    const big: BuildTime[] = [];
    for (let i = 0; i < builds; i++) {
      base.push(timedBuild(join(work, `base-${i}`), baseContent));
      big.push(timedBuild(join(work, `big-${i}`), grownContent));
      const [b, g] = [base.at(-1), big.at(-1)];
      console.log(
        `build ${i + 1}/${builds}: ${b?.totalMs.toFixed(0)} ms (pages ${b?.pagesMs.toFixed(0)} ms); ` +
          `with 10× charts ${g?.totalMs.toFixed(0)} ms (pages ${g?.pagesMs.toFixed(0)} ms)`,
      );
    }
    cpSync(join(work, 'base-0'), site, { recursive: true });
    const per = (key: keyof BuildTime): string =>
      ((median(big.map((x) => x[key])) - median(base.map((x) => x[key]))) / grown.added).toFixed(1);
    const spread = (xs: BuildTime[]): string => {
      const t = xs.map((x) => x.totalMs);
      return `${(Math.min(...t) / 1000).toFixed(1)}–${(Math.max(...t) / 1000).toFixed(1)} s`;
    };
    buildLine = [
      `Site build (content validation + Astro, cold cache), median of ${builds}:`,
      `  ${grown.charts} charts: ${(median(base.map((x) => x.totalMs)) / 1000).toFixed(2)} s (range ${spread(base)})`,
      `  ${grown.charts + grown.added} charts (${grown.added} added in one generated chapter): ` +
        `${(median(big.map((x) => x.totalMs)) / 1000).toFixed(2)} s (range ${spread(big)})`,
      `  growth: ${per('totalMs')} ms per extra chart over the whole build; ` +
        `${per('pagesMs')} ms per extra chart in Astro's page generation`,
    ].join('\n');
  } else {
    timedBuild(site, baseContent);
  }

  // 2. Page loads.
  const pages = benchPages(site, 'the-announcement');
  const d3Dir = join(root, 'node_modules/d3/dist');
  const { server, origin } = await startServer(resolve(site), {
    '/bench/svg/': { name: 'index.html', body: Buffer.from(pages.svg) },
    '/bench/d3/': { name: 'index.html', body: Buffer.from(pages.d3) },
    '/bench/d3.min.js': { name: 'd3.min.js', body: readFileSync(join(d3Dir, 'd3.min.js')) },
    '/bench/chart.js': { name: 'chart.js', body: readFileSync(join(import.meta.dirname, 'd3-page/chart.js')) },
    '/bench/small-boat-arrivals.csv': {
      name: 'data.csv',
      body: readFileSync(join(baseContent, 'data/small-boat-arrivals.csv')),
    },
  });
  const rows = readFileSync(join(baseContent, 'data/small-boat-arrivals.csv'), 'utf8').trim().split('\n').length - 1;
  const found = findBrowser();
  const browser = await chromium.launch({ args: chromiumArgs, ...(found ? { executablePath: found.path } : {}) });
  const ways = [
    {
      name: `build-time SVG (ours)`,
      url: `${origin}/bench/svg/`,
      bars: `#chart-${chartId} .chart-frame--wide [data-row]`,
    },
    { name: 'd3 in the browser', url: `${origin}/bench/d3/`, bars: '#chart rect.bar' },
  ];
  const report: string[] = [];
  try {
    for (const condition of conditions) {
      const results: Load[][] = ways.map(() => []);
      // Alternate the two pages so that a busy moment on the machine falls on both alike.
      for (let i = 0; i < loads; i++) {
        for (const [w, way] of ways.entries())
          results[w]?.push(await load(browser, way.url, way.bars, rows, condition));
      }
      const m = results.map((r) => ({
        painted: median(r.map((x) => x.paintedMs)),
        js: median(r.map((x) => x.jsBytes)),
        total: median(r.map((x) => x.totalBytes)),
      }));
      report.push(`\n${condition.name} — median of ${loads} loads each, cold cache, gzip:`);
      ways.forEach((way, w) => {
        const x = m[w];
        if (x)
          report.push(
            `  ${way.name.padEnd(22)} bars painted ${x.painted.toFixed(0).padStart(5)} ms   JS ${kb(x.js).padStart(9)}   total ${kb(x.total).padStart(9)}`,
          );
      });
      const [ours, d3] = m;
      if (ours && d3) {
        const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(1)}×` : '∞ (ours is 0)');
        report.push(
          `  ratios, d3 ÷ ours: time to bars ${ratio(d3.painted, ours.painted)}, JS bytes ${ratio(d3.js, ours.js)}, total bytes ${ratio(d3.total, ours.total)}`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\n${buildLine}`);
  console.log(report.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
