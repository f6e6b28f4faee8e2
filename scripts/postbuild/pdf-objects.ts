/**
 * A PDF as Chromium writes it, read as its table of objects and written back with some objects replaced
 * or added. Chromium writes one classic cross-reference table (no object streams, no compression of the
 * table, no earlier revisions), so each object's bytes run from its offset to the next object's. Every
 * object not replaced is copied byte for byte, in the same order: the structure tree, the outline, the
 * fonts and the page objects stay exactly as Chromium made them. The file is written whole with one
 * table, rather than as an incremental update, so replaced objects (every page's content stream) are not
 * carried twice in what a reader downloads.
 */
export interface PdfObjects {
  /** Everything before the first object: the header and its binary comment. */
  header: Buffer;
  /** Each object's whole bytes (`N 0 obj … endobj\n`), by number, in the file's order. */
  objects: Map<number, Buffer>;
  /** The trailer dictionary's body, between `<<` and `>>`. */
  trailer: string;
}

export function readObjects(pdf: Uint8Array): PdfObjects {
  const bytes = Buffer.from(pdf);
  const tail = bytes.subarray(Math.max(0, bytes.length - 64)).toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start) throw new Error('the PDF does not end with startxref and %%EOF');
  const xrefAt = Number(start[1]);
  const rest = bytes.subarray(xrefAt).toString('latin1');
  const table = /^xref\r?\n([\s\S]*?)trailer\s*<<([\s\S]*)>>\s*startxref/.exec(rest);
  if (!table) throw new Error(`the PDF has no classic cross-reference table at byte ${xrefAt}`);
  const trailer = table[2] ?? '';
  if (/\/Prev\b|\/XRefStm\b|\/Encrypt\b/.test(trailer)) {
    throw new Error(
      'the PDF has earlier revisions, a cross-reference stream or encryption, which Chromium never writes',
    );
  }
  const offsets: [number, number][] = [];
  const lines = (table[1] ?? '').split(/\r?\n/).filter((line) => line.trim() !== '');
  for (let i = 0; i < lines.length;) {
    const section = /^(\d+) (\d+)$/.exec(lines[i]?.trim() ?? '');
    if (!section) throw new Error(`the PDF's cross-reference table has "${lines[i] ?? ''}" where a section starts`);
    const first = Number(section[1]);
    const count = Number(section[2]);
    for (let k = 0; k < count; k++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(lines[i + 1 + k] ?? '');
      if (!entry) throw new Error(`the PDF's cross-reference entry for object ${first + k} is not one`);
      if (entry[3] === 'n') offsets.push([first + k, Number(entry[1])]);
    }
    i += 1 + count;
  }
  offsets.sort((a, b) => a[1] - b[1]);
  const objects = new Map<number, Buffer>();
  offsets.forEach(([number, offset], i) => {
    const end = offsets[i + 1]?.[1] ?? xrefAt;
    const body = bytes.subarray(offset, end);
    if (!body.toString('latin1', 0, 32).startsWith(`${number} 0 obj`)) {
      throw new Error(`the PDF's object ${number} is not at byte ${offset}, where its table says`);
    }
    objects.set(number, body);
  });
  const first = offsets[0]?.[1];
  if (first === undefined) throw new Error('the PDF has no objects');
  return { header: bytes.subarray(0, first), objects, trailer };
}

/** The dictionary and contents of an object, between `N 0 obj` and `endobj`. */
export function objectBody(objects: PdfObjects['objects'], number: number): string {
  const bytes = objects.get(number);
  if (!bytes) throw new Error(`the PDF has no object ${number}`);
  const text = bytes.toString('latin1');
  const match = /^\d+ 0 obj\r?\n([\s\S]*)\r?\nendobj\s*$/.exec(text);
  if (!match) throw new Error(`the PDF's object ${number} is not written as "N 0 obj … endobj"`);
  return match[1] ?? '';
}

/** A stream's dictionary and its raw (still encoded) data, cut by its /Length. */
export function streamParts(objects: PdfObjects['objects'], number: number): { dict: string; data: Buffer } {
  const bytes = objects.get(number);
  if (!bytes) throw new Error(`the PDF has no object ${number}`);
  const text = bytes.toString('latin1');
  const head = /^\d+ 0 obj\r?\n(<<[\s\S]*?>>)\s*stream\r?\n/.exec(text);
  const length = head ? /\/Length (\d+)(?! \d+ R)/.exec(head[1] ?? '') : null;
  if (!head || !length) throw new Error(`the PDF's object ${number} is not a stream with a direct /Length`);
  const start = head[0].length;
  return { dict: head[1] ?? '', data: bytes.subarray(start, start + Number(length[1])) };
}

export function objectBytes(number: number, body: string | Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${number} 0 obj\n`, 'latin1'), Buffer.from(body), Buffer.from('\nendobj\n')]);
}

/** A stream object: the dictionary's /Length is set from the data. */
export function streamObject(number: number, dict: string, data: Buffer): Buffer {
  const withLength = /\/Length \d+/.test(dict)
    ? dict.replace(/\/Length \d+/, `/Length ${data.length}`)
    : dict.replace(/>>$/, `\n/Length ${data.length}>>`);
  return objectBytes(
    number,
    Buffer.concat([Buffer.from(`${withLength} stream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]),
  );
}

/** The file again, its objects in the same order (new numbers after), with one fresh table. */
export function writeObjects(pdf: PdfObjects): Buffer {
  const parts: Buffer[] = [pdf.header];
  let offset = pdf.header.length;
  const offsets = new Map<number, number>();
  for (const [number, bytes] of pdf.objects) {
    offsets.set(number, offset);
    parts.push(bytes);
    offset += bytes.length;
  }
  const size = Math.max(...offsets.keys()) + 1;
  const entries = ['0000000000 65535 f \n'];
  for (let n = 1; n < size; n++) {
    const at = offsets.get(n);
    entries.push(at === undefined ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`);
  }
  const trailer = /\/Size \d+/.test(pdf.trailer)
    ? pdf.trailer.replace(/\/Size \d+/, `/Size ${size}`)
    : `/Size ${size}\n${pdf.trailer}`;
  parts.push(Buffer.from(`xref\n0 ${size}\n${entries.join('')}trailer\n<<${trailer}>>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}
