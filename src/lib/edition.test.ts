/**
 * Context is passed, not sniffed (issue 20): the edition reaches components through `editionIn(Astro.locals)`
 * and the chapter as a prop (src/mdx/chapter-ids.ts), so no component reads its address to decide either.
 * The page's address is read only to name it in an error, and by the layout for the canonical link.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionIn } from './edition.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(astro|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Lines reading the page's address that do something other than name it in an error or set the canonical link. */
function sniffing(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => /Astro\.(url|request)|location\.pathname/.test(line))
    .filter((line) => !/on \$\{Astro\.url\.pathname\}/.test(line))
    .filter((line) => !/^const canonical = new URL\(Astro\.url\.pathname, Astro\.site\);$/.test(line.trim()));
}

describe('the edition and the chapter reach components as context, never from the URL', () => {
  it('no component, layout or page reads its address to decide what it is', () => {
    const found = sources('src').flatMap((file) =>
      sniffing(readFileSync(file, 'utf8')).map((l) => `${file}: ${l.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('finds a component that does', () => {
    expect(sniffing("const print = Astro.url.pathname.startsWith('/print/');")).toHaveLength(1);
    expect(sniffing('throw new Error(`<Num id="x"> on ${Astro.url.pathname}`);')).toEqual([]);
  });

  it('a page that sets no edition is the web edition', () => {
    expect(editionIn({})).toBe('web');
    expect(editionIn({ edition: 'print' })).toBe('print');
  });
});
