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
});
