import type { Placer } from '../place.ts';
import type { Frame, Mark } from '../types.ts';
import type { ComparisonView } from './data.ts';

/** What each part of the comparison draws into, and the plot's extent across the frame. */
export interface Canvas {
  marks: Mark[];
  labels: Placer;
  frame: Frame;
  format: (value: number) => string;
  view: ComparisonView;
  /** Where amounts start (bars) or the axis begins (dots), and where the plot ends. */
  plotLeft: number;
  plotRight: number;
  /** An amount's x, on the view's scale (a linear one cut at its top). */
  px: (value: number) => number;
}
