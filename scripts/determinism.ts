/**
 * Same input, same bytes: builds the site twice and compares every file byte for byte. The first build is
 * in this checkout, into dist-a/, in UTC, with a fresh Astro cache. The second is from a copy of the
 * sources in another folder (a temporary directory), at another time of day on another date (the clock
 * moved on by a preload), in another time zone, with an empty cache. A build that embeds a time,
 * a date, its own path, a random id or an unsorted iteration shows up here. Prints the first difference
 * (the file, and the bytes around it) and fails, keeping both builds; on success removes them.
 * Usage: npm run determinism                 (two builds, then compare)
 *        npm run determinism -- --against dist  (one build, the second, compared with dist, built already
 *                                               from these sources; `npm test` does this, saving a build)
 *        npm run determinism -- A B          (compare two folders already built)
 * The second build's cache starts empty (as a clean clone's does): with --against, a warm dist is compared
 * with a cold build, and in CI (a clean clone, where dist was built cold too) two cold builds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listFiles } from './lib/dist.ts';

/** How far the second build's clock runs ahead: a day, nine hours and forty-one minutes. */
export const clockShiftMs = ((24 + 9) * 60 + 41) * 60 * 1000;

export interface Difference {
  file: string;
  reason: string;
}

/** The differences between two folders, in file order: files only in one, then files whose bytes differ. */
export function compareDirs(a: string, b: string): Difference[] {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  const differences: Difference[] = [
    ...filesA.filter((f) => !inB.has(f)).map((file) => ({ file, reason: `only in ${a}` })),
    ...filesB.filter((f) => !inA.has(f)).map((file) => ({ file, reason: `only in ${b}` })),
  ];
  for (const file of filesA.filter((f) => inB.has(f))) {
    const bytesA = readFileSync(join(a, file));
    const bytesB = readFileSync(join(b, file));
    if (bytesA.equals(bytesB)) continue;
    let at = 0;
    while (at < bytesA.length && at < bytesB.length && bytesA[at] === bytesB[at]) at++;
    const around = (bytes: Buffer): string =>
      JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
    differences.push({
      file,
      reason: `differs from byte ${at} (${bytesA.length} vs ${bytesB.length} bytes):\n    a: ${around(bytesA)}\n    b: ${around(bytesB)}`,
    });
  }
  return differences.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
}

/** The files git would commit (tracked, or new and not ignored), as paths relative to `root`. */
export function sourceFiles(root: string): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed in ${root}: ${listed.stderr}`);
  // A file deleted but not yet staged is still listed as cached.
  return listed.stdout.split('\0').filter((file) => file !== '' && existsSync(join(root, file)));
}

/** Copies the project's sources into `dest`, with node_modules linked rather than copied. */
export function copySources(root: string, dest: string): void {
  for (const file of sourceFiles(root)) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(root, file), join(dest, file));
  }
  if (existsSync(join(root, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

function build(project: string, out: string, env: Record<string, string> = {}): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    console.error(`The build into ${out} (from ${project}) failed.`);
    process.exit(result.status ?? 1);
  }
  console.log(`Built ${out} from ${project} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const againstAt = args.indexOf('--against');
  const against = againstAt > -1 ? args[againstAt + 1] : undefined;
  if (againstAt > -1 && !against) throw new Error('--against needs the folder built already, e.g. dist');
  const [givenA, givenB] = againstAt > -1 ? [] : args;
  const root = resolve(import.meta.dirname, '..');
  const a = resolve(against ?? givenA ?? join(root, 'dist-a'));
  let b = resolve(givenB ?? join(root, 'dist-b'));
  let elsewhere: string | undefined;
  if (against && !existsSync(join(a, 'index.html'))) {
    console.error(`${a} has no built site: run npm run build first.`);
    process.exit(1);
  }
  if (!givenA) {
    if (!against) {
      rmSync(`${a}.cache`, { recursive: true, force: true });
      build(root, a, { TZ: 'UTC', CROSSINGS_CACHE_DIR: `${a}.cache` });
    }
    // The second copy: another folder, another clock, another zone, fourteen hours ahead of UTC.
    elsewhere = mkdtempSync(join(tmpdir(), 'crossings-determinism-'));
    const project = join(elsewhere, 'crossings');
    copySources(root, project);
    // An empty cache, as a clean clone's first build has.
    const cache = join(elsewhere, 'cache');
    b = join(project, 'dist-b');
    const preload = pathToFileURL(join(root, 'scripts', 'lib', 'shift-clock.ts')).href;
    build(project, b, {
      TZ: 'Pacific/Kiritimati',
      CROSSINGS_CACHE_DIR: cache,
      CROSSINGS_CLOCK_SHIFT_MS: String(clockShiftMs),
      NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${preload}`.trim(),
    });
  }
  const differences = compareDirs(a, b);
  if (differences.length > 0) {
    const [first] = differences;
    console.error(`Not deterministic: ${differences.length} file(s) differ between ${a} and ${b}.`);
    console.error(`First: ${first?.file} ${first?.reason}`);
    for (const d of differences.slice(1, 10)) console.error(`  also ${d.file}`);
    console.error('Both builds are kept for inspection.');
    process.exit(1);
  }
  console.log(`Deterministic: ${listFiles(a).length} files identical in two builds.`);
  if (!givenA) {
    if (!against) {
      rmSync(`${a}.cache`, { recursive: true, force: true });
      rmSync(a, { recursive: true, force: true });
    }
    if (elsewhere) rmSync(elsewhere, { recursive: true, force: true });
  }
}
