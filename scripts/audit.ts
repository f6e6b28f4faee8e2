/**
 * Lighthouse audit (not in CI): every page of the built site (the sitemap, and embed pages), Lighthouse's
 * default mobile settings (a mid-range phone, 4× slower CPU, slow 4G), served locally with gzip and the
 * headers a static host adds. Prints each page's scores; the target is 100 in every category. Full reports
 * go to reports/lighthouse/ (ignored by git).
 * Usage: npm run build && npm run audit [-- /the-announcement/ …]
 * Uses CHROME_PATH (or CHROMIUM_PATH, or a system Chromium: see scripts/lib/browser.ts).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from './bench/server.ts';
import { findBrowser } from './lib/browser.ts';
import { htmlPages, sitemapUrls } from './lib/dist.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env['CROSSINGS_OUT_DIR'] ?? 'dist');
const reports = join(root, 'reports/lighthouse');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const run = promisify(execFile);

const given = process.argv.slice(2).filter((a) => a.startsWith('/'));
const paths =
  given.length > 0
    ? given
    : [
        ...new Set([
          ...sitemapUrls(dist).map((url) => new URL(url).pathname),
          ...htmlPages(dist)
            .map((p) => p.path)
            .filter((p) => p.startsWith('/embed/')),
        ]),
      ];

const browser = findBrowser();
if (!browser) {
  console.error('No Chromium found: set CHROME_PATH.');
  process.exit(1);
}
mkdirSync(reports, { recursive: true });
const { server, origin } = await startServer(dist, {});
const lighthouse = join(root, 'node_modules/lighthouse/cli/index.js');
const rows: string[][] = [];
let below = 0;
try {
  for (const path of paths) {
    const name = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
    // Asynchronously: the server answering Lighthouse's browser runs in this same process.
    try {
      await run(
        process.execPath,
        [
          lighthouse,
          `${origin}${path}`,
          '--quiet',
          `--only-categories=${categories.join(',')}`,
          '--output=json',
          '--output=html',
          `--output-path=${join(reports, name)}`,
          // Headless, and no sandbox (root in a container).
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        ],
        { cwd: root, env: { ...process.env, CHROME_PATH: browser.path }, timeout: 180_000 },
      );
    } catch (error) {
      console.error(`Lighthouse failed on ${path}: ${(error as { stderr?: string }).stderr ?? String(error)}`);
      rows.push([path, ...categories.map(() => 'error')]);
      below++;
      continue;
    }
    const report = JSON.parse(readFileSync(join(reports, `${name}.report.json`), 'utf8')) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
    };
    const scores = categories.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
    if (scores.some((s) => s < 100)) below++;
    rows.push([path, ...scores.map(String)]);
    // What kept a category below 100, so the table says where to look.
    const failing = Object.entries(report.audits)
      .filter(
        ([, a]) =>
          a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
      )
      .map(([id, a]) => `${id} (${Math.round((a.score ?? 0) * 100)})`);
    if (scores.some((s) => s < 100) && failing.length > 0) console.log(`${path}: ${failing.join(', ')}`);
  }
} finally {
  server.close();
}

const header = ['page', ...categories];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log(
  `\nLighthouse ${JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version}, mobile:`,
);
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
console.log(
  `\n${below === 0 ? 'Every page scores 100 in every category.' : `${below} page(s) below 100: reports in ${reports}`}`,
);
