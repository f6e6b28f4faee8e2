/**
 * A dataset's columns, as its sidecar YAML declares them: type, label, unit, the words readers see for
 * enum values, the currency of a money column, and a column's own confidence where it is less sure than
 * its dataset.
 */
import { z } from 'zod';
import { confidence } from './fields.ts';

export const columnTypes = [
  'year',
  'date',
  'count',
  'number',
  'gbp',
  'eur',
  'money',
  'percent',
  'text',
  'source',
  'confidence',
  'enum',
] as const;
export type ColumnType = (typeof columnTypes)[number];

export const units = ['people', 'people-per-boat', 'deaths', 'grants', 'cases', 'staff', 'decisions'] as const;
export type Unit = (typeof units)[number];

/** The currencies a `money` column's rows may be in: the row's `currency` column names one. */
export const currencies = ['gbp', 'eur'] as const;
export type Currency = (typeof currencies)[number];

export const columnSchema = z
  .strictObject({
    type: z.enum(columnTypes, { error: `must be one of: ${columnTypes.join(', ')}` }),
    label: z.string().min(1),
    unit: z.enum(units, { error: `must be one of the allowed units: ${units.join(', ')}` }).optional(),
    optional: z.boolean().optional(),
    values: z.array(z.string().min(1)).min(1).optional(),
    /**
     * The words readers see for each value, where they differ from the value itself: the chart's labels,
     * keys and table use them (e.g. `home-office: Home Office`). Names live here, never in chart code.
     */
    names: z.record(z.string(), z.string().min(1)).optional(),
    /** A short description readers see beside a value's name (e.g. what a counter counts). */
    details: z.record(z.string(), z.string().min(1)).optional(),
    /**
     * For a `money` column: the column (an enum of gbp, eur) that says which currency each row's sum is in.
     * Sums are kept in the currency committed; Crossings never converts them.
     */
    currency: z.string().min(1).optional(),
    /**
     * A column less certain than its dataset (e.g. likely grant rates in a verified dataset). Overrides the
     * dataset's `confidence` for every figure drawn from this column.
     */
    confidence: confidence.optional(),
    /** What is uncertain about the column: required when `confidence` is L, and shown with its figures. */
    caveat: z.string().min(1).optional(),
  })
  .refine((c) => c.type !== 'enum' || c.values !== undefined, {
    message: 'an enum column needs `values`',
    path: ['values'],
  })
  .superRefine((c, ctx) => {
    // A name for a value the column cannot hold is a typo: it would silently never show.
    for (const field of ['names', 'details'] as const) {
      for (const value of Object.keys(c[field] ?? {})) {
        if (c.values && !c.values.includes(value)) {
          ctx.addIssue({
            code: 'custom',
            path: [field, value],
            message: `"${value}" is not one of the column's values (${c.values.join(', ')})`,
          });
        }
      }
    }
  })
  .refine((c) => c.confidence !== 'L' || c.caveat !== undefined, {
    message: 'a column of confidence L must carry its caveat in `caveat` (what is uncertain, shown beside its figures)',
    path: ['caveat'],
  })
  .refine((c) => (c.type === 'money') === (c.currency !== undefined), {
    message: 'a money column names its currency column in `currency` (and only a money column does)',
    path: ['currency'],
  });
export type Column = z.output<typeof columnSchema>;
