/**
 * The Content-Security-Policy header for every page, from the policy in the page's own <meta> tag.
 *
 * Astro writes each page's policy into a meta tag, with the hashes of the inline stylesheet and scripts
 * that page carries. A host that reads `_headers` should send the same policy as a header (it is then
 * enforced before the first byte of HTML is parsed, and covers what a meta tag cannot: frame-ancestors).
 * A hand-written header could not know the hashes, so the build writes one rule per page, its path exact,
 * with that page's meta policy and the page's frame-ancestors: embed pages may be framed by any site,
 * every other page by none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from './dist.ts';
import { parsePolicy } from './headers.ts';
import { scanHtml } from './html.ts';

export interface PagePolicy {
  /** The URL path the page is served at, without the base path: `/the-money/`. */
  path: string;
  /** The policy of its meta tag, as written. */
  policy: string;
}

export function pagePolicies(dist: string): PagePolicy[] {
  return htmlPages(dist).map(({ file, path }) => {
    const metas = scanHtml(readFileSync(join(dist, file), 'utf8')).cspMeta;
    if (metas.length !== 1 || !metas[0]) throw new Error(`${file}: expected one CSP meta tag, found ${metas.length}`);
    return { path, policy: metas[0] };
  });
}

/** Who may frame a page: anyone, for an embed page; nobody, for the rest. */
export function frameAncestors(path: string): string {
  return /^\/embed\/[^/]+\/$/.test(path) ? '*' : "'none'";
}

/** A policy as a header value: its directives in order, `; `-separated, and frame-ancestors last. */
export function headerPolicy({ path, policy }: PagePolicy): string {
  const directives = [...parsePolicy(policy)].filter(([name]) => name !== 'frame-ancestors');
  return [
    ...directives.map(([name, sources]) => [name, ...sources].join(' ')),
    `frame-ancestors ${frameAncestors(path)}`,
  ].join('; ');
}

/** The `_headers` file with one Content-Security-Policy rule per page added at its end. */
export function withPagePolicies(headers: string, pages: PagePolicy[]): string {
  if (/^\s+Content-Security-Policy:/im.test(headers))
    throw new Error('_headers already sets a Content-Security-Policy: the build writes one rule per page');
  const rules = pages.map((page) => `${page.path}\n  Content-Security-Policy: ${headerPolicy(page)}\n`);
  return `${headers.trimEnd()}\n\n# Written by the build (scripts/lib/page-policies.ts): each page's own policy, from its meta tag.\n\n${rules.join('\n')}`;
}
