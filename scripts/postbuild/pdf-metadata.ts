/**
 * Fixed metadata for a PDF that Chromium printed. Chromium writes the document information dictionary
 * (title, creator, producer, the time it printed) as object 1, at the start of the file; this rewrites that
 * object in place, padded with spaces to its old length, so every other byte and every offset in the
 * cross-reference table stays as it was: the tags, the outline and the pages are untouched.
 */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  /** YYYY-MM-DD: creation and modification date alike, so the same content gives the same bytes. */
  date: string;
}

/** A PDF text string: a literal for plain ASCII, else UTF-16BE in hex with a byte-order mark. */
export function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

export function pdfDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`PDF date must be YYYY-MM-DD, not "${date}"`);
  return `(D:${date.replaceAll('-', '')}000000+00'00')`;
}

/** Counts the PDF's pages (Chromium writes no object streams, so each page object is plain text). */
export function countPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0
  );
}

export function fixPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): { bytes: Buffer; pages: number } {
  const text = Buffer.from(pdf).toString('latin1');
  const match = /\n1 0 obj\n<<([\s\S]*?)>>\nendobj\n/.exec(text);
  if (!match || !match[1]?.includes('/Producer')) {
    throw new Error('the PDF has no document information dictionary where Chromium writes it (object 1)');
  }
  const oldBody = match[1];
  const body = [
    `/Title ${pdfString(metadata.title)}`,
    `/Author ${pdfString(metadata.author)}`,
    `/Subject ${pdfString(metadata.subject)}`,
    `/Creator ${pdfString(metadata.author)}`,
    `/Producer ${/\/Producer (\([^)]*\))/.exec(oldBody)?.[1] ?? '(Chromium)'}`,
    `/CreationDate ${pdfDate(metadata.date)}`,
    `/ModDate ${pdfDate(metadata.date)}`,
  ].join('\n');
  if (body.length > oldBody.length) {
    throw new Error(`the PDF's metadata (${body.length} bytes) does not fit where Chromium's was (${oldBody.length})`);
  }
  const start = match.index + '\n1 0 obj\n<<'.length;
  const bytes = Buffer.from(pdf);
  bytes.write(body.padEnd(oldBody.length, ' '), start, 'latin1');
  return { bytes, pages: countPages(bytes) };
}

/**
 * Chromium names each structure element of a tagged PDF after the DOM node it came from
 * (`/ID (node00005883)`), and DOM node numbers depend on everything the renderer happened to create
 * before, so two prints of the same page can differ by one. This renumbers them in place, in their own
 * order (1, 2, 3 … in the same eight digits), so the same content gives the same bytes: lengths and
 * offsets do not change, and the ID tree's keys stay sorted because the order is kept.
 */
export function renumberStructureIds(pdf: Uint8Array): Buffer {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  const pattern = /\(node(\d{8})\)/g;
  const ids = [...new Set([...text.matchAll(pattern)].map((m) => m[1] ?? ''))].sort();
  if (ids.length > 99_999_999) throw new Error('too many structure elements to renumber in eight digits');
  const renamed = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, '0')]));
  for (const match of text.matchAll(pattern)) {
    bytes.write(`(node${renamed.get(match[1] ?? '') ?? match[1]})`, match.index, 'latin1');
  }
  return bytes;
}
