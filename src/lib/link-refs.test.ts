import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberLinks } from './link-refs.ts';

describe('numberLinks', () => {
  it('numbers external links in order, one number per address', () => {
    const { html, refs } = numberLinks(
      '<p><a href="https://a.example/x">A</a> <a class="c" href="https://b.example/">B</a> <a href="https://a.example/x">again</a></p>',
    );
    expect(refs).toEqual(['https://a.example/x', 'https://b.example/']);
    expect(html).toBe(
      '<p><a href="https://a.example/x" data-ref="1">A</a> <a class="c" href="https://b.example/" data-ref="2">B</a> <a href="https://a.example/x" data-ref="1">again</a></p>',
    );
  });

  it('leaves site links, fragments and links that print their own address alone', () => {
    const input =
      '<a href="/sources/#source-x">About</a> <a href="#note-1">1</a> <a href="https://c.example/">https://c.example/</a>';
    expect(numberLinks(input)).toEqual({ html: input, refs: [] });
  });

  it('gives no number to a link marked data-no-ref (in a part print hides), so the next link is [1]', () => {
    const { html, refs } = numberLinks(
      '<a href="https://licence.example/" rel="license" data-no-ref>Licence</a> <a href="https://d.example/">D</a>',
    );
    expect(refs).toEqual(['https://d.example/']);
    expect(html).toContain('<a href="https://d.example/" data-ref="1">D</a>');
    expect(html).not.toContain('data-ref="2"');
  });
});

describe('numberLinks reads the HTML as a browser would', () => {
  it('numbers a link whose attribute values hold a ">", at the end of its start tag', () => {
    const input = '<a href="https://a.example/" title="a > b">A</a> <a title="c > d" href="https://b.example/">B</a>';
    expect(numberLinks(input)).toEqual({
      html: '<a href="https://a.example/" title="a > b" data-ref="1">A</a> <a title="c > d" href="https://b.example/" data-ref="2">B</a>',
      refs: ['https://a.example/', 'https://b.example/'],
    });
  });

  it('finds no link in a comment, a script, an attribute value or a template', () => {
    const input = [
      '<!-- <a href="https://a.example/">A</a> -->',
      '<script>const link = \'<a href="https://b.example/">B</a>\';</script>',
      '<img alt=\'<a href="https://c.example/">C</a>\' src="/x.png">',
      '<template><a href="https://d.example/">D</a></template>',
    ].join('\n');
    expect(numberLinks(input)).toEqual({ html: input, refs: [] });
  });

  it("reads a link's text and address as the reader sees them: entities decoded, tags not text", () => {
    const own = '<a href="https://a.example/?x=1&amp;y=2"><span>https://a.example/?x=1&amp;y=2</span></a>';
    expect(numberLinks(own)).toEqual({ html: own, refs: [] });
    const other = '<a href="https://b.example/?x=1&amp;y=2">The <em>report</em></a>';
    expect(numberLinks(other)).toEqual({
      html: '<a href="https://b.example/?x=1&amp;y=2" data-ref="1">The <em>report</em></a>',
      refs: ['https://b.example/?x=1&y=2'],
    });
  });

  it('changes nothing but the numbers it adds, and gives each address one number', () => {
    const address = fc.constantFrom('https://a.example/', 'https://b.example/x', '/sources/', '#note-1');
    const piece = fc.oneof(
      fc.tuple(address, fc.constantFrom('A', 'report', '')).map(([url, text]) => `<a href="${url}">${text}</a>`),
      fc.constantFrom('<p>', '</p>', ' words ', '<!-- <a href="https://c.example/">c</a> -->', '<br>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const input = pieces.join('');
        const { html, refs } = numberLinks(input);
        expect(html.replace(/ data-ref="\d+"/g, '')).toBe(input);
        expect(new Set(refs).size).toBe(refs.length);
        const numbered = [...html.matchAll(/<a href="([^"]+)" data-ref="(\d+)">/g)];
        for (const [, url, n] of numbered) expect(refs[Number(n) - 1]).toBe(url);
        expect(numbered.length).toBe(pieces.filter((p) => /^<a href="https/.test(p)).length);
      }),
      { seed: 20 },
    );
  });
});
