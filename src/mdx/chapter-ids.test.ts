import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chapterIdOf, chapterIds, chapterOfFile } from './chapter-ids.ts';

const inChapter = { fileURL: pathToFileURL('/repo/content/chapters/02-the-money.mdx') };
const element = (name: string, attributes: { type: 'mdxJsxAttribute'; name: string; value: string }[] = []) =>
  ({ type: 'mdxJsxTextElement', name, attributes, children: [] }) as never;

describe('chapterIds', () => {
  const plugin = chapterIds();

  it('adds the chapter to <Num>, <Source>, <Quote> and <Chart>, keeping their own attributes', () => {
    const out = plugin.mdxJsxTextElement(
      element('Num', [{ type: 'mdxJsxAttribute', name: 'id', value: 'x' }]),
      inChapter,
    ) as unknown as { attributes: unknown[] };
    expect(out.attributes).toEqual([
      { type: 'mdxJsxAttribute', name: 'id', value: 'x' },
      { type: 'mdxJsxAttribute', name: 'chapter', value: 'the-money' },
    ]);
  });

  it('leaves other elements, elements that name a chapter, and MDX outside chapters/ alone', () => {
    expect(plugin.mdxJsxTextElement(element('Other'), inChapter)).toBeUndefined();
    expect(
      plugin.mdxJsxTextElement(element('Num', [{ type: 'mdxJsxAttribute', name: 'chapter', value: 'a' }]), inChapter),
    ).toBeUndefined();
    expect(
      plugin.mdxJsxTextElement(element('Num'), { fileURL: pathToFileURL('/repo/src/pages/x.mdx') }),
    ).toBeUndefined();
  });

  it('names a chapter as content.config.ts does', () => {
    expect(chapterIdOf('/a/chapters/01-the-announcement.mdx')).toBe('the-announcement');
    expect(chapterOfFile(undefined)).toBeUndefined();
  });
});
