import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectBody, readObjects, streamObject, streamParts, writeObjects } from './pdf-objects.ts';

/** A file laid out as Chromium lays one out: header, objects in order, one table, trailer. */
function chromiumLike(bodies: string[]): Buffer {
  let text = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<</Size ${bodies.length + 1}\n/Root 1 0 R\n/Info 2 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

describe('readObjects and writeObjects', () => {
  it('give back the same bytes when nothing is replaced, whatever the objects hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary-ascii', maxLength: 40 }), { minLength: 2, maxLength: 8 }),
        (bodies) => {
          const pdf = chromiumLike(bodies.map((body) => `<</X (${body.replace(/[\\()]/g, '')})>>`));
          expect(writeObjects(readObjects(pdf)).equals(pdf)).toBe(true);
        },
      ),
      { seed: 4402 },
    );
  });

  it('point the new table at every object, replaced and added ones too', () => {
    const pdf = readObjects(
      chromiumLike(['<</Type /Catalog>>', '<</Producer (x)>>', '<</Length 3>> stream\nabc\nendstream']),
    );
    expect(streamParts(pdf.objects, 3).data.toString()).toBe('abc');
    pdf.objects.set(3, streamObject(3, '<</Length 3>>', Buffer.from('a longer stream')));
    pdf.objects.set(4, streamObject(4, '<</Type /Metadata>>', Buffer.from('<x/>')));
    const out = writeObjects(pdf);
    const text = out.toString('latin1');
    const table = /xref\n0 (\d+)\n([\s\S]*?)trailer/.exec(text);
    expect(table?.[1]).toBe('5');
    const offsets = (table?.[2] ?? '')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => Number(line.slice(0, 10)));
    offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj\n`)).toBe(true));
    expect(text).toContain('/Size 5\n/Root 1 0 R');
    expect(Number(/startxref\n(\d+)/.exec(text)?.[1])).toBe(text.indexOf('xref\n0 5'));
    const again = readObjects(out);
    expect(streamParts(again.objects, 3).data.toString()).toBe('a longer stream');
    expect(objectBody(again.objects, 4)).toBe('<</Type /Metadata\n/Length 4>> stream\n<x/>\nendstream');
  });

  it('refuses a file with earlier revisions or a table that lies', () => {
    const pdf = chromiumLike(['<</Type /Catalog>>']).toString('latin1');
    expect(() => readObjects(Buffer.from(pdf.replace('/Root', '/Prev 9\n/Root'), 'latin1'))).toThrow(/revisions/);
    expect(() => readObjects(Buffer.from(pdf.replace('0000000015 00000 n', '0000000016 00000 n'), 'latin1'))).toThrow(
      /object 1 is not at byte 16/,
    );
  });
});
