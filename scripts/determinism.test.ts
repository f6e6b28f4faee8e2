import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { compareDirs } from './determinism.ts';

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
