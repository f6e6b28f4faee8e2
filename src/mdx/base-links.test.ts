import { describe, expect, it } from 'vitest';
import { baseLinks, withBase } from './base-links.ts';

describe('withBase', () => {
  it('prefixes root-relative paths with the base path', () => {
    expect(withBase('/the-money/', '/crossings/')).toBe('/crossings/the-money/');
    expect(withBase('/sources/#source-x', 'crossings')).toBe('/crossings/sources/#source-x');
  });
  it('leaves paths alone at the root, and other URLs everywhere', () => {
    expect(withBase('/the-money/', '/')).toBe('/the-money/');
    for (const url of ['https://www.gov.uk/', '#note-1', '//example.org/x', 'mailto:a@b.c', 'relative/'])
      expect(withBase(url, '/crossings/')).toBe(url);
  });
});

describe('baseLinks', () => {
  it('rewrites links and link definitions through the processor context, and only when they change', () => {
    const set: string[] = [];
    const context = { setProperty: (_node: { url: string }, _key: 'url', value: string) => set.push(value) };
    const plugin = baseLinks('/crossings/');
    plugin.link({ url: '/the-money/' }, context);
    plugin.definition({ url: '/sources/' }, context);
    plugin.link({ url: 'https://example.org/' }, context);
    expect(set).toEqual(['/crossings/the-money/', '/crossings/sources/']);
  });
});
