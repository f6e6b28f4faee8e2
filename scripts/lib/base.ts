/**
 * The base path a build was made for (CROSSINGS_BASE, the same setting astro.config.mjs reads), for the
 * tools that serve or read a built site: dist/ holds the files at its root, while the pages' links and
 * the host's URLs carry the prefix.
 */

/** A base path with one leading and one trailing slash: `/` or `/crossings/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const basePath = normalizeBase(process.env['CROSSINGS_BASE']);

/** A URL path under the base, as the file path inside dist (`/crossings/x/` → `/x/`); undefined outside it. */
export function stripBase(path: string, base = basePath): string | undefined {
  if (base === '/') return path;
  if (path === base.slice(0, -1)) return '/';
  return path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
}

/** A site path as served under the base (`/x/` → `/crossings/x/`). */
export function withBasePath(path: string, base = basePath): string {
  return path.startsWith('/') ? `${base}${path.slice(1)}` : path;
}

/**
 * public/_headers with its path rules moved under the base, so that a host applies them there: `/` →
 * `/crossings/`, `/embed/:id/` → `/crossings/embed/:id/`. Comments and header lines are kept as they are.
 */
export function headersUnderBase(text: string, base = basePath): string {
  if (base === '/') return text;
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? withBasePath(line, base) : line))
    .join('\n');
}
