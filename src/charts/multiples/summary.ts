/**
 * What the small multiples say in words: the largest figure of all, then each panel's own highest, so a
 * listener can follow one series (route) at a time as a reader of the panels does; and which are likely.
 */
import { describeLargest, listInWords } from '../describe.ts';
import type { MultiplesOptions, Panel } from './data.ts';

export function multiplesSummary(panels: readonly Panel[], options: MultiplesOptions): string {
  const { format } = options;
  const shown = panels.flatMap((p) => p.cells.flatMap((c) => (c ? [{ panel: p, ...c.datum }] : [])));
  const parts = [
    describeLargest(
      options.valueLabel,
      shown.map((d) => ({ label: `${d.panel.name}, ${d.x}`, value: d.value })),
      format,
    ),
  ];
  const highest = panels.flatMap((p) => {
    const top = p.cells.find((c) => c !== null && c.datum.value === p.top);
    return top && panels.length > 1 ? [`${format(top.datum.value)} (${p.name}, ${top.datum.x})`] : [];
  });
  if (highest.length > 1) {
    parts.push(`By ${options.seriesLabel.toLowerCase()}, the highest are ${listInWords(highest)}.`);
  }
  const likely = panels.filter((p) => p.cells.some((c) => c?.datum.likely)).map((p) => p.name);
  if (likely.length > 0) {
    parts.push(`The figures for ${listInWords(likely)} are likely, but not checked against their source.`);
  }
  return parts.join(' ');
}
