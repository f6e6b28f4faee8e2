/**
 * How to explore a chart, said under its summary and tied to the drawing (src/components/Figure.astro). One
 * text for the figure and for the embed's fixed height (src/exports/embed-height.ts), which must hold it.
 */
export function chartCue(multipleViews: boolean): string {
  return `Point at, tap or Tab to a mark to see its figures; the arrow keys move between marks.${
    multipleViews ? ' The buttons above change the view.' : ''
  } The table below has every figure.`;
}
