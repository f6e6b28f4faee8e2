import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { clockShiftMs, compareDirs, copySources, sourceFiles } from './determinism.ts';

const made: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'determinism-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('two identical builds compare equal', () => {
  const files = { 'index.html': '<p>same</p>', '_astro/a.js': 'x' };
  expect(compareDirs(folder(files), folder(files))).toEqual([]);
});

test('a build stamped with its time, or with an extra file, is caught and the byte is named', () => {
  const a = folder({ 'index.html': '<p>Built at 10:00:00</p>', 'same.txt': 'x' });
  const b = folder({ 'index.html': '<p>Built at 10:00:01</p>', 'same.txt': 'x', 'extra.txt': 'y' });
  const differences = compareDirs(a, b);
  expect(differences.map((d) => d.file)).toEqual(['extra.txt', 'index.html']);
  expect(differences[1]?.reason).toMatch(/^differs from byte 19 /);
});

test('the second build’s clock runs hours ahead, on another date; given dates are untouched', () => {
  const preload = pathToFileURL(join(import.meta.dirname, 'lib', 'shift-clock.ts')).href;
  const script =
    'console.log(JSON.stringify([Date.now(), new Date().getTime(), new Date(0).getTime(), typeof Date()]))';
  const run = (env: Record<string, string>): [number, number, number, string] =>
    JSON.parse(
      execFileSync(process.execPath, [`--import=${preload}`, '--input-type=module', '-e', script], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      }),
    ) as [number, number, number, string];
  const before = Date.now();
  const [now, created, epoch, called] = run({ CROSSINGS_CLOCK_SHIFT_MS: String(clockShiftMs) });
  expect(now - before).toBeGreaterThanOrEqual(clockShiftMs);
  expect(now - before).toBeLessThan(clockShiftMs + 60_000);
  expect(Math.abs(created - now)).toBeLessThan(1000);
  expect(epoch).toBe(0);
  expect(called).toBe('string');
  expect(new Date(now).getUTCDate()).not.toBe(new Date(before).getUTCDate());
  expect(new Date(now).getUTCHours()).not.toBe(new Date(before).getUTCHours());
  // Without the variable, the preload leaves the clock alone.
  expect(Math.abs(run({})[0] - Date.now())).toBeLessThan(60_000);
});

test('the sources are copied to another folder: what git would commit, not what it ignores', () => {
  const from = folder({ 'src/a.ts': 'a', 'content/b.yaml': 'b', 'dist/index.html': 'built', '.gitignore': 'dist/\n' });
  execFileSync('git', ['init', '-q'], { cwd: from });
  const to = join(folder({}), 'copy');
  copySources(from, to);
  expect(compareDirs(join(from, 'src'), join(to, 'src'))).toEqual([]);
  expect(sourceFiles(from).toSorted()).toEqual(['.gitignore', 'content/b.yaml', 'src/a.ts']);
  expect(existsSync(join(to, 'dist'))).toBe(false);
});
