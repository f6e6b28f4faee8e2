/**
 * Spacing every kind shares, in SVG units, so charts side by side keep one rhythm.
 */

/** The space between a mark and its label, or between a label and the next thing. */
export const gap = 6;

/** The distance from one line of text to the next, at a frame's font size. */
export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.35);
}

/** The side of a key's square swatch, at a frame's font size. */
export function swatchSize(fontSize: number): number {
  return Math.round(fontSize * 0.8);
}
