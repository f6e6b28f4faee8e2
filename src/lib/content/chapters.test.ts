/**
 * A chapter is read as the build reads it, as a tree: a tag wrapped over lines, or with its attributes in
 * any order, cites and numbers like any other; a tag inside an MDX comment or code cites nothing.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { kindRegistry } from '../../charts/kinds/index.ts';
import { loadContent } from './load.ts';

const base = fileURLToPath(new URL('../../../e2e/fixtures/content-base', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'crossings-chapters-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The base fixture with its chapter's prose replaced. */
function chapterWith(name: string, prose: string) {
  const dir = join(temp, name);
  cpSync(base, dir, { recursive: true });
  const frontmatter = ['---', 'title: Test chapter', 'order: 1', 'summary: A chapter for testing.'];
  writeFileSync(
    join(dir, 'chapters/01-test.mdx'),
    [...frontmatter, 'updated: 2026-11-29', '---', '', prose].join('\n'),
  );
  const chapter = loadContent({ contentDir: dir, kinds: kindRegistry }).chapters[0];
  if (!chapter) throw new Error('no chapter');
  return chapter;
}

describe('a chapter read as a tree', () => {
  it('numbers a tag wrapped over lines like any other', () => {
    const chapter = chapterWith(
      'wrapped',
      [
        '<Quote',
        '  id="test-quote"',
        '/>',
        '',
        'In 2024 there were <Num',
        '  id="arrivals-2024"',
        '/> people, a <Term',
        '  id="provisional-count">provisional count</Term>.',
        '',
        '<Chart',
        '',
        '  id="arrivals-by-year"',
        '/>',
      ].join('\n'),
    );
    expect(chapter.refs).toEqual([
      { kind: 'quote', id: 'test-quote' },
      { kind: 'figure', id: 'arrivals-2024' },
      { kind: 'chart', id: 'arrivals-by-year' },
    ]);
    expect(chapter.uses.terms).toEqual(['provisional-count']);
  });

  it('cites nothing from inside an MDX comment or code', () => {
    const chapter = chapterWith(
      'comment',
      [
        '{/* <Num id="arrivals-2024"/> */}',
        '',
        'Write `<Chart id="arrivals-by-year"/>` for a chart.',
        '',
        '<Num id="member-countries"/>',
      ].join('\n'),
    );
    expect(chapter.refs).toEqual([{ kind: 'figure', id: 'member-countries' }]);
  });

  it('records a stepped story where it starts, named by its first step, before the charts it shows', () => {
    const chapter = chapterWith(
      'steps',
      [
        '<Steps label="Steps">',
        '<Step id="arrivals-by-year">',
        'The count rose.',
        '</Step>',
        '</Steps>',
        '',
        '<Chart id="arrivals-by-year"/>',
      ].join('\n'),
    );
    expect(chapter.refs).toEqual([
      { kind: 'steps', id: 'steps-arrivals-by-year-whole', title: 'Steps', shows: ['arrivals-by-year'] },
      { kind: 'chart', id: 'arrivals-by-year' },
    ]);
  });
});
