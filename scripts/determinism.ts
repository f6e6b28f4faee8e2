/**
 * Same input, same bytes: builds the site twice, into dist-a/ and dist-b/ (the second in another time
 * zone), and compares every file byte for byte. Prints the first difference (the file, and the bytes around it) and fails; on success removes
 * both folders. A build that embeds a time, a random id or an unsorted iteration shows up here.
 * Usage: npm run determinism            (two builds, then compare)
 *        npm run determinism -- A B     (compare two folders already built)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from './lib/dist.ts';

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

function build(out: string, env: Record<string, string> = {}): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: resolve(import.meta.dirname, '..'),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    console.error(`The build into ${out} failed.`);
    process.exit(result.status ?? 1);
  }
  console.log(`Built ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.main) {
  const [givenA, givenB] = process.argv.slice(2);
  const root = resolve(import.meta.dirname, '..');
  const a = resolve(givenA ?? join(root, 'dist-a'));
  const b = resolve(givenB ?? join(root, 'dist-b'));
  if (!givenA) {
    // The first build starts from an empty Astro cache; the second uses the project's warm one, as `npm run
    // build` does, and runs fourteen hours ahead: a date that depends on the time zone shows up.
    rmSync(`${a}.cache`, { recursive: true, force: true });
    build(a, { TZ: 'UTC', CROSSINGS_CACHE_DIR: `${a}.cache` });
    build(b, { TZ: 'Pacific/Kiritimati' });
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
    rmSync(`${a}.cache`, { recursive: true, force: true });
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
}
