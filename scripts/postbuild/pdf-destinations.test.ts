import { describe, expect, it } from 'vitest';
import { destinationPages } from './pdf-destinations.ts';

/** A PDF as Chromium writes one: plain objects, a two-level page tree, named destinations in the catalog. */
const pdf = (dests: string) =>
  Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj\n<</Producer (Skia/PDF)>>\nendobj',
      '2 0 obj\n<</Type /Page\n/Parent 5 0 R>>\nendobj',
      '3 0 obj\n<</Type /Page\n/Parent 5 0 R>>\nendobj',
      '4 0 obj\n<</Type /Page\n/Parent 6 0 R>>\nendobj',
      '5 0 obj\n<</Type /Pages\n/Count 2\n/Kids [3 0 R 2 0 R]>>\nendobj',
      '6 0 obj\n<</Type /Pages\n/Count 1\n/Kids [4 0 R]>>\nendobj',
      '7 0 obj\n<</Type /Pages\n/Count 3\n/Kids [5 0 R 6 0 R]>>\nendobj',
      `8 0 obj\n<<${dests}>>\nendobj`,
      '9 0 obj\n<</Type /Catalog\n/Pages 7 0 R\n/Dests 8 0 R>>\nendobj',
      'xref\n',
    ].join('\n'),
    'latin1',
  );

describe('destinationPages', () => {
  it('gives each named destination the number of its page, in the page tree’s order', () => {
    const pages = destinationPages(
      pdf('/chapter-one [3 0 R /XYZ 0 831.63 0]\n/chart-a [2 0 R /XYZ 0 842.88 0]\n/appendix#2Dx [4 0 R /XYZ 0 9 0]'),
    );
    expect([...pages]).toEqual([
      ['chapter-one', 1],
      ['chart-a', 2],
      ['appendix-x', 3],
    ]);
  });

  it('has nothing for a PDF without named destinations, and fails on a broken page tree', () => {
    expect(destinationPages(pdf('')).size).toBe(0);
    const broken = pdf('/x [2 0 R /XYZ 0 0 0]').toString('latin1').replace('/Kids [4 0 R]', '/Kids [40 0 R]');
    expect(() => destinationPages(Buffer.from(broken, 'latin1'))).toThrow(/object 40/);
  });
});
