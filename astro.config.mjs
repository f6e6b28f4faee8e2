// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/mdx/base-links.ts';
import { chapterIds } from './src/mdx/chapter-ids.ts';
import { unwrapInlineWords } from './src/mdx/inline-words.ts';
import { fontFallbacks } from './scripts/lib/font-fallbacks.ts';
import { inlineScriptHashes } from './scripts/lib/inline-scripts.ts';

// The public address the site is deployed at. Embed snippets, oEmbed and the sitemap need absolute URLs,
// so a deployment sets CROSSINGS_SITE; locally the preview server's address is right.
const site = process.env.CROSSINGS_SITE ?? 'http://localhost:4321';
// A path prefix for a deployment below the host's root (a project page at /crossings/). src/lib/urls.ts
// reads it back (import.meta.env.BASE_URL) for every link the site writes.
const base = process.env.CROSSINGS_BASE ?? '/';

export default defineConfig({
  site,
  base,
  // A build can be written to another folder (the determinism check builds twice and compares).
  outDir: process.env.CROSSINGS_OUT_DIR ?? './dist',
  // Astro's content cache. The determinism check and the benchmark give each build a fresh one, so that a
  // build from another content folder never sees entries cached from this one.
  ...(process.env.CROSSINGS_CACHE_DIR ? { cacheDir: process.env.CROSSINGS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // Embed pages live inside other people's articles; their canonical page is the chart's chapter.
    sitemap({ filter: (page) => !/\/embed\/[^/]+\/$/.test(new URL(page).pathname) }),
  ],
  // Chapters have no code to highlight, and Shiki's highlighting writes inline styles, which the
  // Content-Security-Policy (no 'unsafe-inline') would block.
  // Chapters link to each other by site path (`/the-money/`); baseLinks adds the base path. chapterIds tells
  // each <Num>, <Source>, <Quote> and <Chart> its chapter, so it numbers its own note and figure (the print
  // edition shows every chapter on one page). unwrapInlineWords gives <GuessAmount> its question as inline
  // words, not a paragraph. MDX inherits the processor.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [baseLinks(base), chapterIds(), unwrapInlineWords()] }),
  },
  build: {
    // The stylesheet is inlined into every page: it is then in the first response, with nothing else to wait
    // for before the first paint. Astro adds its hash to each page's policy (style-src), so no 'unsafe-inline'.
    inlineStylesheets: 'always',
  },
  vite: {
    // Bundled scripts stay files, loaded as deferred modules after the first paint; fonts stay files too,
    // never data: URLs inside the inlined stylesheet.
    build: { assetsInlineLimit: 0 },
    // Metric-matched local fallbacks for the body font (scripts/lib/font-fallbacks.ts).
    plugins: [fontFallbacks()],
  },
  security: {
    // Astro writes a <meta http-equiv="content-security-policy"> into every page, with hashes of the scripts
    // and styles it bundles or inlines, and of our own inline scripts (scripts/lib/inline-scripts.ts). Only
    // our own origin, no third-party host, no 'unsafe-inline'. frame-ancestors cannot be set in a meta tag:
    // the build writes each page's policy into _headers with it (scripts/lib/page-policies.ts).
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { hashes: inlineScriptHashes(fileURLToPath(new URL('.', import.meta.url))) },
    },
  },
  devToolbar: { enabled: false },
});
