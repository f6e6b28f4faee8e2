/**
 * Text placement with collision avoidance: every label a kind places is remembered, and a new one goes
 * where it keeps clear of those and of any other obstacles (bars, dots), or is left out. What is left out
 * is always in the table and the tooltip, so a crowded chart drops words rather than printing them over
 * each other.
 */
import { boxesOverlap, textBox, type TextBox } from './text.ts';
import type { Mark, TextMark } from './types.ts';

export interface Clearance {
  /** Room to keep on the left and right as well as not overlapping (dates need a gap to read apart). */
  spacing?: number;
  /** Boxes that are not text but must not be covered, touching allowed. */
  obstacles?: readonly TextBox[];
  /** Where the text must stay; by default anywhere. */
  within?: Partial<TextBox>;
}

export interface Placer {
  /** Adds a text mark unconditionally, and remembers its box. */
  add(mark: TextMark): void;
  /** Whether a text mark would keep clear of everything placed and of the clearance's obstacles. */
  fits(mark: TextMark, clearance?: Clearance): boolean;
  /** Adds the first candidate that fits, and returns it; undefined (nothing added) when none fits. */
  place(candidates: readonly TextMark[], clearance?: Clearance): TextMark | undefined;
}

/** A placer writing into `marks` (the spec's list), measuring at the frame's font size. */
export function placer(marks: Mark[], fontSize: number): Placer {
  const placed: TextBox[] = [];
  const self: Placer = {
    add(mark) {
      marks.push(mark);
      placed.push(textBox(mark, fontSize));
    },
    fits(mark, { spacing = 0, obstacles = [], within = {} } = {}) {
      const box = textBox(mark, fontSize);
      const inside =
        box.left >= (within.left ?? -Infinity) &&
        box.right <= (within.right ?? Infinity) &&
        box.top >= (within.top ?? -Infinity) &&
        box.bottom <= (within.bottom ?? Infinity);
      if (!inside) return false;
      const spaced = { ...box, left: box.left - spacing, right: box.right + spacing };
      return !placed.some((b) => boxesOverlap(b, spaced)) && !obstacles.some((b) => boxesOverlap(b, box, 0));
    },
    place(candidates, clearance) {
      const fitting = candidates.find((mark) => self.fits(mark, clearance));
      if (fitting) self.add(fitting);
      return fitting;
    },
  };
  return self;
}

/**
 * Stacked labels (a column of them beside the bands they name), each wanting to be centred on `want`:
 * moved apart just enough that none overlaps the one above, and kept between `top` and `bottom`. Returns
 * each label's top. Top-down, each starts no higher than the one above it ends; bottom-up, none may end
 * below `bottom` (or the label under it). Labels are taken in the order given, top first.
 */
export function spread(labels: readonly { want: number; height: number }[], top: number, bottom: number): number[] {
  const tops = labels.map((l) => l.want - l.height / 2);
  const heights = labels.map((l) => l.height);
  for (let i = 0; i < tops.length; i++) {
    const above = i === 0 ? top : (tops[i - 1] ?? 0) + (heights[i - 1] ?? 0);
    tops[i] = Math.max(tops[i] ?? 0, above);
  }
  for (let i = tops.length - 1; i >= 0; i--) {
    const below = i === tops.length - 1 ? bottom : (tops[i + 1] ?? 0);
    tops[i] = Math.max(top, Math.min(tops[i] ?? 0, below - (heights[i] ?? 0)));
  }
  return tops;
}
