import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressMessage, publicSite } from '../../src/lib/public-site.ts';
import { editionLinkTargets, editionTarget } from './pdf-links.ts';

const ids = new Set([
  'chapter-the-money',
  'the-money--the-staff',
  'chart-bsc-funding-timeline',
  'source-gov-uk-bsc-about',
  'glossary-up-to',
  'appendix-sources',
  'appendix-glossary',
  'note-3',
]);
const has = (id: string) => ids.has(id);

describe('editionTarget', () => {
  it('leads a link to a page the edition holds to its place in the edition', () => {
    expect(editionTarget({ path: 'sources/', hash: '#source-gov-uk-bsc-about' }, has, false)).toBe(
      '#source-gov-uk-bsc-about',
    );
    expect(editionTarget({ path: 'sources/', hash: '' }, has, false)).toBe('#appendix-sources');
    expect(editionTarget({ path: 'glossary/', hash: '#term-up-to' }, has, false)).toBe('#glossary-up-to');
    expect(editionTarget({ path: 'the-money/', hash: '' }, has, false)).toBe('#chapter-the-money');
    expect(editionTarget({ path: 'the-money/', hash: '#the-staff' }, has, false)).toBe('#the-money--the-staff');
    expect(editionTarget({ path: 'the-money/', hash: '#chart-bsc-funding-timeline' }, has, true)).toBe(
      '#chart-bsc-funding-timeline',
    );
    // A chapter's note 3 is another note in the edition: the link leads to the chapter.
    expect(editionTarget({ path: 'the-money/', hash: '#note-3' }, has, false)).toBe('#chapter-the-money');
  });

  it('keeps a link to another page of the site only when the build named the public site', () => {
    for (const path of ['', 'changes/', 'datapackage.json', 'charts/x.svg', 'no-such-chapter/']) {
      expect(editionTarget({ path, hash: '' }, has, true), path).toBeUndefined();
      expect(editionTarget({ path, hash: '' }, has, false), path).toBeNull();
    }
  });
});

describe('editionLinkTargets', () => {
  const options = { origin: 'http://localhost:4321', base: '/', isPublic: false };

  it('never touches a link to another host, and reads the base path', () => {
    fc.assert(
      fc.property(fc.webUrl(), (href) => {
        fc.pre(new URL(href).origin !== options.origin);
        expect(editionLinkTargets([href], ids, options).size).toBe(0);
      }),
      { seed: 21 },
    );
    const targets = editionLinkTargets(
      ['https://example.org/crossings/sources/#source-gov-uk-bsc-about', 'https://example.org/crossings/changes/'],
      ids,
      { origin: 'https://example.org', base: '/crossings/', isPublic: false },
    );
    expect([...targets]).toEqual([
      ['https://example.org/crossings/sources/#source-gov-uk-bsc-about', '#source-gov-uk-bsc-about'],
      ['https://example.org/crossings/changes/', null],
    ]);
  });
});

describe('publicSite', () => {
  it('is the public address only when CROSSINGS_SITE is set', () => {
    expect(publicSite({})).toBeUndefined();
    expect(publicSite({ CROSSINGS_SITE: ' ' })).toBeUndefined();
    expect(publicSite({ CROSSINGS_SITE: 'https://crossings.example.org' })).toBe('https://crossings.example.org');
    expect(addressMessage(undefined)).toMatch(/give no web address \(CROSSINGS_SITE is not set\)/);
    expect(addressMessage('https://crossings.example.org')).toMatch(/name the public site, https:\/\/crossings/);
  });
});
