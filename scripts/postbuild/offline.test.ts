import { describe, expect, it } from 'vitest';
import { lightToken, pageAddress, webManifest } from './offline.ts';

const css = ':root { --bg: light-dark(#fbfaf7, #17181a); --accent: light-dark(#1a5a96, #8cc4f5); }';

describe('webManifest', () => {
  it('takes its colours from the light scheme of the tokens, and its paths relative to the base', () => {
    expect(webManifest({ name: 'Crossings', description: 'd' }, css)).toMatchObject({
      theme_color: '#1a5a96',
      background_color: '#fbfaf7',
      start_url: './',
      scope: './',
      icons: [{ src: 'icons/icon-192.png' }, { src: 'icons/icon-512.png' }],
    });
  });

  it('names the token it cannot find', () => {
    expect(() => lightToken(css, 'link')).toThrow(/--link/);
  });
});

describe('pageAddress', () => {
  it('caches a page under the address readers use, so its headers are the ones a host sends there', () => {
    expect(pageAddress('index.html')).toBe('./');
    expect(pageAddress('embed/x/index.html')).toBe('embed/x/');
    expect(pageAddress('404.html')).toBe('404.html');
    expect(pageAddress('_astro/a.css')).toBe('_astro/a.css');
  });
});
