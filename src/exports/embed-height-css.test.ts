/**
 * The sizes embed-height.ts lays the embed page out with are the CSS's own: each is read here from the
 * rule that sets it (tokens.css) and from the rules of the embed page that use it, so a change to the CSS
 * that the height does not follow fails this test rather than clipping embeds on phones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedSizes } from './embed-height.ts';

const rem = 16;
const read = (file: string) => readFileSync(`src/styles/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The value of `property` in the first rule whose selector list is exactly `selector`. */
function declared(file: string, selector: string, property: string): string {
  for (const [, sel = '', body = ''] of read(file).matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (sel.replace(/\s+/g, ' ').trim() !== selector) continue;
    const value = new RegExp(`(?:^|[;\\s])${property}\\s*:\\s*([^;]+);`).exec(body)?.[1];
    if (value !== undefined) return value.trim();
  }
  throw new Error(`src/styles/${file}: no "${property}" in a rule for "${selector}"`);
}

/** A value in CSS px: custom properties resolved from tokens.css, rem at 16 px; each part of a shorthand. */
function px(value: string): number[] {
  return value.split(/\s+/).map((part) => {
    const token = /^var\(--([a-z0-9-]+)\)$/.exec(part)?.[1];
    const raw = token ? declared('tokens.css', ':root', `--${token}`) : part;
    if (raw.endsWith('rem')) return Number(raw.slice(0, -3)) * rem;
    if (raw.endsWith('px')) return Number(raw.slice(0, -2));
    return Number(raw);
  });
}

const { size, space, leading, target, compactMax } = embedSizes;

/** [file, selector, property, what embed-height.ts takes it to be, in px]. */
const restated: [string, string, string, number[]][] = [
  ['tokens.css', ':root', '--text-sm', [size.sm]],
  ['tokens.css', ':root', '--text-md', [size.md]],
  ['tokens.css', ':root', '--text-lg', [size.lg]],
  ['tokens.css', ':root', '--space-1', [space[1]]],
  ['tokens.css', ':root', '--space-2', [space[2]]],
  ['tokens.css', ':root', '--space-3', [space[3]]],
  ['tokens.css', ':root', '--space-5', [space[5]]],
  ['tokens.css', ':root', '--leading', [leading]],
  // The page, top to bottom, as heightAt lays it out.
  ['global.css', 'body', 'font-size', [size.md]],
  ['global.css', 'body', 'line-height', [leading]],
  ['embed.css', 'main.embed', 'padding', [space[3], space[3], 0]],
  ['embed.css', '.embed .chart-title', 'font-size', [size.lg]],
  ['chart.css', '.chart-title', 'margin', [0, 0, space[1]]],
  ['chart.css', '.chart-subtitle', 'font-size', [size.sm]],
  ['chart.css', '.chart-subtitle', 'margin', [0, 0, space[3]]],
  ['chart.css', '.chart-views', 'gap', [space[2]]],
  ['chart.css', '.chart-views', 'margin-bottom', [space[3]]],
  ['chart.css', '.chart-views button', 'font-size', [size.sm]],
  ['chart.css', '.chart-views button', 'min-height', [target]],
  ['chart.css', '.chart-views button', 'padding', [space[1], space[3]]],
  ['chart.css', '.chart-frame--compact', 'max-width', [compactMax]],
  ['chart.css', '.chart-summary', 'margin', [space[3], 0]],
  ['chart.css', '.chart-cue', 'font-size', [size.sm]],
  ['chart.css', '.chart-cue', 'margin', [0, 0, space[2]]],
  ['chart.css', '.chart-data summary', 'font-size', [size.sm]],
  ['chart.css', '.chart-data summary', 'padding', [space[2], 0]],
  ['chart.css', '.chart-data summary', 'min-height', [target]],
  ['chart.css', '.chart-caveats', 'padding-left', [space[5]]],
  ['chart.css', '.chart-caveats', 'font-size', [size.sm]],
  ['chart.css', '.chart-caveats', 'margin', [0, 0, space[3]]],
  ['chart.css', '.chart-date, .chart-source', 'font-size', [size.sm]],
  ['chart.css', '.chart-date, .chart-source', 'margin', [space[2], 0, 0]],
  ['embed.css', '.embed-credit', 'padding', [space[2], space[3], space[3]]],
  ['embed.css', '.embed-credit', 'font-size', [size.sm]],
];

describe('embed height: the sizes it lays out with are the CSS’s', () => {
  it.each(restated)('%s %s { %s }', (file, selector, property, expected) => {
    expect(px(declared(file, selector, property))).toEqual(expected);
  });
});
