/**
 * The shape of a chart kind: one module (src/charts/kinds/<kind>.ts) declares its channels, views, option
 * schema and adapter. Content validation reads the first three (src/lib/content/kinds.ts says why it is
 * handed them rather than importing them); `chartSpec` runs the adapter.
 */
import { z } from 'zod';
import type { Dataset } from '../../lib/content/load.ts';
import type { KindContract, OptionProblem } from '../../lib/content/kinds.ts';
import type { ChartEntry } from '../../lib/content/schemas.ts';
import type { ChartSpec, Frame } from '../types.ts';

export interface ChartKind<V extends string = string, O extends z.ZodType = z.ZodType> extends KindContract {
  /** What `kind:` says in charts.yaml. */
  name: string;
  views: readonly V[];
  options: O;
  /**
   * Binds the chart's encoding to its dataset's columns and calls the pure chart function. `view` is one of
   * `views` (the first when none was asked for), or undefined for a kind without views; `options` are the
   * chart's options as the schema parsed them; `state` the state of a stepped story to draw (`{}` for the
   * whole chart, the only state a kind that does not declare `through` is given).
   */
  adapt: (
    chart: ChartEntry,
    dataset: Dataset,
    frame: Frame,
    view: V | undefined,
    options: z.output<O>,
    state: ChartState,
  ) => ChartSpec;
}

/** One state of a chart in a stepped story: drawn as it stood on the date `through` (ISO). */
export interface ChartState {
  through?: string;
}

/** Declares a kind; the identity function, there to infer the view and option types for `adapt`. */
export function defineKind<const V extends string, O extends z.ZodType>(kind: ChartKind<V, O>): ChartKind<V, O> {
  return kind;
}

/**
 * An options object that takes only the keys it names, plus keys starting with one of `prefixes` (e.g.
 * `group.` for `group.new: new money`). An unknown key is reported at its own path, with what the kind
 * takes, so the message names the field to fix.
 */
export function optionsSchema<S extends z.ZodRawShape>(
  kind: string,
  shape: S,
  prefixes: Readonly<Record<string, z.ZodType>> = {},
) {
  const known = Object.keys(shape);
  const takes = [...known, ...Object.keys(prefixes).map((p) => `${p}<value>`)];
  const offered = takes.length ? `a ${kind} chart takes: ${takes.join(', ')}` : `a ${kind} chart takes no options`;
  return z
    .object(shape)
    .catchall(z.unknown())
    .superRefine((options, ctx) => {
      for (const [key, value] of Object.entries(options)) {
        if (known.includes(key)) continue;
        const prefix = Object.keys(prefixes).find((p) => key.startsWith(p) && key.length > p.length);
        const schema = prefix === undefined ? undefined : prefixes[prefix];
        if (!schema) {
          ctx.addIssue({ code: 'custom', path: [key], message: `unknown option "${key}" (${offered})` });
          continue;
        }
        for (const issue of schema.safeParse(value).error?.issues ?? []) {
          ctx.addIssue({ code: 'custom', path: [key, ...issue.path], message: issue.message });
        }
      }
    });
}

/** The values of `options` whose keys start with `prefix`, by the rest of the key: `group.new` → `new`. */
export function prefixed(options: Readonly<Record<string, unknown>>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(options).flatMap(([key, value]) =>
      key.startsWith(prefix) && typeof value === 'string' ? [[key.slice(prefix.length), value]] : [],
    ),
  );
}

/** A comma-separated option as a list: `sum: one-off, two-year-total` → ['one-off', 'two-year-total']. */
export const commaList = z.string({ error: 'must be a value, or several separated by commas' }).transform((value) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
);

/** Problems, as the messages a failed render throws: each naming the chart and the option. */
export function optionErrors(chart: ChartEntry, problems: readonly OptionProblem[]): string {
  return problems.map((p) => `Chart "${chart.id}": options.${p.path.map(String).join('.')}: ${p.message}`).join('\n');
}
