/**
 * How every chart mark is painted: tone → colour, and the treatments (outline, hatched, dashed, and each
 * kind's own edges), written once. The page reads them as src/styles/chart-marks.css, generated from this
 * module (`npm run colours`; a unit test fails while the two differ); the standalone SVG and PNG read them
 * here (src/exports/paint.ts), applied as a browser would apply the stylesheet. So a declaration changed
 * here changes the page and the files alike. How marks answer the pointer and focus stays in chart.css:
 * a file has neither.
 */
import type { Mark, Tone } from '../charts/types.ts';

/** A declaration's value: a literal, the mark's own tone colour, or a colour token by name (`bg`). */
export type MarkValue = string | number | { readonly tone: true } | { readonly colour: string };

export interface MarkRule {
  /** Only in charts of this kind (`.chart-<kind>` on the drawing). */
  readonly kind?: string;
  /** Only this element (`rect`, `path` …). */
  readonly element?: Mark['type'];
  /** Only marks of these tones (`.m-<tone>`); a rule that paints in the tone's colour is written once per tone. */
  readonly tones?: readonly Tone[];
  /** Only marks with this treatment (`.v-<variant>`). */
  readonly variant?: NonNullable<Mark['variant']>;
  /** Only marks that stand for a row of the table (`[data-row]`). */
  readonly row?: true;
  readonly set: Readonly<Record<string, MarkValue>>;
  /** Why, written above the rule in the stylesheet. */
  readonly why?: string;
}

const own = { tone: true } as const;
const series = ['series-1', 'series-2', 'series-3', 'series-4'] as const satisfies readonly Tone[];

/** In the order the stylesheet writes them: a later rule wins over an earlier one of the same specificity. */
export const markRules: readonly MarkRule[] = [
  { tones: ['bar', 'bar-muted'], set: { fill: own } },
  { tones: series, set: { fill: own, stroke: own } },
  { element: 'path', tones: series, set: { fill: 'none', 'stroke-width': 2.5 } },
  { tones: ['axis', 'grid'], set: { stroke: own, 'stroke-width': 1 } },
  { element: 'text', tones: ['label'], set: { fill: own } },
  { element: 'text', tones: ['label-muted', 'annotation'], set: { fill: { colour: 'chart-label-muted' } } },
  { element: 'text', tones: ['label-strong'], set: { fill: own, 'font-weight': 'bold' } },
  { variant: 'outline', set: { fill: 'none', 'stroke-width': 2 } },
  { variant: 'dashed', set: { 'stroke-dasharray': '4 3' } },
  {
    why: 'Outlined swatches and squares in the neutral tones (keys, "up to" figures) take their colour as a stroke.',
    tones: ['bar', 'bar-muted'],
    variant: 'outline',
    set: { stroke: own },
  },
  {
    why: 'Hatched in the neutral tone (likely figures in the small multiples): the outline and stripes take its colour.',
    tones: ['bar'],
    variant: 'hatched',
    set: { stroke: own },
  },
  { element: 'path', tones: ['bar'], variant: 'hatched', set: { fill: 'none' } },
  {
    why: 'Waffle: each announcement’s focusable area covers its label and squares, unpainted until focused or active (chart.css).',
    kind: 'waffle',
    element: 'rect',
    row: true,
    set: { stroke: 'transparent' },
  },
  {
    why: 'Weekly lines: each week’s focus band spans the plot, unpainted until focused or active (chart.css), so the lines show through.',
    kind: 'weekly',
    element: 'rect',
    row: true,
    set: { fill: 'none', stroke: 'none' },
  },
  {
    why: 'Weekly lines: many short weekly steps; a thinner line keeps the weeks apart, and the dashes of the second still read.',
    kind: 'weekly',
    element: 'path',
    tones: ['series-1', 'series-2'],
    set: { 'stroke-width': 1.75 },
  },
  {
    why:
      'Hatched: money moved from another budget. A light tint and an outline of the mark’s own colour, with stripes ' +
      'the chart draws as geometry (a path with the same variant), so it prints and exports without an SVG pattern. Always paired with words beside the mark.',
    element: 'rect',
    variant: 'hatched',
    set: { 'fill-opacity': 0.2, 'stroke-width': 1.5 },
  },
  { element: 'path', variant: 'hatched', set: { 'stroke-width': 1.25 } },
  {
    why: 'Timeline: a yearly amount is a dashed outline, never a solid bar, so it does not read as a one-off sum.',
    kind: 'timeline',
    element: 'rect',
    variant: 'dashed',
    set: { fill: 'none', 'stroke-width': 2 },
  },
  {
    why: 'Stacked: segments touch, so each is edged in the page colour; neighbours meet across a gap, not a seam.',
    kind: 'stacked',
    element: 'rect',
    row: true,
    set: { stroke: { colour: 'bg' }, 'stroke-width': 1.5 },
  },
  {
    why: 'Dot plot: a likely figure (transcribed, not checked) has a broken edge in the page colour, so it differs from a verified one by pattern, not only by its lighter colour.',
    kind: 'dotplot',
    element: 'circle',
    variant: 'dashed',
    set: { stroke: { colour: 'bg' }, 'stroke-width': 2.5, 'stroke-dasharray': '3 2' },
  },
];

const paintsInTone = (rule: MarkRule) => Object.values(rule.set).some((v) => typeof v === 'object' && 'tone' in v);

function selector(rule: MarkRule, tone: Tone | undefined): string {
  const kind = rule.kind ? `.chart-${rule.kind} ` : '';
  const classes = `${tone ? `.m-${tone}` : ''}${rule.variant ? `.v-${rule.variant}` : ''}`;
  return `${kind}${rule.element ?? ''}${classes}${rule.row ? '[data-row]' : ''}`;
}

function cssValue(value: MarkValue, tone: Tone | undefined): string {
  if (typeof value !== 'object') return String(value);
  if ('colour' in value) return `var(--${value.colour})`;
  if (!tone) throw new Error('src/styles/chart-marks.ts: a rule paints in its tone’s colour but names no tone');
  return `var(--chart-${tone})`;
}

function block(rule: MarkRule, selectors: string[], tone: Tone | undefined): string {
  const body = Object.entries(rule.set).map(([name, value]) => `  ${name}: ${cssValue(value, tone)};`);
  return [`${selectors.join(',\n')} {`, ...body, '}'].join('\n');
}

/** The stylesheet the page reads (src/styles/chart-marks.css). */
export function chartMarksCss(rules: readonly MarkRule[] = markRules): string {
  const blocks = rules.flatMap((rule) => {
    const why = rule.why ? [`/* ${rule.why} */`] : [];
    const tones = rule.tones ?? [undefined];
    const written = paintsInTone(rule)
      ? tones.map((tone) => block(rule, [selector(rule, tone)], tone))
      : [
          block(
            rule,
            tones.map((tone) => selector(rule, tone)),
            undefined,
          ),
        ];
    return [[...why, written[0]].join('\n'), ...written.slice(1)];
  });
  return (
    [
      '/* Generated from src/styles/chart-marks.ts by `npm run colours`: change the marks there, not here. */',
      ...blocks,
    ].join('\n\n') + '\n'
  );
}

/** Classes, elements and attributes: what a selector weighs, so the painter resolves rules as CSS does. */
function specificity(rule: MarkRule): number {
  const classes = [rule.kind, rule.tones, rule.variant, rule.row].filter((part) => part !== undefined).length;
  return classes * 10 + (rule.element ? 1 : 0);
}

/**
 * The declarations that apply to one mark in a chart of one kind, in cascade order, with colour values
 * resolved by `colour` (a token name → literal): what a browser computes from chart-marks.css.
 */
export function markDeclarations(
  mark: Mark,
  kind: string,
  colour: (name: string) => string,
  rules: readonly MarkRule[] = markRules,
): Record<string, string | number> {
  const applies = (rule: MarkRule) =>
    (rule.kind === undefined || rule.kind === kind) &&
    (rule.element === undefined || rule.element === mark.type) &&
    (rule.tones === undefined || rule.tones.includes(mark.tone)) &&
    (rule.variant === undefined || rule.variant === mark.variant) &&
    (rule.row === undefined || mark.row !== undefined);
  // Array sort is stable: among rules of equal weight, the later one is applied later and wins.
  const cascade = rules.filter(applies).sort((a, b) => specificity(a) - specificity(b));
  const out: Record<string, string | number> = {};
  for (const rule of cascade)
    for (const [name, value] of Object.entries(rule.set))
      out[name] = typeof value !== 'object' ? value : colour('colour' in value ? value.colour : `chart-${mark.tone}`);
  return out;
}
