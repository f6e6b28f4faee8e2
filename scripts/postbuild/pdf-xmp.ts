/**
 * XMP metadata for the PDF, and the catalog entries a screen reader's viewer looks for. The document
 * information dictionary (./pdf-metadata.ts) is the older place for the title; XMP is where PDF 2.0 and
 * PDF/UA look, and it can carry the language and the licence. Every value comes from the content (its
 * "figures as of" date, never the build's time), so the same content gives the same bytes.
 *
 * No PDF/UA identification (pdfuaid:part) is written: nothing here can validate the file against PDF/UA,
 * and Chromium leaves some content neither tagged nor an artifact (./pdf-artifacts.ts), so the claim would
 * not be honest.
 */
export interface XmpMetadata {
  title: string;
  description: string;
  creator: string;
  /** BCP 47, as the page's `lang`. */
  language: string;
  licence: { name: string; url: string };
  /** YYYY-MM-DD: created, modified and described alike. */
  date: string;
  /** As the information dictionary says (Chromium's Skia/PDF and its version). */
  producer: string;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;

export function xmpPacket(m: XmpMetadata): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.date)) throw new Error(`XMP date must be YYYY-MM-DD, not "${m.date}"`);
  const date = `${m.date}T00:00:00Z`;
  return [
    // The byte-order mark in `begin` is part of the standard packet header (UTF-8).
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(m.title)}</dc:title>`,
    `<dc:description>${alt(m.description)}</dc:description>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(m.creator)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(m.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<dc:rights>${alt(`${m.licence.name}: ${m.licence.url}`)}</dc:rights>`,
    '<xmpRights:Marked>True</xmpRights:Marked>',
    `<xmpRights:WebStatement>${escapeXml(m.licence.url)}</xmpRights:WebStatement>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeXml(m.creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escapeXml(m.producer)}</pdf:Producer>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}

/**
 * The catalog with its metadata stream, checked for what a tagged PDF for screen readers needs: marked
 * (tagged), the document's language, and the title rather than the file name in the window.
 */
export function withMetadata(catalog: string, options: { metadata: number; language: string }): string {
  if (!/^<<[\s\S]*>>$/.test(catalog) || !/\/Type\s*\/Catalog\b/.test(catalog)) {
    throw new Error('the PDF catalog is not a dictionary of /Type /Catalog');
  }
  if (/\/Metadata\b/.test(catalog)) throw new Error('the PDF catalog already has metadata');
  if (!/\/MarkInfo\s*<<[^>]*\/Marked true/.test(catalog)) throw new Error('the PDF is not tagged (/MarkInfo /Marked)');
  const lang = /\/Lang \(([^)]*)\)/.exec(catalog)?.[1];
  if (lang !== undefined && lang !== options.language) {
    throw new Error(`the PDF's language is ${lang}, not ${options.language}`);
  }
  let body = catalog.slice(0, -2).replace('/DisplayDocTitle false', '/DisplayDocTitle true');
  if (lang === undefined) body += `\n/Lang (${options.language})`;
  if (!/\/ViewerPreferences\b/.test(body)) body += '\n/ViewerPreferences <</DisplayDocTitle true>>';
  else if (!/\/DisplayDocTitle true/.test(body)) {
    body = body.replace(/\/ViewerPreferences\s*<</, '$&/DisplayDocTitle true\n');
  }
  return `${body}\n/Metadata ${options.metadata} 0 R>>`;
}
