/**
 * No comment sends a reader to a file that is not there: every path a comment in src/, scripts/ or e2e/
 * cites (`src/lib/content/load.ts`, `./lib/base.ts`, `README.md`), and every path the READMEs cite, exists.
 * Paths outside the repository (`../shared/…`, and a file named on a line that cites it there) and paths
 * with a placeholder (`<id>`, `NN-slug`) are not files to find.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const skip = new Set(['node_modules', 'fixtures', 'dist']);

function filesIn(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : filesIn(path);
    return /\.(ts|astro|mjs|css)$/.test(entry.name) ? [path] : [];
  });
}

const docs = ['README.md', 'content/README.md'];
const sources = [...filesIn('src'), ...filesIn('scripts'), ...filesIn('e2e'), 'astro.config.mjs'];
const placeholder = /(^|\/)[A-Z]{2,}|</;

/** The comment lines of a source file (line comments, block comment lines, JSX comments), or all of a doc. */
function commentLines(file: string): [number, string][] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const all = lines.map((text, i): [number, string] => [i + 1, text]);
  if (file.endsWith('.md')) return all;
  return all.filter(([, text]) => /^\s*(\/\/|\/\*|\*|\{\/\*)/.test(text) || /\s\/\/\s/.test(text));
}

const rooted =
  /(?<![\w./-])(?:src|scripts|e2e|content|public)\/[\w./[\]-]+\.(?:ts|astro|mjs|js|css|md|yaml|json|mdx)\b/g;
const local = /(?<![\w./-])\.\.?\/[\w./-]+\.(?:ts|astro|mjs|js|css)\b/g;
const named = /(?<![\w./-])[\w-]+\.md\b/g;

function missing(file: string): string[] {
  const problems: string[] = [];
  for (const [line, text] of commentLines(file)) {
    for (const [path] of text.matchAll(rooted)) {
      if (!placeholder.test(path) && !existsSync(join(root, path))) problems.push(`${file}:${line} cites ${path}`);
    }
    for (const [path] of text.matchAll(local)) {
      const target = resolve(root, dirname(file), path);
      if (!relative(root, target).startsWith('..') && !existsSync(target))
        problems.push(`${file}:${line} cites ${path}`);
    }
    for (const [name] of text.matchAll(named)) {
      if (text.includes('../shared/')) continue;
      if (!existsSync(join(root, name)) && !existsSync(join(root, dirname(file), name))) {
        problems.push(`${file}:${line} cites ${name}`);
      }
    }
  }
  return problems;
}

describe('paths cited in comments and docs', () => {
  it('finds files to read', () => expect(sources.length).toBeGreaterThan(50));

  it('all exist', () => {
    expect([...sources, ...docs].flatMap(missing)).toEqual([]);
  });
});
