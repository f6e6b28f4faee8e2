/**
 * Makes sure a Chromium exists, for the browser tests and for the build (which prints crossings.pdf with
 * it), and, for the browser tests, poppler-utils (they read the PDF with them). On Debian as root it installs Debian's chromium package (Playwright's own download is not reachable
 * everywhere); elsewhere it says, in one line, how to get one.
 */
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { findBrowser, type FoundBrowser } from './lib/browser.ts';

export const noBrowserMessage =
  'No Chromium found: set CHROMIUM_PATH to a Chromium or Chrome binary, install one (Debian: apt-get install chromium), or run `npx playwright install chromium`.';

/** A Chromium, installed first where that is possible; undefined where there is none and none can be. */
export function ensureBrowser(): FoundBrowser | undefined {
  let found = findBrowser();
  if (!found && existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    } catch {
      return undefined;
    }
    found = findBrowser();
  }
  return found;
}

/** The browser tests read crossings.pdf with poppler-utils; on Debian as root, install them where missing. */
export function ensurePoppler(): void {
  const has = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  if (has || !existsSync('/etc/debian_version') || process.getuid?.() !== 0) return;
  console.log('No pdftotext found: installing Debian’s poppler-utils package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
}

if (import.meta.main) {
  ensurePoppler();
  const found = ensureBrowser();
  if (!found) {
    console.error(noBrowserMessage);
    process.exit(1);
  }
  console.log(`Browser: ${found.path} (${found.origin})`);
}
