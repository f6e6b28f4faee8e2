/**
 * Where the site lives, from one setting each: CROSSINGS_SITE (the public origin, e.g.
 * https://crossings.example.org) and CROSSINGS_BASE (a path prefix, e.g. /crossings/ for a project page),
 * both read by astro.config.mjs. Every link a page, an embed snippet, an oEmbed file or a download writes
 * goes through these two functions, so a deployment under a base path needs nothing else changed.
 */
const rawBase: string = import.meta.env.BASE_URL ?? '/';
/** The base path with one leading and one trailing slash: `/` or `/crossings/`. */
export const basePath = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A site path (`/sources/`, `/charts/x.svg`, `#note-1` kept as it is) under the base path. */
export function href(path: string): string {
  if (!path.startsWith('/')) return path;
  return `${basePath}${path.slice(1)}`;
}

/** The absolute URL of a site path, for anything read away from the site (embeds, oEmbed, feeds, PDFs). */
export function absoluteUrl(path: string): string {
  const site: string = import.meta.env.SITE ?? 'http://localhost:4321';
  return new URL(href(path), site).href;
}
