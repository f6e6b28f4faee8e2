/**
 * WebKit, driven over classic WebDriver (HTTP + JSON) by WebKitWebDriver, which starts WebKitGTK's
 * MiniBrowser under a virtual display (xvfb-run). WebKitGTK 2.50's driver offers no WebDriver BiDi (it
 * refuses `webSocketUrl`) and no print command, and nothing else drives it (Playwright cannot), so this is a
 * small client over fetch: the few commands the engine checks use, and nothing more.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import type { Driver, Key, Options } from './driver.ts';

export const miniBrowserPaths = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** WebDriver's key codes (WebDriver §17.4.2) for the keys the checks press. */
const codes: Record<Key, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Home: '\uE011',
  End: '\uE010',
};

interface Reply {
  value: unknown;
}

export async function launchWebKit(port: number, options: Options): Promise<Driver> {
  const binary = miniBrowserPaths.find((path) => existsSync(path));
  if (!binary) throw new Error('no MiniBrowser found (Debian: apt-get install webkit2gtk-driver)');
  // Its own process group, so that closing ends xvfb-run, Xvfb, the driver and the browser together.
  const driver: ChildProcess = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  // MiniBrowser writes the page's console messages to its standard output (a WebKitSettings option), which
  // the driver passes on: the only way to see console errors over classic WebDriver.
  const consoleLines: string[] = [];
  let pending = '';
  const read = (chunk: Buffer): void => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    consoleLines.push(...lines);
  };
  driver.stdout?.on('data', read);
  driver.stderr?.on('data', read);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch {
      if (i > 300) throw new Error('WebKitWebDriver did not start');
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${base}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const reply = (await response.json()) as Reply;
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(reply.value)}`);
    return reply.value;
  }
  const args = ['--automation', '--enable-write-console-messages-to-stdout=true'];
  if (!options.javaScript) args.push('--enable-javascript=false');
  if (options.dark) args.push('--dark-mode');
  const session = (await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args } } },
  })) as { sessionId: string; capabilities: { browserVersion: string } };
  const s = `/session/${session.sessionId}`;

  const execute = <T>(script: string, args: unknown[] = []): Promise<T> =>
    call('POST', `${s}/execute/sync`, { script, args }) as Promise<T>;
  const pointer = (actions: unknown[]) =>
    call('POST', `${s}/actions`, {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });

  let frame: string | undefined;
  const notes: string[] = [];
  return {
    engine: 'webkit',
    windowFocus: true,
    notes,
    version: `WebKitGTK ${session.capabilities.browserVersion}`,
    async goto(url) {
      if (frame !== undefined) await call('POST', `${s}/frame`, { id: null });
      frame = undefined;
      await call('POST', `${s}/url`, { url });
    },
    url: () => call('GET', `${s}/url`) as Promise<string>,
    evaluate: <T>(fn: string, ...args: unknown[]) => execute<T>(`return (${fn})(...arguments);`, args),
    async inFrame(selector) {
      const element = await call('POST', `${s}/element`, { using: 'css selector', value: selector });
      await call('POST', `${s}/frame`, { id: element });
      frame = selector;
    },
    async outOfFrame() {
      await call('POST', `${s}/frame`, { id: null });
      frame = undefined;
    },
    async move(x, y) {
      await pointer([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 }]);
    },
    async click(x, y) {
      await pointer([
        { type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]);
    },
    async drag(points) {
      const [first, ...rest] = points;
      if (!first) return;
      await pointer([
        { type: 'pointerMove', x: Math.round(first.x), y: Math.round(first.y), duration: 0 },
        { type: 'pointerDown', button: 0 },
        ...rest.map((p) => ({ type: 'pointerMove', x: Math.round(p.x), y: Math.round(p.y), duration: 0 })),
        { type: 'pointerUp', button: 0 },
      ]);
    },
    async press(key, shift = false) {
      const code = codes[key];
      const down = shift ? [{ type: 'keyDown', value: '\uE008' }] : [];
      const up = shift ? [{ type: 'keyUp', value: '\uE008' }] : [];
      await call('POST', `${s}/actions`, {
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [...down, { type: 'keyDown', value: code }, { type: 'keyUp', value: code }, ...up],
          },
        ],
      });
      await call('DELETE', `${s}/actions`);
    },
    async setViewport(width, height) {
      // The window rect is the outer window: measure the chrome around the viewport, then set it again.
      await call('POST', `${s}/window/rect`, { width, height });
      const inner = await execute<[number, number]>('return [innerWidth, innerHeight];');
      await call('POST', `${s}/window/rect`, {
        width: width + (width - inner[0]),
        height: height + (height - inner[1]),
      });
      // MiniBrowser's window has a minimum width (its toolbar): say what width was checked instead.
      const [got] = await execute<[number]>('return [innerWidth];');
      if (got !== width) notes.push(`asked for a ${width} px viewport, got ${got} px (the window's narrowest)`);
    },
    async screenshot(path) {
      writeFileSync(path, Buffer.from((await call('GET', `${s}/screenshot`)) as string, 'base64'));
    },
    consoleErrors() {
      // MiniBrowser's lines: "CONSOLE <SOURCE> <LEVEL> <message>" (e.g. CONSOLE JS ERROR, CONSOLE SECURITY ERROR).
      const errors = consoleLines.filter((line) => /^CONSOLE \S+ ERROR/.test(line));
      consoleLines.length = 0;
      return errors;
    },
    async close() {
      await call('DELETE', s).catch(() => undefined);
      if (driver.pid) {
        try {
          process.kill(-driver.pid);
        } catch {
          // Already gone.
        }
      }
    },
  };
}
