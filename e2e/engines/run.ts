/**
 * `npm run e2e:engines`: each behaviour once in Gecko (Debian's firefox-esr, over WebDriver BiDi) and WebKit
 * (WebKitGTK's MiniBrowser under xvfb, over classic WebDriver), against the built site. WebKitGTK is the
 * engine Safari is built on, not Safari itself. Prints a table (behaviour × engine) and the time each took.
 * An engine that is not installed is skipped with one line (scripts/ensure-engines.ts installs them).
 *
 * Usage: node e2e/engines/run.ts [--engines gecko,webkit] [--only <words in a check's name>]
 * Ports: CROSSINGS_ENGINES_PORT (default 4341) and the four after it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { checks, type Check } from './checks.ts';
import type { Driver, Engine, Options } from './driver.ts';
import { firefoxPaths, launchGecko } from './gecko.ts';
import { startServers } from './servers.ts';
import { launchWebKit, miniBrowserPaths } from './webkit.ts';
import { allPagePaths, dist } from '../site.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > -1 ? process.argv[i + 1] : undefined;
};
const port = Number(process.env['CROSSINGS_ENGINES_PORT'] ?? 4341);
const shots = process.env['CROSSINGS_ENGINES_SHOTS'] ?? '/tmp/engines-shots';
mkdirSync(shots, { recursive: true });
const only = arg('--only');
const chosen = checks.filter((check) => !only || check.name.includes(only));

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
/** Why an engine cannot run here, or undefined when it can. */
const missing: Record<Engine, () => string | undefined> = {
  gecko: () =>
    process.env['FIREFOX_PATH'] || firefoxPaths.some((path) => existsSync(path)) ? undefined : 'no firefox-esr',
  webkit: () =>
    !has('WebKitWebDriver')
      ? 'no WebKitWebDriver (webkit2gtk-driver)'
      : !has('xvfb-run')
        ? 'no xvfb-run (xvfb)'
        : miniBrowserPaths.some((path) => existsSync(path))
          ? undefined
          : 'no MiniBrowser',
};

const launch = (engine: Engine, options: Options): Promise<Driver> =>
  engine === 'gecko' ? launchGecko(options) : launchWebKit(port + 3, options);

interface Result {
  engine: Engine;
  check: string;
  ok: boolean;
  seconds: number;
  error?: string;
}

const engines = (arg('--engines') ?? 'gecko,webkit').split(',') as Engine[];
const started = performance.now();
const servers = await startServers(dist, [port, port + 1, port + 2, port + 4]);
const results: Result[] = [];
const skipped: string[] = [];
const versions: string[] = [];
try {
  for (const engine of engines) {
    const why = missing[engine]();
    if (why) {
      skipped.push(`${engine}: skipped, ${why} (node scripts/ensure-engines.ts installs it on Debian as root)`);
      continue;
    }
    await servers.offline.restore();
    for (const session of ['on', 'off'] as const) {
      const mine: Check[] = chosen.filter((check) => check.session === session);
      if (mine.length === 0) continue;
      const launched = performance.now();
      const d = await launch(engine, { javaScript: session === 'on', dark: session === 'off' });
      if (session === 'on')
        versions.push(`${d.version}: started in ${((performance.now() - launched) / 1000).toFixed(1)} s`);
      try {
        for (const check of mine) {
          const t = performance.now();
          try {
            await check.run({ d, ...servers, shots, pages: allPagePaths() });
            results.push({ engine, check: check.name, ok: true, seconds: (performance.now() - t) / 1000 });
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            results.push({
              engine,
              check: check.name,
              ok: false,
              seconds: (performance.now() - t) / 1000,
              error: message,
            });
          }
          const r = results.at(-1);
          console.log(
            `${r?.ok ? '  ok  ' : '  FAIL'} ${engine.padEnd(6)} ${check.name} (${r?.seconds.toFixed(1)} s)${r?.error ? `\n         ${r.error.replaceAll('\n', '\n         ')}` : ''}`,
          );
        }
      } finally {
        for (const note of d.notes) console.log(`  note ${engine.padEnd(6)} ${note}`);
        await d.close();
      }
    }
  }
} finally {
  await servers.close();
}

for (const line of versions) console.log(line);
for (const line of skipped) console.log(line);
const ran = [...new Set(results.map((r) => r.engine))];
console.log(`\n${'behaviour'.padEnd(62)} ${ran.map((e) => e.padEnd(8)).join(' ')}`);
for (const check of chosen) {
  const cells = ran.map((engine) => {
    const r = results.find((x) => x.engine === engine && x.check === check.name);
    return (r ? (r.ok ? 'pass' : 'FAIL') : '-').padEnd(8);
  });
  console.log(`${check.name.padEnd(62)} ${cells.join(' ')}`);
}
const failed = results.filter((r) => !r.ok);
console.log(
  `\n${results.length - failed.length} passed, ${failed.length} failed, in ${((performance.now() - started) / 1000).toFixed(1)} s. Screenshots: ${shots}`,
);
if (failed.length > 0) process.exit(1);
