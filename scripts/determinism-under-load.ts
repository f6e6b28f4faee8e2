/**
 * Determinism that holds on a busy machine: builds the site N times in a row, each from an empty Astro
 * cache (as a clean clone's first build is), while other processes keep every CPU busy, and compares every
 * build with the first, byte for byte, crossings.pdf and the service worker included. Not part of `npm test`
 * (it takes N builds); run it after changing anything the build or the print edition depends on.
 *
 * The load comes from this script's own busy loops (one per CPU, in worker threads of a child process), so
 * it needs no tool such as stress-ng; pass --busy 0 to run on a quiet machine instead.
 *
 * Usage: npm run determinism:load [-- --builds 10 --busy 2]
 * Prints one line per build (time, the PDF's hash, same or different) and exits 1 if any build differs,
 * keeping the differing builds for inspection (npm run determinism -- A B shows the first difference).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareDirs } from './determinism.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > -1 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
}

const builds = Math.max(2, option('builds', 10));
const busy = option('busy', availableParallelism());
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'crossings-under-load-'));

/** One child process whose worker threads spin, one per CPU asked for, until it is killed. */
function startLoad(threads: number) {
  if (threads === 0) return undefined;
  const spin = `const { Worker } = require('node:worker_threads');
for (let i = 0; i < ${threads}; i++) new Worker('for (;;) Math.sqrt(Math.random());', { eval: true });`;
  return spawn(process.execPath, ['-e', spin], { stdio: 'ignore' });
}

function sha(file: string): string {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16) : 'missing';
}

const load = startLoad(busy);
const stopLoad = () => load?.kill('SIGKILL');
process.on('exit', stopLoad);
console.log(`${builds} cold builds, with ${busy} busy thread(s) beside them, in ${work}`);

const outs: string[] = [];
let differing = 0;
for (let i = 1; i <= builds; i++) {
  const out = join(work, `build-${i}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // A fresh, empty cache for every build.
    env: { ...process.env, TZ: 'UTC', CROSSINGS_CACHE_DIR: join(work, `cache-${i}`) },
  });
  if (result.status !== 0) {
    console.error(`Build ${i} failed.`);
    process.exit(result.status ?? 1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const first = outs[0];
  const differences = first ? compareDirs(first, out) : [];
  const verdict = first
    ? differences.length === 0
      ? 'identical to build 1'
      : `DIFFERS from build 1 in ${differences.map((d) => d.file).join(', ')}`
    : 'the reference';
  console.log(
    `build ${String(i).padStart(2)}: ${seconds} s, crossings.pdf ${sha(join(out, 'crossings.pdf'))}, sw.js ${sha(join(out, 'sw.js'))}: ${verdict}`,
  );
  rmSync(join(work, `cache-${i}`), { recursive: true, force: true });
  if (differences.length > 0) differing++;
  else if (first) rmSync(out, { recursive: true, force: true });
  outs.push(out);
}
stopLoad();
if (differing > 0) {
  console.error(`${differing} of ${builds - 1} builds differ from the first; kept in ${work}.`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log(`Deterministic under load: ${builds} of ${builds} cold builds identical, byte for byte.`);
