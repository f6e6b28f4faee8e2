/**
 * Finds a Chromium to test with: an explicit path, else a system Chromium or Chrome, else the one
 * Playwright downloaded. Returns undefined when there is none (see ensure-browser.ts).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface FoundBrowser {
  path: string;
  /** Where it was found, for the log line. */
  origin: 'environment' | 'system' | 'playwright';
}

export function findBrowser(): FoundBrowser | undefined {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH'] as const) {
    const path = process.env[name];
    if (path) {
      // An explicit choice that is wrong should fail loudly, not fall back silently.
      if (!existsSync(path)) throw new Error(`${name}=${path} does not exist`);
      return { path, origin: 'environment' };
    }
  }
  const system = systemPaths.find((path) => existsSync(path));
  if (system) return { path: system, origin: 'system' };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, origin: 'playwright' };
  } catch {
    // Playwright has no browser of its own installed.
  }
  return undefined;
}

/**
 * Flags for a headless run on a machine without a sandbox-capable kernel setup or a network: no GPU,
 * and none of Chromium's background calls home (they fail, slowly, where there is no network).
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
