/**
 * Size budget of the built site: what each page costs a reader, gzip-compressed as a host sends it.
 * For every HTML page in dist/: the HTML; the JavaScript it loads (external classic and module scripts,
 * the modules those import, module preloads, and inline scripts); its CSS (stylesheets, their @imports,
 * inline styles); and the fonts it preloads or its CSS would make the browser download. A font face is downloaded only when the page
 * has a character in its unicode-range, so a face counts when the page's text has one (our font ships
 * latin and latin-ext subsets; an English page loads only latin).
 *
 * Fails when a reader page (a chapter, and also the home and sources pages) ships more than 12 KB of JS
 * or more than 120 KB in all, an embed page (/embed/…) more than 4 KB of JS, or the embed host script
 * (embed-host*.js) is over 800 B. KB = 1000 bytes: the stricter reading. Prints a table of every page.
 * Usage: npm run budget [-- dist-folder]
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath, stripBase } from './lib/base.ts';
import { htmlPages, listFiles } from './lib/dist.ts';
import { scanHtml } from './lib/html.ts';

export const budgets = {
  /** JS on a reader page (chapters, home, sources). */
  pageJs: 12_000,
  /** HTML + CSS + JS + fonts on a reader page. */
  pageTotal: 120_000,
  /** JS on an embed page: it lives inside someone else's article. */
  embedJs: 4_000,
  /** The script a host page includes to size its iframe. */
  embedHost: 800,
} as const;

export type PageKind = 'page' | 'embed' | 'print';

export interface PageFigures {
  path: string;
  kind: PageKind;
  html: number;
  css: number;
  js: number;
  fonts: number;
  total: number;
  /** Every file the page loads, with its gzip size, for the failure message. */
  files: LoadedFile[];
}

export interface LoadedFile {
  file: string;
  kind: 'html' | 'css' | 'js' | 'font';
  bytes: number;
}

export interface Failure {
  what: string;
  bytes: number;
  limit: number;
  /** What the page loads (of the kind over budget), largest first: where to look. */
  files?: LoadedFile[];
}

export interface BudgetReport {
  pages: PageFigures[];
  hostScripts: { file: string; bytes: number }[];
  failures: Failure[];
}

const gzip = (data: string | Buffer): number => gzipSync(data).length;

/**
 * The kind of page at a URL path. The print page holds the whole explainer for printing: it is read once,
 * offline, so it is measured and shown but has no budget.
 */
export function pageKind(path: string): PageKind {
  if (path.startsWith('/embed/')) return 'embed';
  if (path === '/print/') return 'print';
  return 'page';
}

/** Is a code point inside a CSS unicode-range list such as `U+0-FF,U+131,U+4??`? */
export function inUnicodeRange(codePoint: number, range: string): boolean {
  return range.split(',').some((part) => {
    const token = part.trim().replace(/^u\+/i, '');
    if (!token) return false;
    let [low, high] = token.includes('-') ? token.split('-') : [token.replace(/\?/g, '0'), token.replace(/\?/g, 'F')];
    low = low ?? '';
    high = high ?? low;
    return codePoint >= parseInt(low, 16) && codePoint <= parseInt(high, 16);
  });
}

interface FontFace {
  urls: string[];
  unicodeRange: string | undefined;
}

function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
    const body = m[1] ?? '';
    // A browser downloads the first source it supports: every browser we target supports woff2.
    const urls = [...body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((u) => u[1] ?? '');
    const woff2 = urls.filter((u) => /\.woff2(\?|#|$)/.test(u));
    return {
      urls: woff2.length > 0 ? woff2.slice(0, 1) : urls.slice(0, 1),
      unicodeRange: /unicode-range:([^;]+)/.exec(body)?.[1],
    };
  });
}

/** Resolves a URL in a page or stylesheet to a file in dist; undefined when it is not on this site. */
function localFile(dist: string, from: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const clean = url.split(/[?#]/)[0] ?? '';
  // A build for a base path (CROSSINGS_BASE) writes /crossings/_astro/x.js for the file dist/_astro/x.js.
  const path = clean.startsWith('/') ? (stripBase(clean, basePath) ?? clean) : posix.join(posix.dirname(from), clean);
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? file : undefined;
}

/** A module's static and dynamic imports of other files on this site (Vite writes relative specifiers). */
function moduleImports(code: string): string[] {
  const found = [
    ...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.m?js)["']/g),
    ...code.matchAll(/\bimport\s*\(\s*["']([^"']+\.m?js)["']\s*\)/g),
  ];
  return found.map((m) => m[1] ?? '');
}

export function measurePage(distFolder: string, file: string, path: string): PageFigures {
  const dist = resolve(distFolder);
  const html = readFileSync(join(dist, file), 'utf8');
  const page = scanHtml(html);
  const files: LoadedFile[] = [];
  const seen = new Set<string>();
  const url = `/${file}`;
  const add = (name: string, kind: LoadedFile['kind'], bytes: number): number => {
    files.push({ file: name, kind, bytes });
    return bytes;
  };

  let js = 0;
  // Inline scripts and styles travel inside the HTML: they count in the JS and CSS columns (and budgets),
  // but only once in the total, which already has them in the HTML's bytes.
  let inline = 0;
  const loadScript = (from: string, src: string): void => {
    const found = localFile(dist, from, src);
    if (!found) throw new Error(`${path} loads ${src}, which is not in ${dist}`);
    if (seen.has(found)) return;
    seen.add(found);
    const code = readFileSync(found, 'utf8');
    js += add(found.slice(dist.length), 'js', gzip(code));
    const own = `/${found.slice(dist.length).replace(/^\/+/, '')}`;
    for (const specifier of moduleImports(code)) loadScript(own, specifier);
  };
  page.scripts.forEach((script, i) => {
    if (script.src !== undefined) loadScript(url, script.src);
    else {
      const bytes = add(`inline script ${i + 1}`, 'js', gzip(script.code));
      js += bytes;
      inline += bytes;
    }
  });

  let css = 0;
  const sheets: string[] = [...page.styles];
  const loadSheet = (from: string, href: string): void => {
    const found = localFile(dist, from, href);
    if (!found) throw new Error(`${path} loads ${href}, which is not in ${dist}`);
    if (seen.has(found)) return;
    seen.add(found);
    const text = readFileSync(found, 'utf8');
    css += add(found.slice(dist.length), 'css', gzip(text));
    sheets.push(text);
    const own = `/${found.slice(dist.length).replace(/^\/+/, '')}`;
    for (const m of text.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)) loadSheet(own, m[1] ?? '');
  };
  page.stylesheets.forEach((href) => loadSheet(url, href));
  for (const preload of page.preloads) {
    if (preload.as === 'script') loadScript(url, preload.href);
    if (preload.as === 'style') loadSheet(url, preload.href);
  }
  page.styles.forEach((text, i) => {
    const bytes = add(`inline style ${i + 1}`, 'css', gzip(text));
    css += bytes;
    inline += bytes;
  });

  let fonts = 0;
  const addFont = (found: string): void => {
    if (seen.has(found)) return;
    seen.add(found);
    // woff2 is already compressed: a host sends it as it is, so its size on disk is what travels.
    fonts += add(found.slice(dist.length), 'font', readFileSync(found).length);
  };
  for (const preload of page.preloads.filter((p) => p.as === 'font')) {
    const found = localFile(dist, url, preload.href);
    if (!found) throw new Error(`${path} preloads ${preload.href}, which is not in ${dist}`);
    addFont(found);
  }
  const codePoints = new Set([...page.text].map((c) => c.codePointAt(0) ?? 0));
  for (const sheet of sheets) {
    for (const face of fontFaces(sheet)) {
      const used =
        face.unicodeRange === undefined || [...codePoints].some((cp) => inUnicodeRange(cp, face.unicodeRange ?? ''));
      if (!used) continue;
      for (const fontUrl of face.urls) {
        const found = localFile(dist, '/', fontUrl);
        if (!found) throw new Error(`${path}: its CSS names the font ${fontUrl}, which is not in ${dist}`);
        addFont(found);
      }
    }
  }

  const htmlBytes = add(url, 'html', gzip(html));
  const total = htmlBytes + css + js + fonts - inline;
  return { path, kind: pageKind(path), html: htmlBytes, css, js, fonts, total, files };
}

export function checkBudgets(pages: PageFigures[], hostScripts: { file: string; bytes: number }[]): Failure[] {
  const failures: Failure[] = [];
  for (const page of pages) {
    const files = [...page.files].sort((a, b) => b.bytes - a.bytes);
    const js = files.filter((f) => f.kind === 'js');
    if (page.kind === 'page') {
      if (page.js > budgets.pageJs)
        failures.push({ what: `${page.path} JavaScript`, bytes: page.js, limit: budgets.pageJs, files: js });
      if (page.total > budgets.pageTotal)
        failures.push({
          what: `${page.path} total (HTML + CSS + JS + fonts)`,
          bytes: page.total,
          limit: budgets.pageTotal,
          files,
        });
    } else if (page.kind === 'embed' && page.js > budgets.embedJs) {
      failures.push({ what: `${page.path} JavaScript (embed)`, bytes: page.js, limit: budgets.embedJs, files: js });
    }
  }
  for (const script of hostScripts) {
    if (script.bytes > budgets.embedHost)
      failures.push({ what: `${script.file} (embed host script)`, bytes: script.bytes, limit: budgets.embedHost });
  }
  return failures;
}

export function measureSite(dist: string): BudgetReport {
  const pages = htmlPages(dist).map(({ file, path }) => measurePage(dist, file, path));
  const hostScripts = listFiles(dist)
    .filter((file) => /^embed-host.*\.js$/.test(basename(file)))
    .map((file) => ({ file: `/${file}`, bytes: gzip(readFileSync(join(dist, file))) }));
  return { pages, hostScripts, failures: checkBudgets(pages, hostScripts) };
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

export function formatReport(report: BudgetReport): string {
  const header = ['page', 'kind', 'HTML', 'CSS', 'JS', 'fonts', 'total', 'JS budget', 'total budget'];
  const rows = report.pages.map((p) => [
    p.path,
    p.kind,
    kb(p.html),
    kb(p.css),
    kb(p.js),
    kb(p.fonts),
    kb(p.total),
    p.kind === 'page' ? kb(budgets.pageJs) : p.kind === 'embed' ? kb(budgets.embedJs) : '–',
    p.kind === 'page' ? kb(budgets.pageTotal) : '–',
  ]);
  for (const s of report.hostScripts)
    rows.push([s.file, 'host', '', '', kb(s.bytes), '', kb(s.bytes), kb(budgets.embedHost), '–']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const out = [
    'Gzip sizes in KB (1 KB = 1000 bytes); fonts are woff2 files the page would load. Inline CSS and JS are in the',
    'HTML and in their own columns, and once in the total.',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  if (report.hostScripts.length === 0) out.push('(no embed-host*.js yet: its 800 B budget applies when it exists)');
  if (!report.pages.some((p) => p.kind === 'embed'))
    out.push('(no /embed/ pages yet: their 4 KB JS budget applies when they exist)');
  return out.join('\n');
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No built site in ${dist}: run npm run build first.`);
    process.exit(1);
  }
  const report = measureSite(dist);
  console.log(formatReport(report));
  if (report.failures.length > 0) {
    console.error('\nOver budget:');
    for (const f of report.failures) {
      console.error(`  ${f.what}: ${kb(f.bytes)} KB gzip, budget ${kb(f.limit)} KB`);
      for (const file of (f.files ?? []).slice(0, 5))
        console.error(`      ${kb(file.bytes).padStart(6)} KB  ${file.file}`);
    }
    process.exit(1);
  }
  console.log('\nAll pages within budget.');
}
