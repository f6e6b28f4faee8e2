/**
 * Page furniture marked as artifacts. Chromium's tagged PDF draws each page in the same order: the page's
 * background, then the @page margin boxes (our running head and "Page n of m"), then, clipped to the page
 * area, the document, in marked-content sequences (`/P <</MCID 3>> BDC … EMC`) that the structure tree
 * points to. The first two it leaves outside any marked content, so they are neither tagged text nor
 * artifacts, and a reader that reads the page's content rather than its tags reads the running head and
 * page number as text. This wraps them, and only them, as artifacts: the running head and page number as
 * pagination, the background as a plain artifact. No MCID moves and no structure element changes.
 *
 * Left alone: unmarked drawing inside the page area (dotted leaders, rules, some text Chromium did not tag).
 * It is not page furniture, and calling it an artifact would be a claim about content we cannot check here.
 */
import { deflateSync, inflateSync } from 'node:zlib';

/**
 * The start of the page area: the first clip to a rectangle (`q x y w h re W* n`), where Chromium begins
 * the document's own content. Before it, no marked content.
 */
const pageArea = /(?:^|\n)q\n[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ re\nW\*? n\n/;

export interface ArtifactCount {
  pagination: number;
  background: number;
}

/** One page's content, its furniture wrapped as artifacts. */
export function markFurniture(content: string): { content: string; count: ArtifactCount } {
  const area = pageArea.exec(content);
  if (!area) throw new Error('the page has no clip to its page area, where Chromium starts the content');
  const start = area.index + (area[0].startsWith('\n') ? 1 : 0);
  const furniture = content.slice(0, start);
  if (/\b(?:BDC|BMC|EMC)\b/.test(furniture)) {
    throw new Error('the page already has marked content before its page area');
  }
  const count: ArtifactCount = { pagination: 0, background: 0 };
  // Each top-level `q … Q` block is one piece of furniture (Chromium does not nest them here).
  const marked = furniture.replace(/(^|\n)(q\n[\s\S]*?\nQ)(?=\n)/g, (_, before: string, block: string) => {
    if (/\nq\n/.test(block)) throw new Error("the page's furniture nests one drawing in another, unlike Chromium's");
    if (/\bBT\b/.test(block)) {
      count.pagination++;
      return `${before}/Artifact <</Type /Pagination>> BDC\n${block}\nEMC`;
    }
    count.background++;
    return `${before}/Artifact BMC\n${block}\nEMC`;
  });
  return { content: marked + content.slice(start), count };
}

/** A page's content stream, as Chromium compresses it, with its furniture marked. */
export function markFurnitureInStream(
  dict: string,
  data: Buffer,
): { dict: string; data: Buffer; count: ArtifactCount } {
  if (!/^<<\/Filter \/FlateDecode\s*\/Length \d+>>$/.test(dict)) {
    throw new Error(`a page's content stream is not one Chromium writes (${dict.replace(/\s+/g, ' ')})`);
  }
  const { content, count } = markFurniture(inflateSync(data).toString('latin1'));
  return { dict, data: deflateSync(Buffer.from(content, 'latin1'), { level: 9 }), count };
}
