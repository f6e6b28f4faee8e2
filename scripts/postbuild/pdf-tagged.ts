/**
 * The last step of crossings.pdf, after Chromium has printed it and its information dictionary is fixed
 * (./pdf-metadata.ts): XMP metadata on the catalog (./pdf-xmp.ts) and every page's furniture marked as
 * artifacts (./pdf-artifacts.ts). The file is rewritten object by object (./pdf-objects.ts): everything
 * else keeps Chromium's bytes.
 */
import { markFurnitureInStream, type ArtifactCount } from './pdf-artifacts.ts';
import { objectBody, readObjects, streamObject, streamParts, writeObjects } from './pdf-objects.ts';
import { withMetadata, xmpPacket, type XmpMetadata } from './pdf-xmp.ts';

export function finishTaggedPdf(
  pdf: Uint8Array,
  metadata: Omit<XmpMetadata, 'producer'>,
): { bytes: Buffer; artifacts: ArtifactCount } {
  const file = readObjects(pdf);
  const artifacts: ArtifactCount = { pagination: 0, background: 0 };
  for (const number of [...file.objects.keys()]) {
    const body = objectBody(file.objects, number);
    if (!/^<<\/Type \/Page\b(?!s)/.test(body)) continue;
    const contents = /\/Contents (\d+) 0 R/.exec(body)?.[1];
    if (contents === undefined) throw new Error(`the PDF's page (object ${number}) has not one content stream`);
    const stream = streamParts(file.objects, Number(contents));
    const marked = markFurnitureInStream(stream.dict, stream.data);
    file.objects.set(Number(contents), streamObject(Number(contents), marked.dict, marked.data));
    artifacts.pagination += marked.count.pagination;
    artifacts.background += marked.count.background;
  }
  const root = Number(/\/Root (\d+) 0 R/.exec(file.trailer)?.[1] ?? NaN);
  const info = Number(/\/Info (\d+) 0 R/.exec(file.trailer)?.[1] ?? NaN);
  if (!file.objects.has(root) || !file.objects.has(info)) throw new Error("the PDF's trailer names no catalog or info");
  const producer = /\/Producer \(((?:\\.|[^\\)])*)\)/.exec(objectBody(file.objects, info))?.[1] ?? 'Chromium';
  const packet = Buffer.from(xmpPacket({ ...metadata, producer: producer.replace(/\\(.)/g, '$1') }), 'utf8');
  const number = Math.max(...file.objects.keys()) + 1;
  // Not compressed, as XMP's specification advises, so that tools that do not read PDF can find it.
  file.objects.set(number, streamObject(number, '<</Type /Metadata\n/Subtype /XML\n/Length 0>>', packet));
  file.objects.set(
    root,
    Buffer.from(
      `${root} 0 obj\n${withMetadata(objectBody(file.objects, root), { metadata: number, language: metadata.language })}\nendobj\n`,
      'latin1',
    ),
  );
  return { bytes: writeObjects(file), artifacts };
}
