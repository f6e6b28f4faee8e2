/**
 * Link check of the built site: every internal link, asset and #fragment on every HTML page in dist/
 * must resolve. External links (other hosts) are listed as skipped and never fetched: CI has no network.
 * Absolute links to the site's own address (canonical links, the sitemap's origin) are checked locally.
 * Usage: npm run links [-- dist-folder]
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { basePath, withBasePath } from './lib/base.ts';
import { htmlPages, sitemapUrls } from './lib/dist.ts';

const dist = resolve(process.argv[2] ?? 'dist');
// A build for a base path (CROSSINGS_BASE, e.g. /crossings/) links to /crossings/x/ for dist/x/: serve
// the folder there, through a symlink in a scratch root, as a project page's host would.
const scratch = basePath === '/' ? undefined : mkdtempSync(join(tmpdir(), 'crossings-links-'));
const serverRoot = scratch ? join(scratch, basePath) : dist;
if (scratch) {
  mkdirSync(dirname(serverRoot.replace(/\/$/, '')), { recursive: true });
  symlinkSync(dist, serverRoot.replace(/\/$/, ''), 'dir');
}

/** A port nobody is listening on, so two checks (or a preview server) never collide. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

const port = await freePort();
const local = `http://localhost:${port}/`;
// The address the build was made for (CROSSINGS_SITE, or the preview address by default).
const siteOrigin = new URL(sitemapUrls(dist)[0] ?? 'http://localhost:4321/').origin;
const escaped = siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const checker = new LinkChecker();
const result = await checker.check({
  path: htmlPages(dist).map((page) => withBasePath(page.path)),
  serverRoot: scratch ?? dist,
  port,
  recurse: true,
  checkFragments: true,
  checkCss: true,
  concurrency: 8,
  // Every request is to this machine; the limit only bounds a hang. 10 s was passed by every request at once
  // while two builds ran beside the check on two cores: room for a busy machine.
  timeout: 120_000,
  urlRewriteExpressions: [{ pattern: new RegExp(`^${escaped}/`), replacement: local }],
  // Anything not on the local server is external: never fetched.
  linksToSkip: async (link) => !link.startsWith(local),
});

if (scratch) rmSync(scratch, { recursive: true, force: true });

const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
const skipped = new Set(result.links.filter((link) => link.state === LinkState.SKIPPED).map((l) => l.url));
const checked = new Set(result.links.filter((link) => link.state === LinkState.OK).map((l) => l.url));
console.log(`Links: ${checked.size} internal URLs and fragments checked, ${skipped.size} external not fetched.`);
if (broken.length > 0) {
  const lines = new Set(
    broken.map((link) => {
      const why = (link.failureDetails ?? []).map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`));
      const url = `/${link.url.replace(/^\/+/, '')}`;
      // linkinator names URLs relative to the served folder. For a missing fragment the URL already names
      // the page that lacks the id (and its `parent` is not reliable), so only plain links name a parent.
      if (url.includes('#')) return `BROKEN ${url}: ${why[0] ?? 'fragment not found'}`;
      const parent = `/${(link.parent ?? '').replace(/^(\.\/|\/)+/, '')}`.replace(/^([^.#?]*[^/])$/, '$1/');
      return `BROKEN ${url}: ${why[0] ?? 'not found'} (linked from ${parent})`;
    }),
  );
  for (const line of [...lines].sort()) console.error(line);
  console.error(`\n${lines.size} broken link(s) or fragment(s) in ${dist}.`);
  process.exit(1);
}
