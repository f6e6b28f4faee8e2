/**
 * What the quality gates need to know about one HTML page, read with a real HTML parser (htmlparser2):
 * the scripts and stylesheets it loads, its inline code, its visible text and its ids.
 */
import { Parser } from 'htmlparser2';

export interface PageScript {
  /** `src` as written, for an external script; absent for an inline one. */
  src?: string;
  /** `type`, lower-cased ('' when absent: a classic script). */
  type: string;
  /** The code of an inline script. */
  code: string;
}

export interface ScannedPage {
  scripts: PageScript[];
  /** `href` of every `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** `<link rel="preload">` and `<link rel="modulepreload">` (as `script`): fetched whether used or not. */
  preloads: { href: string; as: string }[];
  /** The text of every inline `<style>`. */
  styles: string[];
  /** Text a reader can see (entities decoded), without the contents of script, style or template. */
  text: string;
  /** Attributes that run code: `on…` event handlers and `javascript:` URLs, as `element[attribute]`. */
  inlineHandlers: string[];
  /** `content` of `<meta http-equiv="content-security-policy">`, in document order. */
  cspMeta: string[];
}

/** Script types a browser executes (anything else, such as JSON data, is not code). */
const executable = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = {
    scripts: [],
    stylesheets: [],
    preloads: [],
    styles: [],
    text: '',
    inlineHandlers: [],
    cspMeta: [],
  };
  const text: string[] = [];
  let hidden = 0;
  let current: PageScript | undefined;
  let style: string[] | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        for (const [attribute, value] of Object.entries(attribs)) {
          if (/^on/i.test(attribute) || /^\s*javascript:/i.test(value))
            page.inlineHandlers.push(`${name}[${attribute}]`);
        }
        if (name === 'script') {
          const type = (attribs['type'] ?? '').trim().toLowerCase();
          current = { type, code: '', ...(attribs['src'] !== undefined ? { src: attribs['src'] } : {}) };
        } else if (name === 'style') {
          style = [];
        } else if (name === 'link' && /(^|\s)stylesheet(\s|$)/i.test(attribs['rel'] ?? '') && attribs['href']) {
          page.stylesheets.push(attribs['href']);
        } else if (name === 'link' && /(^|\s)(module)?preload(\s|$)/i.test(attribs['rel'] ?? '') && attribs['href']) {
          const module = /modulepreload/i.test(attribs['rel'] ?? '');
          page.preloads.push({ href: attribs['href'], as: module ? 'script' : (attribs['as'] ?? '').toLowerCase() });
        } else if (name === 'meta' && (attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy') {
          page.cspMeta.push(attribs['content'] ?? '');
        }
        if (name === 'script' || name === 'style' || name === 'template') hidden++;
      },
      ontext(data) {
        if (current) current.code += data;
        else if (style) style.push(data);
        else if (hidden === 0) text.push(data);
      },
      onclosetag(name) {
        if (name === 'script' && current) {
          if (executable.has(current.type)) page.scripts.push(current);
          current = undefined;
        } else if (name === 'style' && style) {
          page.styles.push(style.join(''));
          style = undefined;
        }
        if (name === 'script' || name === 'style' || name === 'template') hidden = Math.max(0, hidden - 1);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  page.text = text.join('');
  return page;
}
