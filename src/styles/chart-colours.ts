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
  bar: { light: '#2d6aa3', dark: '#6fa8dc' },
  'bar-muted': { light: '#7f9cb8', dark: '#587a99' },
  // On paper, often printed in black and white: the series become a ramp of lightness, so each stays
  // distinct in greyscale; in colour they keep their hues.
  'series-1': { light: '#2d6aa3', dark: '#6fa8dc', print: '#12304f' },
  'series-2': { light: '#b4441c', dark: '#f0956c', print: '#c0622f' },
  'series-3': { light: '#6b4c9a', dark: '#b79ce0', print: '#6b4c9a' },
  'series-4': { light: '#2f7d4f', dark: '#6cc28f', print: '#66a87f' },
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
