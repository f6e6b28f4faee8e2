/**
 * What content validation needs to know about a chart kind: the channels it binds, the views it draws,
 * the options it takes (a zod schema) and any check that needs the chart's dataset.
 *
 * Why this is a type here and not a list: src/lib/ is leaf helpers, and the kinds live in src/charts/kinds/
 * (each one module: channels, views, option schema and adapter), which imports from here. So the
 * dependency runs one way only: whoever loads content (content.config.ts, scripts/validate-content.ts, the
 * tests) hands loadContent the kind registry from src/charts/kinds/index.ts, and charts.ts checks every chart
 * against it. Nothing here imports src/charts/.
 */
import type { z } from 'zod';
import type { ChartEntry } from './charts.ts';
import type { Dataset } from './datasets.ts';

/** A problem an option check found: the path under `options` and a message for the person fixing it. */
export interface OptionProblem {
  path: readonly PropertyKey[];
  message: string;
}

export interface KindContract {
  /** Channels a chart of this kind must bind, and those it may. */
  channels: { required: readonly string[]; optional: readonly string[] };
  /** The views it can draw; the first is its default. Empty for a kind with one way of drawing. */
  views: readonly string[];
  /** Its `options` in charts.yaml. Checked when content is validated, so a bad option fails the build. */
  options: z.ZodType;
  /**
   * Whether the kind can draw a chart as it stood on a date (a state of a stepped story, `<Step through>`),
   * and the channel holding the dates. A chart of a kind without it can still be a step, shown whole
   * (no `through`); asked for a date's state, it is refused.
   */
  through?: { channel: string };
  /** Checks that need the dataset too (e.g. an option naming a value of a column). */
  check?: (chart: ChartEntry, dataset: Dataset) => OptionProblem[];
}

/** Every kind content may name, by the name written in `kind:`. */
export type KindRegistry = Readonly<Record<string, KindContract>>;
