/**
 * Every chart colour, for every way a chart is seen: the page in light and dark, paper, and the standalone
 * files (SVG, PNG, title cards), which are drawn in the light scheme. This module is the only place they
 * are written. The page reads them as CSS custom properties from src/styles/chart-colours.css, which is
 * generated from this module (`npm run colours`; a unit test fails while the two differ); the export
 * painters read `chartPalette('light')` directly. Chart code never names a colour, only a tone.
 */

/** A colour in each scheme; paper takes the light one unless it has its own. */
export interface SchemeColour {
  readonly light: string;
  readonly dark: string;
  readonly print?: string;
}

export type Scheme = 'light' | 'dark' | 'print';

/** By token name, without the `--chart-` prefix. */
export const chartColours = {
  // Data marks sit in a band of lightness (relative luminance about 0.15 to 0.24 in both schemes), so
  // that each is 3:1 against the page and the focus ring (below) is 3:1 against the page and every mark.
  // They differ from each other by hue and always by a direct label; touching marks are kept apart by a
  // gap in the page colour (chart.css), not by their colours.
  bar: { light: '#347abc', dark: '#367fc4' },
  'bar-muted': { light: '#6789ab', dark: '#4f6f8e' },
  // On paper, often printed in black and white: the series become a ramp of lightness (luminance about
  // 0.03, 0.20, 0.11, 0.26, each at least 3:1 on white), so each stays distinct in greyscale.
  'series-1': { light: '#347abc', dark: '#367fc4', print: '#12304f' },
  'series-2': { light: '#ca4c1f', dark: '#d55021', print: '#c0622f' },
  'series-3': { light: '#8567b4', dark: '#8b6db7', print: '#6b4c9a' },
  'series-4': { light: '#328454', dark: '#348b58', print: '#579970' },
  // The focus ring on a mark: the page's text colour, far from the page and from every mark above.
  focus: { light: '#1c1c1e', dark: '#ecebe8' },
  axis: { light: '#6d6a62', dark: '#9a978f' },
  grid: { light: '#dedad1', dark: '#34353a' },
  label: { light: '#3b3a37', dark: '#d6d4cf' },
  'label-muted': { light: '#5c5a55', dark: '#b4b2ac' },
  'label-strong': { light: '#1c1c1e', dark: '#f5f4f1' },
  annotation: { light: '#53524e', dark: '#b4b2ac' },
  'tooltip-bg': { light: '#1c1c1e', dark: '#f5f4f1' },
  'tooltip-text': { light: '#ffffff', dark: '#17181a' },
} as const satisfies Record<string, SchemeColour>;

export type ChartColourName = keyof typeof chartColours;

const names = Object.keys(chartColours) as ChartColourName[];

function inScheme(c: SchemeColour, scheme: Scheme): string {
  return scheme === 'print' ? (c.print ?? c.light) : c[scheme];
}

/** Literal colours of one scheme, keyed as the CSS custom properties are (`chart-bar`), for files. */
export function chartPalette(scheme: Scheme): Readonly<Record<`chart-${ChartColourName}`, string>> {
  return Object.fromEntries(names.map((n) => [`chart-${n}`, inScheme(chartColours[n], scheme)])) as Record<
    `chart-${ChartColourName}`,
    string
  >;
}

/** The stylesheet the page reads: light-dark() pairs on :root, and paper's own colours under @media print. */
export function chartColoursCss(): string {
  const screen = names.map((n) => `  --chart-${n}: light-dark(${chartColours[n].light}, ${chartColours[n].dark});`);
  const paper = names.flatMap((n) => {
    const c: SchemeColour = chartColours[n];
    return c.print === undefined ? [] : [`    --chart-${n}: ${c.print};`];
  });
  return [
    '/* Generated from src/styles/chart-colours.ts by `npm run colours`: change the colours there, not here. */',
    ':root {',
    ...screen,
    '}',
    '',
    '@media print {',
    '  :root {',
    ...paper,
    '  }',
    '}',
    '',
  ].join('\n');
}
