/**
 * A Markdown plugin: root-relative links written in chapter prose (`[x](/the-case-for-enforcement/)`) get
 * the site's base path, so chapters keep plain site paths and still work under CROSSINGS_BASE. The base
 * is passed in by astro.config.mjs (import.meta.env is not available while the config loads). Written for
 * Astro's Markdown processor (Sätteri): a visitor per mdast node type, changing nodes through its context.
 */
interface UrlNode {
  url: string;
}

interface VisitorContext {
  setProperty(node: UrlNode, key: 'url', value: string): void;
}

/** `/x/` under a base path such as `/crossings/`; other URLs (external, `#fragment`, `//host`) unchanged. */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return `${prefix}${url.slice(1)}`;
}

export function baseLinks(base: string) {
  const rewrite = (node: UrlNode, context: VisitorContext): void => {
    const url = withBase(node.url, base);
    if (url !== node.url) context.setProperty(node, 'url', url);
  };
  return { name: 'crossings-base-links', link: rewrite, definition: rewrite };
}
