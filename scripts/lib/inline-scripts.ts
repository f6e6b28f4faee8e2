/**
 * Scripts that run inline in a page's <head>, before its first paint (the theme, so that the other colour
 * scheme never flashes), and their hashes for the Content-Security-Policy.
 *
 * Astro hashes the scripts it bundles, not `is:inline` ones; astro.config.mjs passes these hashes to
 * `security.csp.scriptDirective`, and a layout writes the same file's text into its page with
 * `<script is:inline set:html={…}>` (imported with `?raw`, so byte for byte what was hashed).
 * e2e/security.spec.ts checks that every inline script on every page has its hash in the policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The inline scripts, as paths from the repository root. */
export const inlineScriptFiles = ['src/client/inline/theme.js', 'src/client/inline/embed-theme.js'] as const;

/** `sha256-…` hashes of the inline scripts, as security.csp.scriptDirective.hashes takes them. */
export function inlineScriptHashes(root: string): `sha256-${string}`[] {
  return inlineScriptFiles.map(
    (file) =>
      `sha256-${createHash('sha256')
        .update(readFileSync(join(root, file), 'utf8'))
        .digest('base64')}` as const,
  );
}
