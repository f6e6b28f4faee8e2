/**
 * Benchmark (not a test): `npm run bench [-- --loads 9 --builds 2 --seed 1 --site dist]`.
 *
 * 1. Build time: the whole build (scripts/build.ts: validation, Astro, every post-build step), from
 *    content/ and from a generated copy with ten times the charts (growth.ts), alternating, each a cold
 *    build into a temporary folder; the growth is reported per extra chart. `--site <dir>` skips the
 *    builds and measures a site already built.
 * 2. Time to the chart, on an emulated slow phone (measure.ts), for a chapter page (the arrivals chart on
 *    /the-announcement/) and an embed page (/embed/arrivals-by-year/), each in three versions (pages.ts):
 *    as built, drawn in the browser by d3, and as one request. Every load is a fresh browser context (cold
 *    cache), gzip as a host sends it; all loads of both pages run in one shuffled (seeded) order, so a busy
 *    moment on the machine falls on any version alike. Medians, ranges, and two ratios: as built ÷ one
 *    request (the goal: ≤ 1.2) and as built ÷ d3 (the goal: ≤ 0.75).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../lib/browser.ts';
import { growContent } from './growth.ts';
import { loadOnce, slowPhone, type Load } from './measure.ts';
import { d3Page, gzipBytesToChart, oneRequestPage, readBuilt } from './pages.ts';
import { startServer, type Route } from './server.ts';
import { median, range, seededRandom, shuffled } from './stats.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    loads: { type: 'string', default: '9' },
    builds: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    site: { type: 'string' },
  },
});
const loads = Math.max(9, Number(values.loads));
const builds = Math.max(1, Number(values.builds));
const seed = Number(values.seed);
const work = mkdtempSync(join(tmpdir(), 'crossings-bench-'));
const chartId = 'arrivals-by-year';

interface BuildTime {
  /** The whole build: validation, Astro and every post-build step. */
  totalMs: number;
  /** Astro's own figure for writing the pages (where the charts are drawn): less noisy than the total. */
  pagesMs: number;
}

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
  // Astro writes "built in 812ms", "built in 9.66s" or, past a minute, "built in 1m 4s".
  const pages = /page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(ms|s)\b/.exec(result.stdout);
  const pagesMs = pages
    ? Number(pages[1] ?? 0) * 60_000 + Number(pages[2]) * (pages[3] === 's' ? 1000 : 1)
    : Number.NaN;
  return { totalMs, pagesMs };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function buildTimes(): { site: string; lines: string[] } {
  const baseContent = join(work, 'content');
  cpSync(join(root, 'content'), baseContent, { recursive: true });
  const grown = growContent(baseContent, join(work, 'content-10x'), 10);
  const base: BuildTime[] = [];
  const big: BuildTime[] = [];
  for (let i = 0; i < builds; i++) {
    base.push(timedBuild(join(work, `base-${i}`), baseContent));
    big.push(timedBuild(join(work, `big-${i}`), join(work, 'content-10x')));
    const [b, g] = [base.at(-1), big.at(-1)];
    console.log(
      `build ${i + 1}/${builds}: ${seconds(b?.totalMs ?? 0)} (pages ${seconds(b?.pagesMs ?? 0)}); ` +
        `with 10× charts ${seconds(g?.totalMs ?? 0)} (pages ${seconds(g?.pagesMs ?? 0)})`,
    );
  }
  const per = (key: keyof BuildTime): string =>
    ((median(big.map((x) => x[key])) - median(base.map((x) => x[key]))) / grown.added).toFixed(0);
  const spread = (xs: BuildTime[]): string => {
    const [lo, hi] = range(xs.map((x) => x.totalMs));
    return `${seconds(lo)}–${seconds(hi)}`;
  };
  return {
    site: join(work, 'base-0'),
    lines: [
      `Full build (npm run build: validation, Astro, post-build steps; cold cache), median of ${builds}:`,
      `  ${grown.charts} charts: ${seconds(median(base.map((x) => x.totalMs)))} (range ${spread(base)})`,
      `  ${grown.charts + grown.added} charts (${grown.added} added in one generated chapter): ` +
        `${seconds(median(big.map((x) => x.totalMs)))} (range ${spread(big)})`,
      `  each extra chart: ${per('totalMs')} ms over the whole build, ${per('pagesMs')} ms in Astro's page generation`,
    ],
  };
}

const versions = ['as built', 'd3 in the browser', 'one request'] as const;
type Version = (typeof versions)[number];

interface Target {
  name: string;
  urls: Record<Version, string>;
  htmlToChart: number;
}

try {
  const built = values.site ? { site: resolve(values.site), lines: [] } : buildTimes();
  const site = built.site;
  const routes: Record<string, Route> = {
    '/bench/d3.min.js': { name: 'd3.min.js', body: readFileSync(join(root, 'node_modules/d3/dist/d3.min.js')) },
    '/bench/chart.js': { name: 'chart.js', body: readFileSync(join(import.meta.dirname, 'd3-page/chart.js')) },
    '/bench/small-boat-arrivals.csv': {
      name: 'data.csv',
      body: readFileSync(join(root, 'content/data/small-boat-arrivals.csv')),
    },
  };
  const targets: Target[] = [];
  const skipped: string[] = [];
  for (const [name, path] of [
    ['chapter /the-announcement/', '/the-announcement/'],
    [`embed /embed/${chartId}/`, `/embed/${chartId}/`],
  ] as const) {
    if (!existsSync(join(site, path, 'index.html'))) {
      skipped.push(`${name}: skipped, the build has no such page (not built yet on this branch)`);
      continue;
    }
    const page = readBuilt(site, path);
    const slug = path.replaceAll('/', '_');
    routes[`/bench/d3${slug}/`] = { name: 'index.html', body: Buffer.from(d3Page(page.html, chartId)) };
    routes[`/bench/one${slug}/`] = { name: 'index.html', body: Buffer.from(oneRequestPage(page.html, page.readAsset)) };
    targets.push({
      name,
      urls: { 'as built': path, 'd3 in the browser': `/bench/d3${slug}/`, 'one request': `/bench/one${slug}/` },
      htmlToChart: gzipBytesToChart(page.html, chartId),
    });
  }

  const { server, origin } = await startServer(site, routes);
  const found = findBrowser();
  const browser = await chromium.launch({ args: chromiumArgs, ...(found ? { executablePath: found.path } : {}) });
  const results = new Map<string, Load[]>();
  const key = (t: Target, v: Version): string => `${t.name}\0${v}`;
  const selector = `#chart-${chartId} svg, #chart svg`;
  try {
    const plan = shuffled(
      targets.flatMap((t) => versions.flatMap((v) => Array.from({ length: loads }, () => ({ t, v })))),
      seededRandom(seed),
    );
    // One load unmeasured first, so the browser's own start-up costs fall on none of them.
    if (plan[0]) await loadOnce(browser, origin + plan[0].t.urls[plan[0].v], selector, slowPhone);
    for (const [i, { t, v }] of plan.entries()) {
      const load = await loadOnce(browser, origin + t.urls[v], selector, slowPhone);
      results.set(key(t, v), [...(results.get(key(t, v)) ?? []), load]);
      if ((i + 1) % 9 === 0) process.stdout.write(`  ${i + 1}/${plan.length} loads\r`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const report: string[] = [
    '',
    ...built.lines,
    '',
    `Time to the frame that first shows the chart (${chartId}), emulated slow phone (4× CPU, 1.6 Mbit/s down,`,
    `150 ms round trip, gzip), median of ${loads} cold loads each, all in one shuffled order (seed ${seed}):`,
    ...skipped.map((line) => `  ${line}`),
  ];
  for (const t of targets) {
    report.push(`  ${t.name} (HTML up to the chart: ${(t.htmlToChart / 1024).toFixed(1)} KiB gzip)`);
    const m = {} as Record<Version, number>;
    for (const v of versions) {
      const ls = results.get(key(t, v)) ?? [];
      const times = ls.map((l) => l.chartMs);
      const [lo, hi] = range(times);
      m[v] = median(times);
      report.push(
        `    ${v.padEnd(18)} ${m[v].toFixed(0).padStart(5)} ms  (range ${lo.toFixed(0)}–${hi.toFixed(0)})` +
          `   FCP ${median(ls.map((l) => l.firstContentfulPaintMs))
            .toFixed(0)
            .padStart(5)} ms` +
          `   ${median(ls.map((l) => l.requests))} requests` +
          `   JS ${(median(ls.map((l) => l.jsBytes)) / 1024).toFixed(1).padStart(5)} KiB` +
          `   all ${(median(ls.map((l) => l.totalBytes)) / 1024).toFixed(1).padStart(5)} KiB`,
      );
    }
    const ratio = (a: number, b: number): string => (a / b).toFixed(2);
    report.push(
      `    ratios: as built ÷ one request ${ratio(m['as built'], m['one request'])} (goal ≤ 1.2); ` +
        `as built ÷ d3 ${ratio(m['as built'], m['d3 in the browser'])} (goal ≤ 0.75)`,
    );
  }
  console.log(report.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
