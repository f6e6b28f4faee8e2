/**
 * Builds the site so that nothing half-built is ever published: content is validated first, Astro
 * writes into a fresh staging folder, the post-build steps run on it (crossings.pdf printed from the print
 * edition, then the offline files and service worker), and only a complete build replaces the output folder.
 * Usage: npm run build [-- --out dist-b]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kindRegistry } from '../src/charts/kinds/index.ts';
import { ContentErrors } from '../src/lib/content/errors.ts';
import { contentSummary, loadContent, type Content } from '../src/lib/content/load.ts';
import { contentToJson, snapshotVariable } from '../src/lib/content/snapshot.ts';
import { addressMessage, publicSite } from '../src/lib/public-site.ts';
import { siteName, siteTagline } from '../src/lib/site.ts';
import { ensureBrowser, noBrowserMessage } from './ensure-browser.ts';
import { basePath, headersUnderBase } from './lib/base.ts';
import { makeOffline } from './postbuild/offline.ts';
import { fillPdfDetails, pdfDetails } from './postbuild/pdf-details.ts';
import { makePdf } from './postbuild/pdf.ts';
import { pagePolicies, withPagePolicies } from './lib/page-policies.ts';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const out = resolve(root, outArg > -1 ? (process.argv[outArg + 1] ?? 'dist') : 'dist');
const staging = `${out}.staging`;
/** Where the loaded content is handed to Astro's build (src/lib/content/snapshot.ts). */
const handover = mkdtempSync(join(tmpdir(), 'crossings-content-'));

function fail(message?: string, status = 1): never {
  rmSync(staging, { recursive: true, force: true });
  rmSync(handover, { recursive: true, force: true });
  if (message) console.error(message);
  console.error(
    `\nBuild failed: ${out} was left as it was${existsSync(out) ? '' : ' (absent)'}; nothing was published.`,
  );
  process.exit(status);
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) fail(undefined, result.status ?? 1);
}

/** Runs a post-build step; an error fails the build with one line naming the step. */
async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await work();
    console.log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    return fail(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

rmSync(staging, { recursive: true, force: true });
// Content is read and checked once, here, before anything is built: Astro's build gets it in a file, and the
// steps after it use it too.
let content: Content;
try {
  content = loadContent({
    contentDir: resolve(process.env['CROSSINGS_CONTENT_DIR'] ?? resolve(root, 'content')),
    kinds: kindRegistry,
  });
} catch (error) {
  if (error instanceof ContentErrors) fail(error.message);
  throw error;
}
console.log(contentSummary(content));
const snapshot = join(handover, 'content.json');
writeFileSync(snapshot, contentToJson(content));
// The PDF is part of every build: without a browser to print it the build fails, never skips it.
let found: ReturnType<typeof ensureBrowser>;
try {
  found = ensureBrowser();
} catch (error) {
  fail(`crossings.pdf cannot be made: ${error instanceof Error ? error.message : String(error)}`);
}
const browser = found ?? fail(`crossings.pdf cannot be made. ${noBrowserMessage}`);
run('npx', ['astro', 'build'], { CROSSINGS_OUT_DIR: staging, [snapshotVariable]: snapshot });
rmSync(handover, { recursive: true, force: true });
// Post-build steps, on the staging folder. Each page's Content-Security-Policy header, from its meta tag
// (site paths); then, as a host applies _headers to the URLs it serves, which carry the base path
// (CROSSINGS_BASE), every rule moves under it.
const headersFile = join(staging, '_headers');
const headers = withPagePolicies(readFileSync(headersFile, 'utf8'), pagePolicies(staging));
writeFileSync(headersFile, headersUnderBase(headers, basePath));
const pdf = await step('crossings.pdf', () =>
  makePdf(staging, {
    browser,
    // As astro.config.mjs reads it; a local build's address is never printed (./postbuild/pdf-links.ts).
    site: publicSite() ?? 'http://localhost:4321',
    isPublic: publicSite() !== undefined,
    base: basePath,
    metadata: { title: siteName, author: siteName, subject: siteTagline, date: content.asOf },
  }),
);
console.log(`crossings.pdf: ${pdfDetails(pdf.pages, pdf.bytes)}`);
console.log(addressMessage(publicSite()));
await step('PDF links', async () =>
  fillPdfDetails(staging, pdf.pages, pdf.bytes, [
    'index.html',
    'print/index.html',
    ...content.chapters.map((c) => `${c.id}/index.html`),
  ]),
);
const offline = await step('Offline files and service worker', () =>
  makeOffline(staging, root, { name: siteName, description: siteTagline }),
);
console.log(`Service worker precaches ${offline.files} files (${(offline.bytes / 1e6).toFixed(1)} MB).`);

rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Built ${out}`);
