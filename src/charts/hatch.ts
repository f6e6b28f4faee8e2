/**
 * Diagonal stripes clipped to a rectangle: the "hatched" treatment drawn as geometry, so it prints,
 * exports and survives forced colours without an SVG pattern.
 */
import { round } from './text.ts';
import type { Mark, RectMark } from './types.ts';

export function hatch(rect: RectMark, spacing = 6): Mark {
  const { x, y, width: w, height: h } = rect;
  let d = '';
  // Lines x + y = c run up and to the right; each is cut to the part inside the rectangle.
  for (let c = x + y + spacing; c < x + w + y + h; c += spacing) {
    const lo = Math.max(x, c - y - h);
    const hi = Math.min(x + w, c - y);
    if (hi - lo < 0.5) continue;
    d += `M${round(lo)},${round(c - lo)}L${round(hi)},${round(c - hi)}`;
  }
  return { type: 'path', tone: rect.tone, variant: 'hatched', d: d || `M${x},${y}` };
}

/** A rectangle with its hatching when its variant asks for it. */
export function withHatch(rect: RectMark, spacing?: number): Mark[] {
  return rect.variant === 'hatched' ? [rect, hatch(rect, spacing)] : [rect];
}
