import { describe, expect, it } from 'vitest';
import { withMetadata, xmpPacket } from './pdf-xmp.ts';

const metadata = {
  title: 'Crossings',
  description: 'Gangs & routes <both>',
  creator: 'Crossings',
  language: 'en-GB',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  date: '2026-08-21',
  producer: 'Skia/PDF m156',
};

describe('xmpPacket', () => {
  it('gives the title, language, licence and the content date, escaped, and no PDF/UA claim', () => {
    const xmp = xmpPacket(metadata);
    expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Crossings</rdf:li></rdf:Alt></dc:title>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('Gangs &amp; routes &lt;both&gt;');
    expect(xmp).toContain('<xmp:CreateDate>2026-08-21T00:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>2026-08-21T00:00:00Z</xmp:ModifyDate>');
    expect(xmp).toContain(
      '<xmpRights:WebStatement>https://creativecommons.org/licenses/by/4.0/</xmpRights:WebStatement>',
    );
    expect(xmp).toContain('<pdf:Producer>Skia/PDF m156</pdf:Producer>');
    expect(xmp).not.toContain('pdfuaid');
    expect(() => xmpPacket({ ...metadata, date: '21/08/2026' })).toThrow();
  });
});

describe('withMetadata', () => {
  const chromium =
    '<</Type /Catalog\n/Pages 917 0 R\n/MarkInfo <</Type /MarkInfo\n/Marked true>>\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>\n/Lang (en-GB)>>';

  it("adds the metadata to Chromium's catalog and keeps the rest", () => {
    expect(withMetadata(chromium, { metadata: 8467, language: 'en-GB' })).toBe(
      `${chromium.slice(0, -2)}\n/Metadata 8467 0 R>>`,
    );
  });

  it('adds the language and the title in the window where a catalog lacks them', () => {
    const bare = '<</Type /Catalog\n/MarkInfo <</Marked true>>>>';
    const out = withMetadata(bare, { metadata: 5, language: 'en-GB' });
    expect(out).toContain('/Lang (en-GB)');
    expect(out).toContain('/ViewerPreferences <</DisplayDocTitle true>>');
  });

  it('refuses an untagged PDF, another language, or metadata twice', () => {
    expect(() => withMetadata('<</Type /Catalog>>', { metadata: 5, language: 'en-GB' })).toThrow(/not tagged/);
    expect(() => withMetadata(chromium, { metadata: 5, language: 'fr' })).toThrow(/language/);
    expect(() =>
      withMetadata(chromium.replace('/Lang', '/Metadata 3 0 R\n/Lang'), { metadata: 5, language: 'en-GB' }),
    ).toThrow(/already/);
  });
});
