/**
 * Makes sure a Chromium exists before the browser tests run. On Debian as root it installs Debian's
 * chromium package (Playwright's own download is not reachable everywhere); elsewhere it says, in one
 * line, how to get one.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findBrowser } from './browser.ts';

let found = findBrowser();
if (!found && existsSync('/etc/debian_version') && process.getuid?.() === 0) {
  console.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  found = findBrowser();
}
if (!found) {
  console.error(
    'No Chromium found: set CHROMIUM_PATH to a Chromium or Chrome binary, install one (Debian: apt-get install chromium), or run `npx playwright install chromium`.',
  );
  process.exit(1);
}
console.log(`Browser: ${found.path} (${found.origin})`);
