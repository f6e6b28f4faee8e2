/**
 * Gecko: Debian's firefox-esr, driven over WebDriver BiDi (Firefox's own remote protocol, no geckodriver)
 * by puppeteer-core. Playwright 1.65's `moz-firefox` channel reaches this Firefox but then sends a BiDi
 * command it lacks; puppeteer-core speaks the BiDi that Firefox ships.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Frame, type Page } from 'puppeteer-core';
import type { Driver, Key, Options } from './driver.ts';

export const firefoxPaths = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

const names: Record<Key, string> = {
  Tab: 'Tab',
  Enter: 'Enter',
  Escape: 'Escape',
  Space: ' ',
  ArrowLeft: 'ArrowLeft',
  ArrowUp: 'ArrowUp',
  ArrowRight: 'ArrowRight',
  ArrowDown: 'ArrowDown',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Home: 'Home',
  End: 'End',
};

export async function launchGecko(options: Options): Promise<Driver> {
  const executablePath = process.env['FIREFOX_PATH'] ?? firefoxPaths.find((path) => existsSync(path));
  if (!executablePath) throw new Error('no Firefox found (Debian: apt-get install firefox-esr)');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      'javascript.enabled': options.javaScript,
      // 0: content asks for dark, 1: for light.
      'layout.css.prefers-color-scheme.content-override': options.dark ? 0 : 1,
      'ui.systemUsesDarkTheme': options.dark ? 1 : 0,
    },
  });
  const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  let frame: Frame | undefined;
  const target = (): Page | Frame => frame ?? page;
  return {
    engine: 'gecko',
    windowFocus: false,
    notes: [],
    version: `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`,
    async goto(url) {
      frame = undefined;
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.url(),
    evaluate: <T>(fn: string, ...args: unknown[]) =>
      target().evaluate(`(${fn})(...${JSON.stringify(args)})`) as Promise<T>,
    async inFrame(selector) {
      const handle = await page.$(selector);
      const inside = await handle?.contentFrame();
      if (!inside) throw new Error(`no frame at ${selector}`);
      frame = inside;
    },
    async outOfFrame() {
      frame = undefined;
    },
    move: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    async drag(points) {
      const [first, ...rest] = points;
      if (!first) return;
      await page.mouse.move(first.x, first.y);
      await page.mouse.down();
      for (const p of rest) await page.mouse.move(p.x, p.y);
      await page.mouse.up();
    },
    async press(key, shift = false) {
      if (shift) await page.keyboard.down('Shift');
      await page.keyboard.press(names[key] as Parameters<typeof page.keyboard.press>[0]);
      if (shift) await page.keyboard.up('Shift');
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    consoleErrors() {
      return errors.splice(0);
    },
    close: () => browser.close(),
  };
}
