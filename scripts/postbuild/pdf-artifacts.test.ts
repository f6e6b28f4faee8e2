import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { markFurniture, markFurnitureInStream } from './pdf-artifacts.ts';

/** A page as Chromium draws one: background, margin boxes, then the clipped page area with its tags. */
const page = [
  '.23999999 0 0 -.23999999 0 842.88 cm',
  'q',
  '3.125 0 0 3.125 187.5 212.5 cm',
  '1 1 1 rg',
  '0 0 674 980 re',
  'f',
  'Q',
  'q',
  '3.125 0 0 3.125 0 0 cm',
  'BT',
  '/F4 11.33 Tf',
  '1 0 0 -1 60 38 Tm',
  '<0B> Tj',
  'ET',
  'Q',
  'q',
  '187.5 212.5 2105.4199 3063.7207 re',
  'W* n',
  '/P <</MCID 0 >>BDC',
  'BT',
  '<30> Tj',
  'ET',
  'EMC',
  'Q',
].join('\n');

describe('markFurniture', () => {
  it('wraps the background and the margin boxes as artifacts, and leaves the page area as it was', () => {
    const { content, count } = markFurniture(page);
    expect(count).toEqual({ pagination: 1, background: 1 });
    expect(content).toContain('/Artifact BMC\nq\n3.125 0 0 3.125 187.5 212.5 cm\n1 1 1 rg\n0 0 674 980 re\nf\nQ\nEMC');
    expect(content).toContain('/Artifact <</Type /Pagination>> BDC\nq\n3.125 0 0 3.125 0 0 cm\nBT');
    const area = page.indexOf('q\n187.5');
    expect(content.endsWith(page.slice(area))).toBe(true);
    // Every marked-content sequence is closed.
    expect(content.match(/BDC|BMC/g)?.length).toBe(content.match(/EMC/g)?.length);
  });

  it('fails where the page is not drawn as Chromium draws it, rather than guess', () => {
    expect(() => markFurniture(page.replace('W* n', 'n'))).toThrow(/page area/);
    expect(() => markFurniture(`/P <</MCID 9 >>BDC\nEMC\n${page}`)).toThrow(/marked content before/);
  });
});

describe('markFurnitureInStream', () => {
  it('reads and writes Flate, and refuses another filter', () => {
    const out = markFurnitureInStream('<</Filter /FlateDecode\n/Length 9>>', deflateSync(page));
    expect(inflateSync(out.data).toString('latin1')).toContain('/Artifact <</Type /Pagination>> BDC');
    expect(() => markFurnitureInStream('<</Filter /LZWDecode\n/Length 9>>', Buffer.from(page))).toThrow(/not one/);
  });
});
