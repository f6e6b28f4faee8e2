/**
 * The page each named destination of a PDF is on, as Chromium writes them: every element a link of the
 * page points to (`#chapter-the-money`) becomes a named destination in the catalog's /Dests dictionary,
 * `/chapter-the-money [57 0 R /XYZ 0 831.63 0]`, on the page where the element's box starts. Chromium
 * writes no object streams, so each object is plain text; pages are counted from 1 in the page tree's
 * order, as a reader's viewer numbers them.
 */

/** The text of every object, by number. */
function objects(text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj(?=\n)/g)) {
    found.set(Number(match[1]), match[2] ?? '');
  }
  return found;
}

function reference(body: string, key: string): number | undefined {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(body);
  return match ? Number(match[1]) : undefined;
}

/** A PDF name's characters: `#xx` is a byte in hex. */
function decodeName(name: string): string {
  return Buffer.from(
    name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

/** The page objects in reading order: the page tree walked depth first. */
function pageOrder(all: Map<number, string>, root: number): number[] {
  const pages: number[] = [];
  const visit = (id: number, depth: number) => {
    if (depth > 64) throw new Error('the PDF page tree is deeper than 64 levels');
    const body = all.get(id);
    if (body === undefined) throw new Error(`the PDF page tree names object ${id}, which it does not have`);
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) visit(Number(kid[1]), depth + 1);
    } else pages.push(id);
  };
  visit(root, 0);
  return pages;
}

/** Every named destination with the number of its page (1 for the first). */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const all = objects(Buffer.from(pdf).toString('latin1'));
  const catalog = [...all.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  if (catalog === undefined) throw new Error('the PDF has no catalog');
  const root = reference(catalog, 'Pages');
  if (root === undefined) throw new Error('the PDF catalog has no page tree');
  const numbers = new Map(pageOrder(all, root).map((id, i) => [id, i + 1]));
  const destsId = reference(catalog, 'Dests');
  const dests = destsId === undefined ? '' : (all.get(destsId) ?? '');
  const pages = new Map<string, number>();
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = numbers.get(Number(match[2]));
    if (page !== undefined) pages.set(decodeName(match[1] ?? ''), page);
  }
  return pages;
}
