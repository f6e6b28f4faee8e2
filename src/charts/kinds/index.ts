/**
 * Every chart kind, from one list. Content validation (handed `kindRegistry`) and `chartSpec` both read
 * it, so a new kind is added here and in its own module, and nowhere else.
 */
import { barKind } from './bar.ts';
import { comparisonKind } from './comparison.ts';
import { dotplotKind } from './dotplot.ts';
import { lineKind } from './line.ts';
import { multiplesKind } from './multiples.ts';
import { stackedKind } from './stacked.ts';
import { timelineKind } from './timeline.ts';
import { waffleKind } from './waffle.ts';
import { weeklyKind } from './weekly.ts';
import type { ChartKind } from './define.ts';

export const kinds = [
  barKind,
  lineKind,
  timelineKind,
  comparisonKind,
  waffleKind,
  stackedKind,
  dotplotKind,
  multiplesKind,
  weeklyKind,
] as const;

export type KindName = (typeof kinds)[number]['name'];

/** The kinds by name, as loadContent and chartSpec look them up. */
export const kindRegistry: Readonly<Record<string, ChartKind>> = Object.fromEntries(
  kinds.map((kind) => [kind.name, kind as unknown as ChartKind]),
);
