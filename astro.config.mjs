// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The public address the site is deployed at. Embed snippets, oEmbed and the sitemap need absolute URLs,
// so a deployment sets CROSSINGS_SITE; locally the preview server's address is right.
const site = process.env.CROSSINGS_SITE ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // A build can be written to another folder (the determinism check builds twice and compares).
  outDir: process.env.CROSSINGS_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  build: {
    // Our stylesheet is small; one request fewer on every page.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
});
