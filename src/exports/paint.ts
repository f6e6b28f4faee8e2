/**
 * Chart marks as presentation attributes, for standalone files: the declarations the page's stylesheet
 * gives each mark, from the one module both read (src/styles/chart-marks.ts), with literal light-scheme
 * colours (src/styles/chart-colours.ts). Written as attributes on each mark (not a <style> element) so a
 * pasted snippet neither needs nor leaks CSS.
 */
import type { Paint } from '../charts/render.ts';
import { colour, type Palette } from '../lib/tokens.ts';
import { markDeclarations, markRules, type MarkRule } from '../styles/chart-marks.ts';

export function paintFor(palette: Palette, kind: string, rules: readonly MarkRule[] = markRules): Paint {
  return (mark) => markDeclarations(mark, kind, (name) => colour(palette, name), rules);
}
