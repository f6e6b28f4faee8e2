import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrast, hex, over, parseColour, type Rgba } from './contrast.ts';

const c = (text: string): Rgba => {
  const parsed = parseColour(text);
  if (!parsed) throw new Error(`unparsed ${text}`);
  return parsed;
};

describe('contrast', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrast(c('#000000'), c('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(c('#7f9cb8'), c('#fbfaf7'))).toBeCloseTo(2.74, 2);
    expect(contrast(c('#767676'), c('#ffffff'))).toBeCloseTo(4.54, 2);
  });

  it('reads colours as browsers report them', () => {
    expect(hex(c('rgb(45, 106, 163)'))).toBe('#2d6aa3');
    expect(c('rgba(0, 0, 0, 0.5)').a).toBe(0.5);
    expect(hex(c('color(srgb 1 0 0)'))).toBe('#ff0000');
    expect(parseColour('none')).toBeUndefined();
    expect(parseColour('url("#p") none')).toBeUndefined();
  });

  it('blends a translucent colour over its background', () => {
    expect(hex(over(c('rgba(0, 0, 0, 0.5)'), c('#ffffff')))).toBe('#808080');
  });

  it('is symmetric and between 1 and 21', () => {
    const colour = fc.record({ r: fc.nat(255), g: fc.nat(255), b: fc.nat(255), a: fc.constant(1) });
    fc.assert(
      fc.property(colour, colour, (a, b) => {
        const r = contrast(a, b);
        expect(r).toBeCloseTo(contrast(b, a), 10);
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(21 + 1e-9);
      }),
      { seed: 23 },
    );
  });
});
