import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../charts/types.ts';
import { standaloneSvg } from '../exports/standalone.ts';
import { lightPalette } from '../lib/tokens.ts';
import { chartPalette } from './chart-colours.ts';
import { chartMarksCss, markRules, type MarkRule } from './chart-marks.ts';

const palette = { ...lightPalette(readFileSync('src/styles/tokens.css', 'utf8')), ...chartPalette('light') };

/** A timeline with a yearly amount (dashed), a one-off sum (outlined) and a note: three treatments. */
const spec: ChartSpec = {
  kind: 'timeline',
  width: 200,
  height: 100,
  fontSize: 14,
  marks: [
    { type: 'rect', tone: 'series-1', variant: 'dashed', row: 0, x: 10, y: 10, width: 50, height: 20 },
    { type: 'rect', tone: 'series-1', variant: 'outline', row: 1, x: 10, y: 40, width: 50, height: 20 },
    { type: 'text', tone: 'annotation', x: 10, y: 90, text: 'A note' },
  ],
  summary: 'Two amounts.',
  table: { columns: [{ label: 'Item', numeric: false }], rows: [['Yearly'], ['Once']] },
};
const text = { id: 't', title: 'T', subtitle: 'S', summary: 'Two amounts.', source: 'Source: x.', credit: 'Chart: y.' };

/** The page's stylesheet and the standalone file, both drawn from one set of rules. */
function both(rules: readonly MarkRule[]) {
  return { css: chartMarksCss(rules), svg: standaloneSvg(spec, text, palette, rules).svg };
}

/** The rules with one rule's declarations changed: the rule found by `pick`. */
function changed(pick: (rule: MarkRule) => boolean, set: MarkRule['set']): MarkRule[] {
  const i = markRules.findIndex(pick);
  expect(i, 'the rule to change exists').toBeGreaterThanOrEqual(0);
  return markRules.map((rule, j) => (j === i ? { ...rule, set: { ...rule.set, ...set } } : rule));
}

describe('chart marks: one source for the page and the files', () => {
  it('the stylesheet the page reads is the one generated from the module (npm run colours rewrites it)', () => {
    expect(readFileSync('src/styles/chart-marks.css', 'utf8')).toBe(chartMarksCss());
  });

  it('chart.css paints no mark itself: fill, stroke and weight of tones and treatments are the module’s alone', () => {
    const css = readFileSync('src/styles/chart.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const painting = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter(
      ([, selector = '', body = '']) =>
        /\.[mv]-|\.chart-(bar|comparison|dotplot|guess|guess-amount|line|stacked|timeline|waffle)\b/.test(selector) &&
        /(^|[;\s])(fill|stroke|stroke-width|stroke-dasharray|fill-opacity|font-weight)\s*:/.test(body),
    );
    expect(painting.map(([rule]) => rule.trim())).toEqual([]);
  });

  it('a treatment changed in the one place changes the page’s CSS and the standalone SVG alike', () => {
    const before = both(markRules);
    expect(before.css).toMatch(/\.v-dashed \{\n {2}stroke-dasharray: 4 3;/);
    expect(before.svg).toMatch(/<rect [^>]*stroke-dasharray="4 3"/);

    const after = both(changed((r) => r.variant === 'dashed' && !r.kind, { 'stroke-dasharray': '9 1' }));
    expect(after.css).toMatch(/\.v-dashed \{\n {2}stroke-dasharray: 9 1;/);
    expect(after.svg).toMatch(/<rect [^>]*stroke-dasharray="9 1"/);
    expect(after.svg).not.toContain('4 3');
  });

  it('a colour changed in the one place changes the page’s CSS and the standalone SVG alike', () => {
    const muted = palette['chart-label-muted'];
    const own = palette['chart-annotation'];
    expect(own).not.toBe(muted);
    const before = both(markRules);
    expect(before.css).toMatch(/text\.m-annotation \{\n {2}fill: var\(--chart-label-muted\);/);
    expect(before.svg).toContain(`>A note</text>`);
    expect(before.svg).toMatch(new RegExp(`<text [^>]*fill="${muted}"[^>]*>A note<`));

    const after = both(changed((r) => r.tones?.includes('annotation') === true, { fill: { tone: true } }));
    expect(after.css).toMatch(/text\.m-annotation \{\n {2}fill: var\(--chart-annotation\);/);
    expect(after.svg).toMatch(new RegExp(`<text [^>]*fill="${own}"[^>]*>A note<`));
  });

  it('the files resolve rules as the page’s cascade does: a more specific rule wins, then the later one', () => {
    const { svg } = both(markRules);
    // .v-dashed then .chart-timeline rect.v-dashed: unfilled, 2 wide, dashed, stroked in the tone's colour.
    expect(svg).toMatch(
      new RegExp(
        `<rect fill="none" stroke="${palette['chart-series-1']}" stroke-dasharray="4 3" stroke-width="2" x="10" y="10"`,
      ),
    );
    // .m-series-1 then .v-outline (equal weight, later): the outline's fill wins.
    expect(svg).toMatch(
      new RegExp(`<rect fill="none" stroke="${palette['chart-series-1']}" stroke-width="2" x="10" y="40"`),
    );
  });
});
