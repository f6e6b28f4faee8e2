import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartColours, chartColoursCss, chartPalette } from './chart-colours.ts';
import { lightPalette } from '../lib/tokens.ts';

describe('chart colours', () => {
  it('the stylesheet the page reads is the one generated from the module (npm run colours rewrites it)', () => {
    expect(readFileSync('src/styles/chart-colours.css', 'utf8')).toBe(chartColoursCss());
  });

  it('tokens.css defines no chart colour of its own, so the module is the only source', () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    expect(tokens).not.toMatch(/--chart-[a-z0-9-]+\s*:/);
  });

  it('files take the light colours, and paper its own where it has one', () => {
    const light = chartPalette('light');
    const print = chartPalette('print');
    expect(light['chart-bar']).toBe(chartColours.bar.light);
    expect(print['chart-series-1']).toBe(chartColours['series-1'].print);
    expect(print['chart-bar']).toBe(chartColours.bar.light);
    // The generated stylesheet read as the files read tokens: the same light colours.
    const fromCss = lightPalette(chartColoursCss());
    for (const [name, value] of Object.entries(light)) expect(fromCss[name]).toBe(value);
  });

  it('every colour is a literal six-digit hex in every scheme', () => {
    for (const scheme of ['light', 'dark', 'print'] as const)
      for (const value of Object.values(chartPalette(scheme))) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });
});
