import { describe, expect, it } from 'vitest';
import { countPages, fixPdfMetadata, pdfDate, pdfString, renumberStructureIds } from './pdf-metadata.ts';

const chromiumLike = (created: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj\n<</Title <FEFF0041>\n/Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) AppleWebKit/537.36 \\(KHTML, like Gecko\\) HeadlessChrome/156.0.0.0 Safari/537.36 and a little more room)\n/Producer (Skia/PDF m156)\n/CreationDate (D:${created}+00'00')\n/ModDate (D:${created}+00'00')>>\nendobj\n2 0 obj\n<</Type /Page>>\nendobj\n3 0 obj\n<</Type /Pages /Count 1>>\nendobj\nxref\n`,
    'latin1',
  );
const metadata = { title: 'Crossings', author: 'Crossings', subject: 'A test', date: '2026-02-26' };

describe('fixPdfMetadata', () => {
  it('gives the same bytes whenever the PDF was printed, at the same length and offsets', () => {
    const a = fixPdfMetadata(chromiumLike('20261130050537'), metadata);
    const b = fixPdfMetadata(chromiumLike('20270101235959'), metadata);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(a.bytes.length).toBe(chromiumLike('20261130050537').length);
    expect(a.bytes.indexOf('2 0 obj')).toBe(chromiumLike('20261130050537').indexOf('2 0 obj'));
    const text = a.bytes.toString('latin1');
    expect(text).toContain("/CreationDate (D:20260226000000+00'00')");
    expect(text).toContain('/Author (Crossings)');
    expect(text).toContain('/Subject (A test)');
    expect(text).not.toContain('HeadlessChrome');
    expect(a.pages).toBe(1);
  });

  it('fails, rather than breaking the file, where the new metadata does not fit', () => {
    expect(() => fixPdfMetadata(chromiumLike('20261130050537'), { ...metadata, subject: 'x'.repeat(400) })).toThrow(
      /does not fit/,
    );
  });
});

describe('PDF values', () => {
  it('writes ASCII as an escaped literal and anything else as UTF-16BE hex', () => {
    expect(pdfString('a (b) \\c')).toBe('(a \\(b\\) \\\\c)');
    expect(pdfString('a·b')).toBe('<FEFF006100B70062>');
  });

  it('writes a date as midnight UTC and refuses anything but YYYY-MM-DD', () => {
    expect(pdfDate('2026-02-26')).toBe("(D:20260226000000+00'00')");
    expect(() => pdfDate('26/02/2026')).toThrow();
  });

  it('counts page objects, not the page tree', () => {
    expect(countPages(Buffer.from('<</Type /Page>> <</Type /Pages>> <</Type/Page /X 1>>'))).toBe(2);
  });
});

describe('renumberStructureIds', () => {
  const tagged = (first: number, second: number) =>
    new TextEncoder().encode(
      `<</ID (node${String(first).padStart(8, '0')})>>\n<</Headers [(node${String(second).padStart(8, '0')})]>>\n` +
        `<</Names [(node${String(first).padStart(8, '0')}) 1 0 R (node${String(second).padStart(8, '0')}) 2 0 R]>>`,
    );

  it('gives the same bytes whatever numbers Chromium started from, keeping length and order', () => {
    const a = renumberStructureIds(tagged(5883, 5886));
    const b = renumberStructureIds(tagged(5884, 5887));
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBe(tagged(5883, 5886).length);
    expect(a.toString('latin1')).toContain('(node00000001) 1 0 R (node00000002) 2 0 R');
  });
});
