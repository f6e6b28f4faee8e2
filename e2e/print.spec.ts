/**
 * The print edition and crossings.pdf, as a reader who prints or downloads the explainer gets them. The PDF
 * is read with poppler-utils (pdftotext, pdftoppm, pdffonts, pdfinfo), as a reader's viewer would; CI gets
 * them from scripts/ensure-browser.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { kindRegistry } from '../src/charts/kinds/index.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { numberFigures } from '../src/lib/figure-numbers.ts';
import { formatDate } from '../src/lib/format.ts';
import { sitemapUrls } from '../scripts/lib/dist.ts';
import { chapterPaths, dist } from './site.ts';

const content = loadContent({ contentDir: resolve(import.meta.dirname, '..', 'content'), kinds: kindRegistry });
/** The edition's figures as the build numbers them: each chart once, and each stepped story. */
const figures = numberFigures([...content.chapters].sort((a, b) => a.meta.order - b.meta.order));
const pdfFile = join(dist, 'crossings.pdf');
/** Screenshots for a person to look at; not committed. */
const shots = resolve(import.meta.dirname, '..', 'test-results', 'print');

/** A4, 10.5 pt: 8 chapters, their figures and two appendices made 67 pages (Nov 2026); far fewer means lost content. */
const pageRange = { min: 40, max: 120 };

const poppler = (tool: string, ...args: string[]) =>
  execFileSync(tool, args, { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
const pdfText = () => execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function pdfInfo(): Record<string, string> {
  return Object.fromEntries(
    execFileSync('pdfinfo', ['-isodates', pdfFile], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

test.describe('crossings.pdf', () => {
  test(`exists, with ${pageRange.min} to ${pageRange.max} A4 pages, tagged, with fixed metadata`, () => {
    expect(existsSync(pdfFile)).toBe(true);
    const info = pdfInfo();
    const pages = Number(info['Pages']);
    expect(pages).toBeGreaterThanOrEqual(pageRange.min);
    expect(pages).toBeLessThanOrEqual(pageRange.max);
    expect(info['Page size']).toContain('A4');
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe('Crossings');
    expect(info['Author']).toBe('Crossings');
    expect(info['Subject']).toMatch(/small-boats debate/);
    expect(info['CreationDate']).toMatch(new RegExp(`^${content.asOf}T00:00:00`));
    expect(info['ModDate']).toBe(info['CreationDate']);
  });

  test('has an outline (bookmarks) that names every chapter', () => {
    const raw = readFileSync(pdfFile).toString('latin1');
    expect(raw).toMatch(/\/Type \/Outlines/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    // Outline titles are PDF strings: a literal for ASCII, else UTF-16BE hex.
    const titles = [...raw.matchAll(/\/Title (\((?:\\.|[^\\)])*\)|<[0-9A-F]+>)/g)].map(([, s = '']) =>
      s.startsWith('<')
        ? Buffer.from(s.slice(5, -1), 'hex').swap16().toString('utf16le')
        : s.slice(1, -1).replace(/\\(.)/g, '$1'),
    );
    for (const chapter of content.chapters) expect(titles, chapter.id).toContain(chapter.meta.title);
  });

  test('has the text of every chapter title, chart title and source address', () => {
    const text = squash(pdfText());
    // Long addresses break across lines, and pdftotext drops a hyphen it finds at a line's end: compare
    // addresses without white space or hyphens.
    const bare = text.replace(/[\s-]/g, '');
    for (const chapter of content.chapters) expect(text, chapter.id).toContain(squash(chapter.meta.title));
    for (const chart of content.charts.values()) expect(text, chart.id).toContain(squash(chart.title));
    for (const source of content.sources.values()) {
      if (source.url) expect(bare, source.id).toContain(source.url.replace(/-/g, ''));
    }
    // The glossary appendix: every term's name and definition.
    expect(text).toContain('Appendix C: Glossary');
    for (const term of content.glossary.values()) expect(text, term.id).toContain(squash(term.definition));
    expect(text).toMatch(/Figure 1\. /);
    expect(text).toMatch(new RegExp(`Figure ${figures.length}\\. `));
    expect(text).not.toMatch(new RegExp(`Figure ${figures.length + 1}\\. `));
  });

  test('names the public site only when the build was given it (CROSSINGS_SITE), else says where in words', () => {
    // The build's address, as its sitemap gives it: the local preview's when CROSSINGS_SITE was not set.
    const origin = new URL(sitemapUrls(dist)[0] ?? 'http://localhost:4321/').origin;
    const local = origin === 'http://localhost:4321';
    const text = squash(pdfText());
    const titlePage = squash(poppler('pdftotext', '-enc', 'UTF-8', '-f', '1', '-l', '1', pdfFile, '-'));
    // Every link in the PDF: the address it leads to, as its annotation holds it.
    const uris = [
      ...readFileSync(pdfFile)
        .toString('latin1')
        .matchAll(/\/URI \(((?:\\.|[^\\)])*)\)/g),
    ].map(([, uri = '']) => uri);
    expect(uris.length).toBeGreaterThan(0);
    if (local) {
      expect(text.match(/\S*(localhost|127\.0\.0\.1)\S*/g)).toBeNull();
      expect(uris.filter((uri) => /localhost|127\.0\.0\.1/.test(uri))).toEqual([]);
      expect(titlePage).toContain('Online, with interactive charts: on the Crossings website');
      expect(titlePage).not.toMatch(/https?:\/\/(?!creativecommons)/);
    } else {
      expect(titlePage).toContain(`Online, with interactive charts: ${origin}/`);
      // Links to pages the edition holds lead within it; the others to the public site.
      expect(uris.filter((uri) => uri.startsWith(`${origin}/sources/`))).toEqual([]);
    }
  });

  test('the contents and the list of figures give the page each entry starts on, as printed on A4', () => {
    // -layout for the contents, whose numbers stand in a column of their own, to read each on its entry's line.
    const pageText = (n: number, ...layout: string[]) =>
      squash(
        execFileSync('pdftotext', ['-enc', 'UTF-8', ...layout, '-f', String(n), '-l', String(n), pdfFile, '-'], {
          encoding: 'utf8',
        }),
      );
    const bare = (text: string) => text.replace(/[\s\u00ad\u2010-]+/g, '');
    const escape = (text: string) => squash(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const chapters = [...content.chapters].sort((a, b) => a.meta.order - b.meta.order);
    // The contents and the list of figures: from page 2 up to the first chapter's opening words.
    const opening = `Chapter 1 ${squash(chapters[0]?.meta.title ?? '')}`;
    const firstChapter = [2, 3, 4, 5, 6].find((n) => pageText(n).includes(opening)) ?? 0;
    expect(firstChapter, 'the page chapter 1 starts on').toBeGreaterThan(2);
    const front = Array.from({ length: firstChapter - 1 }, (_, i) => pageText(i + 2, '-layout')).join(' ');
    const [contents = '', list = ''] = front.slice(0, front.indexOf(opening)).split('List of figures');
    // Each entry as the reader reads it, and the heading it must find on the page it gives.
    const entries = [
      ...chapters.map((c) => ({
        entry: `${c.meta.order}\\. ${escape(c.meta.title)}`,
        heading: `Chapter ${c.meta.order} ${squash(c.meta.title)}`,
        within: contents,
      })),
      ...['Appendix A: Sources', 'Appendix B: The data behind each figure', 'Appendix C: Glossary'].map((a) => ({
        entry: escape(a),
        heading: a,
        within: contents,
      })),
      ...figures.map((f) => {
        const title = `Figure ${f.number}. ${squash(f.title ?? content.charts.get(f.id)?.title ?? f.id)}`;
        return { entry: escape(title), heading: title, within: list };
      }),
    ];
    const pages = Number(pdfInfo()['Pages']);
    // Within each list the pages never go back.
    const last = new Map<string, number>();
    for (const { entry, heading, within } of entries) {
      const page = Number(new RegExp(`${entry} (\\d+)(?!\\S)`).exec(within)?.[1]);
      expect(page, `the page "${heading}" is on`).toBeGreaterThanOrEqual(last.get(within) ?? 2);
      expect(page).toBeLessThanOrEqual(pages);
      last.set(within, page);
      // On that page, and not already on the one before: the entry gives the page it starts on. Compared
      // without spaces and hyphens: pdftotext drops the hyphen of a title broken across lines at one
      // ("2023-" and "24" read "202324").
      expect(bare(pageText(page)), `page ${page} has "${heading}"`).toContain(bare(heading));
      if (page - 1 >= firstChapter) {
        expect(bare(pageText(page - 1)), `page ${page - 1} has "${heading}" already`).not.toContain(bare(heading));
      }
    }
  });

  test('each page is headed by its chapter, the edition title on the others, and the title page by nothing', () => {
    const edition = 'Crossings: the UK small-boats debate';
    const chapters = [...content.chapters].sort((a, b) => a.meta.order - b.meta.order);
    // pdftotext ends each page with a form feed; the running head is the first line of a page's text.
    const pages = pdfText().split('\f').slice(0, Number(pdfInfo()['Pages']));
    let expected = edition;
    let seen = 0;
    for (const [i, text] of pages.entries()) {
      const [head = '', ...rest] = text.split('\n').filter((line) => line.trim() !== '');
      const body = squash(rest.join(' '));
      const next = chapters[seen];
      // A chapter starts where its heading is; the appendices where Appendix A's is, at the top of the page.
      if (next && body.includes(`Chapter ${next.meta.order} ${squash(next.meta.title)}`)) {
        expected = `Chapter ${next.meta.order}: ${squash(next.meta.title)}`;
        seen++;
      } else if (seen === chapters.length && body.startsWith('Appendix A: Sources')) expected = edition;
      if (i === 0) expect(squash(head), 'the title page has no running head').toBe('Crossings');
      else expect(squash(head), `the head of page ${i + 1}`).toBe(expected);
    }
    expect(seen).toBe(chapters.length);
    expect(expected, 'the appendices are headed by the edition title').toBe(edition);
  });

  test('embeds every font it uses', () => {
    const rows = poppler('pdffonts', pdfFile).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    // The text is set in the site's own font (Chromium embeds a variable font as Type 3), not in a local
    // fallback the page painted with before the web font arrived: the opening pages use none of them.
    const opening = poppler('pdffonts', '-f', '1', '-l', '3', pdfFile);
    expect(opening).not.toMatch(/Liberation|Arial|Roboto|DejaVu/);
    for (const row of rows) {
      // name type encoding emb sub uni object ID: "emb" is the fourth column from the end but three.
      const columns = row.trim().split(/\s+/);
      expect(columns.at(-5), row).toBe('yes');
    }
  });

  test('prints each stepped story as one figure of small multiples, whole on one page', () => {
    const stories = figures.filter((f) => f.kind === 'steps');
    expect(stories.length).toBeGreaterThan(0);
    const pages = Number(pdfInfo()['Pages']);
    const pageText = (n: number) =>
      squash(
        execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdfFile, '-'], {
          encoding: 'utf8',
        }),
      );
    const text = Array.from({ length: pages }, (_, i) => pageText(i + 1));
    for (const story of stories) {
      const heading = `Figure ${story.number}. ${story.title ?? ''}`;
      // Its title in the chapter, not in the list of figures or the data appendix: the page after the title
      // page whose text has it, past the list of figures.
      const at = text.findIndex((t, i) => i > 3 && t.includes(heading) && t.includes('The whole chart'));
      expect(at, `the page with ${heading}`).toBeGreaterThan(0);
      // Every state's date on that one page, and no state's own figure title anywhere (the sequence is gone).
      const chapter = content.chapters.find((c) => c.id === story.chapterId);
      const mdx = chapter ? readFileSync(resolve(import.meta.dirname, '..', chapter.file), 'utf8') : '';
      const dates = [...mdx.matchAll(/<Step [^>]*through="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(dates.length).toBeGreaterThan(1);
      for (const date of dates) {
        const shown = formatDate(date);
        expect(text[at], date).toContain(`By ${shown}`);
        expect(text.join(' '), date).not.toContain(`, by ${shown}`);
      }
      // Its drawings on that page too, not pushed past it (Chromium then paints them over the next page's
      // words): each drawing's longest label, read from the print edition's HTML, is in that page's text.
      const html = readFileSync(join(dist, 'print', 'index.html'), 'utf8');
      const start = html.indexOf(`id="${story.target}"`);
      const figureHtml = html.slice(start, html.indexOf('</figure>', start));
      const drawings = figureHtml.split('class="step-multiple-drawing"').slice(1);
      expect(drawings.length, `${heading}: drawings`).toBeGreaterThan(1);
      for (const [i, drawing] of drawings.entries()) {
        const labels = [...drawing.matchAll(/<text\b[^>]*>([^<]+)<\/text>/g)].map((m) => squash(m[1] ?? ''));
        const longest = labels.reduce((a, b) => (b.length > a.length ? b : a), '');
        expect(text[at], `${heading}: drawing ${i + 1}'s label “${longest}”`).toContain(longest);
      }
    }
  });

  test('no page is blank', () => {
    const pages = Number(pdfInfo()['Pages']);
    for (let n = 1; n <= pages; n++) {
      // One page as a small greyscale image; count its pixels darker than paper.
      const pgm = execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', String(n), '-l', String(n), pdfFile]);
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
      expect(header, `page ${n} as PGM`).not.toBeNull();
      const pixels = pgm.subarray(header?.[0].length ?? 0);
      const inked = pixels.filter((v) => v < 200).length;
      // A page with only its running title and number has about 0.1 % ink; any page of text has more.
      expect(inked / pixels.length, `page ${n} has content`).toBeGreaterThan(0.004);
    }
  });

  test('is linked, with its page count and size, from the home page, the print edition and every chapter', async ({
    page,
  }) => {
    const pages = pdfInfo()['Pages'];
    const megabytes = (statSync(pdfFile).size / 1e6).toFixed(1);
    for (const path of ['/', '/print/', ...chapterPaths()]) {
      await page.goto(path);
      const link = page.locator('.pdf-link');
      await expect(link, path).toContainText(`(PDF, ${pages} pages, ${megabytes} MB)`);
      const href = await link.locator('a[href$="crossings.pdf"]').getAttribute('href');
      const response = await page.request.get(href ?? '');
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
    }
  });
});

test.describe('the print edition', () => {
  test('has a title page, contents, every chapter in order, numbered figures and notes, and both appendices', async ({
    page,
  }) => {
    await page.goto('/print/');
    await expect(page.locator('.print-title-page')).toContainText(
      /the newest here were published on \d{1,2} \w+ \d{4}/,
    );
    await expect(page.locator('.print-title-page')).toContainText('CC BY 4.0');
    const chapters = page.locator('article.prose');
    await expect(chapters).toHaveCount(content.chapters.length);
    const sorted = [...content.chapters].sort((a, b) => a.meta.order - b.meta.order);
    for (const [i, chapter] of sorted.entries()) {
      await expect(chapters.nth(i).locator('h2').first()).toHaveText(chapter.meta.title);
      await expect(page.locator(`.print-contents a[href="#chapter-${chapter.id}"]`)).toHaveCount(1);
    }
    // Figures numbered 1, 2, 3… through the edition, and listed.
    const numbers = await page.locator('article .chart-number').allTextContents();
    expect(numbers.map((t) => t.trim())).toEqual(numbers.map((_, i) => `Figure ${i + 1}.`));
    await expect(page.locator('.print-figure-list li')).toHaveCount(numbers.length);
    // Every id on the page once; every note marker leads to a note of the same number.
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const markers = await page
      .locator('.num-note a')
      .evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent?.trim() ?? '' })),
      );
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) {
      expect(m.href).toBe(`#note-${m.text}`);
      await expect(page.locator(m.href)).toHaveCount(1);
    }
    // Each chapter's notes continue from the one before.
    const firsts = await page
      .locator('.notes ol')
      .evaluateAll((lists) =>
        lists.map((ol) => ({ start: (ol as HTMLOListElement).start, count: ol.children.length })),
      );
    for (let i = 1; i < firsts.length; i++) {
      expect(firsts[i]?.start).toBe((firsts[i - 1]?.start ?? 0) + (firsts[i - 1]?.count ?? 0));
    }
    for (const source of content.sources.values()) {
      if (source.url)
        await expect(page.locator(`#appendix-sources a[href="${source.url}"]`).first()).toHaveText(source.url);
    }
    await expect(page.locator('#appendix-data table')).toHaveCount(
      [...new Set(content.chapters.flatMap((c) => c.uses.charts))]
        .map((id) => content.charts.get(id)?.views?.length || 1)
        .reduce((a, b) => a + b, 0),
    );
    // Appendix C: every term of the glossary with its definition, in the contents; its links stay in the edition.
    await expect(page.locator('.print-contents a[href="#appendix-glossary"]')).toHaveText('Appendix C: Glossary');
    const glossary = page.locator('#appendix-glossary');
    await expect(glossary.locator('.glossary-term')).toHaveCount(content.glossary.size);
    for (const term of content.glossary.values()) {
      const entry = glossary.locator(`#glossary-${term.id}`);
      await expect(entry.getByRole('heading', { level: 3 })).toHaveText(term.term);
      await expect(entry).toContainText(term.definition);
    }
    for (const href of await glossary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href, 'a glossary link in the print edition points within it').toMatch(/^#/);
      await expect(page.locator(href ?? '#missing')).toHaveCount(1);
    }
  });

  test('in print media: no site chrome, charts in their default view, link addresses numbered at the end', async ({
    page,
  }) => {
    // The print edition holds every chart: many checks.
    test.slow();
    mkdirSync(shots, { recursive: true });
    for (const path of [chapterPaths()[1] ?? '/', '/print/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.skip-link', '.chapter-nav', '.pager', '.chart-views', '.pdf-link'])
        for (const el of await page.locator(hidden).all()) await expect(el, `${path} ${hidden}`).toBeHidden();
      for (const figure of await page.locator('figure.chart').all()) {
        const views = figure.locator('.chart-view');
        await expect(views.first()).toBeVisible();
        for (const other of (await views.all()).slice(1)) await expect(other).toBeHidden();
        await expect(figure.locator('.chart-frame--wide').first()).toBeVisible();
      }
      const refs = await page
        .locator('a[data-ref]')
        .evaluateAll((links) =>
          links.map((a) => [Number(a.getAttribute('data-ref')), a.getAttribute('href') ?? ''] as const),
        );
      const listed = await page.locator('.link-refs li').allTextContents();
      for (const [n, href] of refs) expect(listed[n - 1], `${path} [${n}]`).toBe(href);
      // Each number in the list is printed in the text, so paper shows [1], [2], [3] with none missing: a link
      // in something print hides (the share panel) takes no number.
      const printed = await page
        .locator('a[data-ref]')
        .evaluateAll((links) =>
          links.filter((a) => a.getClientRects().length > 0).map((a) => Number(a.getAttribute('data-ref'))),
        );
      expect(new Set(printed), `${path}: numbers printed in the text`).toEqual(new Set(listed.map((_, i) => i + 1)));
      if (refs.length > 0) await expect(page.locator('.link-refs')).toBeVisible();
      const name = path === '/print/' ? 'print-edition' : 'chapter';
      await page.screenshot({ path: join(shots, `${name}-print-media.png`), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('.link-refs')).toHaveCount(refs.length > 0 ? 1 : 0);
      if (refs.length > 0) await expect(page.locator('.link-refs')).toBeHidden();
    }
  });

  test('a chapter prints whole on A4 and US Letter, with page numbers', async ({ page }) => {
    mkdirSync(shots, { recursive: true });
    const path = chapterPaths()[0] ?? '/';
    await page.goto(path);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, tagged: true });
      const file = join(shots, `chapter-${format}.pdf`);
      writeFileSync(file, pdf);
      const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
      expect(text).toContain(`Page 1 of ${pages}`);
      expect(text).toContain('Crossings: the UK small-boats debate');
      expect(text).not.toContain('Skip to content');
      expect(text).not.toContain('Dark mode');
    }
  });
});
