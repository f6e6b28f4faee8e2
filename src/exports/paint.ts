/**
 * The chart stylesheet (src/styles/chart.css) as presentation attributes, for standalone files: the same
 * tone → colour and variant → treatment rules, with literal light-scheme colours (src/styles/chart-colours.ts). Written
 * as attributes on each mark (not a <style> element) so a pasted snippet neither needs nor leaks CSS.
 * Keep in step with chart.css: the exports spec compares the painted colours with the page's.
 */
import type { Mark } from '../charts/types.ts';
import type { Paint } from '../charts/render.ts';
import { colour, type Palette } from '../lib/tokens.ts';

/** Text tones take these colours (chart.css: annotations are drawn in the muted label colour). */
const textTone: Record<string, string> = {
  label: 'chart-label',
  'label-muted': 'chart-label-muted',
  annotation: 'chart-label-muted',
  'label-strong': 'chart-label-strong',
};

export function paintFor(palette: Palette, kind: string): Paint {
  return (mark: Mark) => {
    const c = colour(palette, (mark.type === 'text' ? textTone[mark.tone] : undefined) ?? `chart-${mark.tone}`);
    if (mark.type === 'text') return { fill: c, ...(mark.tone === 'label-strong' ? { 'font-weight': 'bold' } : {}) };
    const series = mark.tone.startsWith('series-');
    const lineLike = mark.type === 'line' || mark.tone === 'axis' || mark.tone === 'grid';
    const attrs: Record<string, string | number | undefined> = lineLike
      ? { fill: 'none', stroke: c, 'stroke-width': 1 }
      : { fill: c, stroke: series ? c : undefined };
    if (mark.type === 'path' && (series || mark.variant === 'hatched'))
      Object.assign(attrs, { fill: 'none', stroke: c, 'stroke-width': mark.variant === 'hatched' ? 1.25 : 2.5 });
    if (mark.type === 'line' && series) attrs['stroke-width'] = undefined;
    // Weekly lines: many short steps, drawn thinner so the weeks stay apart (as chart.css does).
    if (kind === 'weekly' && mark.type === 'path' && series) attrs['stroke-width'] = 1.75;
    switch (mark.variant) {
      case 'outline':
        Object.assign(attrs, { fill: 'none', stroke: c, 'stroke-width': 2 });
        break;
      case 'hatched':
        if (mark.type === 'rect') Object.assign(attrs, { 'fill-opacity': 0.2, stroke: c, 'stroke-width': 1.5 });
        break;
      case 'dashed':
        attrs['stroke-dasharray'] = '4 3';
        if (kind === 'timeline' && mark.type === 'rect')
          Object.assign(attrs, { fill: 'none', stroke: c, 'stroke-width': 2 });
        // Dot plot: a likely figure's broken edge, in the page colour.
        if (kind === 'dotplot' && mark.type === 'circle')
          Object.assign(attrs, { stroke: colour(palette, 'bg'), 'stroke-width': 2.5, 'stroke-dasharray': '3 2' });
        break;
    }
    // Stacked: segments are edged in the page colour, so neighbours meet across a gap.
    if (kind === 'stacked' && mark.type === 'rect' && mark.row !== undefined)
      Object.assign(attrs, { stroke: colour(palette, 'bg'), 'stroke-width': 1.5 });
    // Waffle and weekly lines: a focus area (an announcement, a week) is unpainted until focused, and nothing
    // focuses a file.
    if ((kind === 'waffle' || kind === 'weekly') && mark.type === 'rect' && mark.row !== undefined)
      Object.assign(attrs, { fill: 'none', stroke: undefined, 'fill-opacity': undefined });
    return attrs;
  };
}
