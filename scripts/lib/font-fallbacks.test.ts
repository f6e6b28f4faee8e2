import { existsSync } from 'node:fs';
import { fromFile } from '@capsizecss/unpack/fs';
import arial from '@capsizecss/metrics/arial';
import { describe, expect, it } from 'vitest';
import { fontFallbackCss, webFontCss, webFontFamily } from './font-fallbacks.ts';

const liberationSans = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';

describe('font fallbacks', () => {
  it("keep the web font's own rules but never swap it in late", () => {
    const css = webFontCss();
    expect(css).toContain(`font-family: '${webFontFamily}'`);
    expect(css).not.toMatch(/font-display:\s*swap/);
    expect(css.match(/font-display: optional/g)?.length).toBe(css.match(/@font-face/g)?.length);
    expect(css).toMatch(/url\(@fontsource-variable\/atkinson-hyperlegible-next\/files\/[^)]+\.woff2\)/);
  });

  it('scale each local font to the web font, and put them in --font-body after it', async () => {
    const css = await fontFallbackCss();
    for (const local of ['Arial', 'Liberation Sans', 'Roboto']) {
      const face = new RegExp(`font-family: "${webFontFamily} Fallback: ${local}";[^}]*size-adjust: [\\d.]+%`);
      expect(css, local).toMatch(face);
    }
    expect(css).toMatch(
      /--font-body: 'Atkinson Hyperlegible Next Variable', "[^;]+Fallback: Arial", "[^;]+Fallback: Liberation Sans", "[^;]+Fallback: Roboto", sans-serif;/,
    );
  });

  // Liberation Sans is used under Arial's metrics, as its metric-compatible substitute: check that claim
  // against the font itself where it is installed (Debian, and so CI).
  it.runIf(existsSync(liberationSans))("Liberation Sans has Arial's metrics", async () => {
    const own = await fromFile(liberationSans);
    for (const key of ['ascent', 'descent', 'lineGap', 'unitsPerEm'] as const) expect(own[key], key).toBe(arial[key]);
    // The average width of text, which size-adjust scales by, within half a per cent.
    expect(Math.abs(own.xWidthAvg / arial.xWidthAvg - 1)).toBeLessThan(0.005);
  });
});
