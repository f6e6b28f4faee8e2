import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colour, lightPalette } from './tokens.ts';

describe('lightPalette', () => {
  it('takes the light value of light-dark() and plain values as they are', () => {
    const p = lightPalette(':root { --a: light-dark(#fff, #000); --b: 1rem; } :root[x] { --a: red; }');
    expect(p).toEqual({ a: '#fff', b: '1rem' });
  });

  it('reads the page colours from the real tokens.css', () => {
    const p = lightPalette(readFileSync('src/styles/tokens.css', 'utf8'));
    for (const name of ['bg', 'surface', 'text', 'text-muted', 'link', 'accent'])
      expect(colour(p, name)).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('names a missing token rather than drawing black', () => {
    expect(() => colour({}, 'chart-bar')).toThrow(/--chart-bar is missing/);
    expect(() => lightPalette('body {}')).toThrow(/no :root block/);
  });
});
