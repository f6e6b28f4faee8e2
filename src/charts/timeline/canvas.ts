import type { Placer } from '../place.ts';
import type { Frame, Mark } from '../types.ts';

/** What each part of the timeline draws into: the spec's marks, its placed labels, and the frame. */
export interface Canvas {
  marks: Mark[];
  labels: Placer;
  frame: Frame;
  format: (value: number) => string;
}
