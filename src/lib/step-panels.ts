/**
 * The print edition's stepped story: each <Step> renders its compact drawing inside a `<step-panel>`, and
 * <Steps> takes those panels out of its rendered words to set them side by side as one figure. The words
 * are read with an HTML parser (htmlparser2, as src/lib/link-refs.ts does), not a pattern: a panel is a
 * `step-panel` element the parser found, whatever the order or quoting of its attributes, and the text
 * between panels is kept byte for byte.
 */
import { Parser } from 'htmlparser2';

export interface StepPanel {
  /** `data-chart`: the chart the step draws. */
  chart: string;
  /** `data-through`: the date the step draws the chart to; absent for the whole chart. */
  through: string | undefined;
  /** The panel's inner HTML (the drawing), as rendered. */
  html: string;
}

export interface SplitSteps {
  panels: StepPanel[];
  /** The rendered steps without their panels. */
  words: string;
}

export function splitStepPanels(html: string): SplitSteps {
  const panels: StepPanel[] = [];
  const cuts: [number, number][] = [];
  let open: { chart: string; through: string | undefined; start: number; inner: number } | undefined;
  const parser: Parser = new Parser({
    onopentag(name, attribs) {
      if (name !== 'step-panel' || open) return;
      open = {
        chart: attribs['data-chart'] ?? '',
        through: attribs['data-through'],
        start: parser.startIndex,
        inner: parser.endIndex + 1,
      };
    },
    onclosetag(name) {
      if (name !== 'step-panel' || !open) return;
      panels.push({ chart: open.chart, through: open.through, html: html.slice(open.inner, parser.startIndex) });
      cuts.push([open.start, parser.endIndex + 1]);
      open = undefined;
    },
  });
  parser.end(html);
  let words = '';
  let from = 0;
  for (const [start, end] of cuts) {
    words += html.slice(from, start);
    from = end;
  }
  return { panels, words: words + html.slice(from) };
}
