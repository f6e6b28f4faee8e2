/**
 * The README's layout cannot drift from the code: it names every folder under src/, every internal
 * component, and every component chapters can use (the ones validation knows, which src/mdx/index.ts must
 * export: src/lib/content/components.ts), and the README's section on writing chapters shows each tag.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterComponents } from '../src/lib/content/components.ts';

const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const layout = /## Layout\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const chapters = /## Adding a chapter\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
const folders = (dir: string) =>
  readdirSync(resolve(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

describe('the README', () => {
  it('has a layout and a section on adding a chapter', () => {
    expect(layout).not.toBe('');
    expect(chapters).not.toBe('');
  });

  it.each(folders('src'))('lays out src/%s/', (name) => expect(layout).toMatch(new RegExp(`(^|\\s)${name}/`)));

  it.each(readdirSync(resolve(root, 'src/components')).map((f) => f.replace(/\.astro$/, '')))(
    'names the internal component %s',
    (name) => expect(layout).toMatch(new RegExp(`\\b${name}\\b`)),
  );

  it.each(Object.keys(chapterComponents))('lists <%s> with the MDX components and shows how to write it', (name) => {
    expect(layout).toContain(`<${name}>`);
    expect(chapters).toContain(`<${name} `);
  });

  it('says how to work on the site with a live preview', () => expect(readme).toContain('npm run dev'));
});
