/**
 * crossings.pdf as a screen reader's viewer reads it: the structure tree (read by poppler's
 * `pdfinfo -struct-text`), the structure elements' alternative text and the catalog (read from the file's
 * objects, which Chromium writes as plain text), the XMP metadata (`pdfinfo -meta`), and each page's
 * content (inflated with zlib) for the running heads and page numbers, which must be artifacts. It claims
 * only what it checks: no PDF/UA validator can be installed here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { kindRegistry } from '../src/charts/kinds/index.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { siteName } from '../src/lib/site.ts';
import { dist } from './site.ts';

const content = loadContent({ contentDir: resolve(import.meta.dirname, '..', 'content'), kinds: kindRegistry });
const pdfFile = join(dist, 'crossings.pdf');
const appendices = ['Appendix A: Sources', 'Appendix B: The data behind each figure', 'Appendix C: Glossary'];
/** pdftotext and poppler join a line broken in a word without a space: compare without any. */
const bare = (text: string) => text.replace(/[\s\u00ad-]+/g, '');

interface Node {
  role: string;
  attributes: string[];
  text: string[];
  children: Node[];
}

/** `pdfinfo -struct-text`: one element a line, two spaces deeper for each level, its text quoted below it. */
let tree: Node | undefined;
function structureTree(): Node {
  tree ??= readStructureTree();
  return tree;
}

function readStructureTree(): Node {
  const out = execFileSync('pdfinfo', ['-struct-text', pdfFile], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const root: Node = { role: 'root', attributes: [], text: [], children: [] };
  const stack: { indent: number; node: Node }[] = [{ indent: -1, node: root }];
  for (const line of out.split('\n')) {
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    while ((stack.at(-1)?.indent ?? -1) >= indent) stack.pop();
    const parent = stack.at(-1)?.node ?? root;
    const item = line.trim();
    const quoted = /^"([\s\S]*)"$/.exec(item);
    if (quoted) parent.text.push(quoted[1] ?? '');
    else if (item.startsWith('/')) parent.attributes.push(item);
    else if (/^Object \d+ \d+$/.test(item)) continue;
    else {
      const node: Node = {
        role: /^[A-Za-z][A-Za-z0-9]*/.exec(item)?.[0] ?? item,
        attributes: [],
        text: [],
        children: [],
      };
      parent.children.push(node);
      stack.push({ indent, node });
    }
  }
  return root;
}

const all = (node: Node): Node[] => [node, ...node.children.flatMap(all)];
const textOf = (node: Node): string => [...node.text, ...node.children.map(textOf)].join(' ');

/** Every object of the file by number (Chromium writes no object streams). */
let parsed: { raw: Buffer; objects: Map<number, { body: string; at: number }> } | undefined;
function pdfObjects(): { raw: Buffer; objects: Map<number, { body: string; at: number }> } {
  parsed ??= readPdfObjects();
  return parsed;
}

function readPdfObjects(): { raw: Buffer; objects: Map<number, { body: string; at: number }> } {
  const raw = readFileSync(pdfFile);
  const text = raw.toString('latin1');
  const objects = new Map<number, { body: string; at: number }>();
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj(?=\n)/g)) {
    objects.set(Number(m[1]), { body: m[2] ?? '', at: m.index + (m[0].startsWith('\n') ? 1 : 0) });
  }
  return { raw, objects };
}

const pdfTextString = (s: string) =>
  s.startsWith('<')
    ? Buffer.from(s.slice(5, -1), 'hex').swap16().toString('utf16le')
    : s.slice(1, -1).replace(/\\(.)/g, '$1');

test.describe('crossings.pdf, as a screen reader reads it', () => {
  test.use({ javaScriptEnabled: false });
  // poppler reads a structure tree of 14,000 elements: on a busy machine that passed a minute. The limit
  // bounds a hang.
  test.describe.configure({ timeout: 240_000 });
  test('its headings are in order, none skips a level, and the chapters and appendices match the contents', () => {
    const tree = structureTree();
    const headings = all(tree)
      .filter((n) => /^H[1-6]$/.test(n.role))
      .map((n) => ({ level: Number(n.role.slice(1)), text: textOf(n) }));
    expect(headings[0]).toEqual({ level: 1, text: siteName });
    headings.slice(1).forEach((h, i) => {
      expect(h.level, `"${h.text}" follows a heading of level ${headings[i]?.level}`).toBeLessThanOrEqual(
        (headings[i]?.level ?? 1) + 1,
      );
    });
    const expected = [...content.chapters.map((c) => c.meta.title), ...appendices];
    // The last part, the addresses of the links (print.css numbers them), is not in the contents.
    const parts = headings
      .filter((h) => h.level === 2)
      .map((h) => h.text)
      .filter((text) => bare(text) !== 'Addressesofthelinksonthispage');
    expect(parts.map(bare)).toEqual(['Contents', 'Listoffigures', ...expected.map(bare)]);
    // The contents' entries, as tagged: a list after the "Contents" heading, one link an entry.
    const contents = all(tree).find((n) => n.children.some((c) => c.role === 'H2' && textOf(c) === 'Contents'));
    const list = contents?.children.find((c) => c.role === 'L');
    const entries = (list?.children ?? []).map((li) => textOf(li.children.find((c) => c.role === 'Link') ?? li));
    expect(entries.map(bare)).toEqual(expected.map(bare));
  });

  test('every figure has alternative text, or is a group named by its own caption or heading', () => {
    const { objects } = pdfObjects();
    const elements = [...objects.entries()].filter(([, o]) => o.body.startsWith('<</Type /StructElem'));
    const role = (body: string) => /\/S \/(\w+)/.exec(body)?.[1];
    const kids = (body: string) =>
      [...(/\/K (\[[^\]]*\]|\d+ 0 R)/.exec(body)?.[1]?.matchAll(/(\d+) 0 R/g) ?? [])]
        .map((m) => objects.get(Number(m[1]))?.body ?? '')
        .filter((b) => b.startsWith('<</Type /StructElem'));
    const figures = elements.filter(([, o]) => role(o.body) === 'Figure');
    // Each chart's bars, points and columns are images with their values as alternative text.
    expect(figures.length).toBeGreaterThan(content.charts.size);
    const unnamed: number[] = [];
    let withAlt = 0;
    for (const [number, { body }] of figures) {
      const alt = /\/Alt (\((?:\\.|[^\\)])*\)|<[0-9A-F]*>)/.exec(body)?.[1];
      if (alt !== undefined && pdfTextString(alt).trim() !== '') withAlt++;
      // Chromium tags an HTML <figure> as a Figure that holds its parts (a quote and its caption, a chart
      // with its heading, data and source): those are read, so it needs no text in place of them.
      else if (!kids(body).some((k) => /^(?:Caption|H[1-6])$/.test(role(k) ?? ''))) unnamed.push(number);
    }
    expect(unnamed, 'Figure structure elements with neither /Alt nor a caption or heading').toEqual([]);
    expect(withAlt).toBeGreaterThan(0);
  });

  test('every table is tagged as a table: rows of header and data cells, with the scope of each header', async ({
    page,
  }) => {
    const tables = all(structureTree()).filter((n) => n.role === 'Table');
    // As many as the edition prints: in print, a chart's own table gives way to Appendix B's. The page as
    // crossings.pdf is printed from it: print media, no script.
    await page.emulateMedia({ media: 'print' });
    await page.goto('/print/', { waitUntil: 'domcontentloaded', timeout: 200_000 });
    const printed = await page.evaluate(
      () => [...document.querySelectorAll('table')].filter((t) => t.getClientRects().length > 0).length,
    );
    expect(printed).toBeGreaterThan(0);
    expect(tables.length).toBe(printed);
    for (const table of tables) {
      const rows = all(table).filter((n) => n.role === 'TR');
      expect(rows.length, textOf(table).slice(0, 80)).toBeGreaterThan(1);
      for (const row of rows) {
        expect(row.children.map((c) => c.role).filter((r) => r !== 'TH' && r !== 'TD')).toEqual([]);
      }
      const headers = all(table).filter((n) => n.role === 'TH');
      expect(headers.length).toBeGreaterThan(0);
      for (const th of headers) expect(th.attributes.join(' ')).toMatch(/\/Scope \/(?:Column|Row|Both)/);
    }
  });

  test("names its title and language in XMP metadata, and shows the title, not the file's name, in the window", () => {
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const xmp = execFileSync('pdfinfo', ['-meta', pdfFile], { encoding: 'utf8' });
    expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${siteName}</rdf:li></rdf:Alt></dc:title>`);
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>');
    // The content's date, never the build's time.
    expect(xmp).toContain(`<xmp:CreateDate>${content.asOf}T00:00:00Z</xmp:CreateDate>`);
    expect(xmp).not.toContain('pdfuaid');
    const { raw, objects } = pdfObjects();
    const root = Number(/\/Root (\d+) 0 R/.exec(raw.subarray(raw.lastIndexOf('trailer')).toString('latin1'))?.[1]);
    const catalog = objects.get(root)?.body ?? '';
    expect(catalog).toMatch(/\/ViewerPreferences <<[^>]*\/DisplayDocTitle true/);
    expect(catalog).toMatch(/\/MarkInfo <<[^>]*\/Marked true/);
    expect(catalog).toContain('/Lang (en-GB)');
    expect(catalog).toMatch(/\/Metadata \d+ 0 R/);
  });

  test('its running heads and page numbers are artifacts, not text to be read', () => {
    const { raw, objects } = pdfObjects();
    const pages = [...objects.entries()].filter(([, o]) => /^<<\/Type \/Page\b(?!s)/.test(o.body));
    expect(pages.length).toBeGreaterThan(40);
    for (const [number, page] of pages) {
      const stream = objects.get(Number(/\/Contents (\d+) 0 R/.exec(page.body)?.[1]));
      const length = Number(/\/Length (\d+)/.exec(stream?.body ?? '')?.[1]);
      const start = raw.indexOf('stream\n', stream?.at ?? 0) + 'stream\n'.length;
      const drawn = inflateSync(raw.subarray(start, start + length)).toString('latin1');
      // Chromium draws the @page margin boxes first, then clips to the page area (`x y w h re W* n`) for the
      // document itself. Every piece of text drawn before that clip is page furniture, and must be inside an
      // /Artifact sequence. (Inside the page area Chromium leaves some text untagged too, such as a table's
      // header row repeated on the page it continues to: that is not checked here.)
      const stack: string[] = [];
      const loose: string[] = [];
      let furniture = 0;
      for (const line of drawn.split('\n')) {
        if (/^W\*? n$/.test(line)) break;
        if (/BDC$|BMC$/.test(line)) {
          stack.push(line.startsWith('/Artifact') ? 'artifact' : 'other');
        } else if (line === 'EMC') stack.pop();
        else if (line === 'BT') {
          if (stack.includes('artifact')) furniture++;
          else loose.push(line);
        }
      }
      expect(loose, `page (object ${number}): text outside any artifact before its content`).toEqual([]);
      // Every page has its page number at least.
      expect(furniture, `page (object ${number})`).toBeGreaterThan(0);
    }
  });
});
