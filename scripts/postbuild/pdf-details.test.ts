import { describe, expect, it } from 'vitest';
import { pdfDetails } from './pdf-details.ts';

describe('pdfDetails', () => {
  it('gives the page count and a size in decimal units', () => {
    expect(pdfDetails(42, 1_162_783)).toBe('(PDF, 42 pages, 1.2 MB)');
    expect(pdfDetails(1, 48_400)).toBe('(PDF, 1 page, 48 kB)');
  });
});
