/**
 * One zod schema per concept a maintainer writes by hand. Messages are written for the person fixing the
 * file: they say what is expected, not how zod sees it.
 */
import { z } from 'zod';

/** Permanent ids: they appear in URLs (charts are embedded in other people's pages). */
export const id = z
  .string({ error: 'is missing (an id in kebab-case, e.g. "small-boat-arrivals")' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** YAML turns bare dates into Date objects; authors write them bare, so accept both and keep the text. */
const dateText = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'must be an ISO 8601 date (YYYY-MM-DD)' }),
);

export const isoDate = dateText.refine(
  (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value),
  'must be an ISO 8601 date (YYYY-MM-DD), e.g. 2024-11-04',
);

/** A publication date at the precision the publisher gives: 2025, 2025-03 or 2025-03-31. */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  dateText.refine(
    (value) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && isRealDate(value),
    'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
  ),
);

export const httpsUrl = z.string().refine((value) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an https:// address');

export const sourceKinds = [
  'official-statistics',
  'press-release',
  'speech',
  'parliament',
  'audit-office',
  'legislation',
  'ngo',
  'international-organisation',
  'news',
] as const;

export const sourceSchema = z
  .strictObject({
    id,
    /** The publication's own title, or, with `described: true`, our description of a document whose title we do not have. */
    title: z.string().min(1),
    /** The title is our description, not the document's own: shown as such, never as a citation. */
    described: z.boolean().optional(),
    /** Who published it: the primary publisher, not whoever repeated it. */
    publisher: z.string().min(1),
    kind: z.enum(sourceKinds, { error: `must be one of: ${sourceKinds.join(', ')}` }),
    /** Omitted when the address has not been seen: the source is then cited by title and date. */
    url: httpsUrl.optional(),
    /** At the precision the publisher gives. */
    published: partialDate.optional(),
    /** For pages without one publication date ("daily"). */
    updated: z.string().min(1).optional(),
    /** When Crossings last checked the figures it takes from this source. */
    accessed: isoDate,
    note: z.string().min(1).optional(),
  })
  .refine((s) => s.published !== undefined || s.updated !== undefined || s.note !== undefined, {
    // A date we have not seen is never guessed: without one, the note must say why.
    message:
      'needs a `published` date, or `updated` (e.g. "daily") for pages without one, or a `note` saying why the date is unknown',
    path: ['published'],
  });
export type Source = z.output<typeof sourceSchema>;

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
    confidence: z.enum(['V', 'L'], { error: 'must be V (verified) or L (likely)' }).optional(),
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

export const periods = ['calendar-year', 'financial-year', 'date', 'year-to-date', 'multi-year'] as const;

export const datasetMetaSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Calendar and financial years never share an axis unlabelled: every dataset says which it uses. */
  period: z.enum(periods, { error: `must be one of: ${periods.join(', ')}` }),
  /** The column whose values name a row; figures point at rows by it. */
  key: z.string().min(1),
  sources: z.array(id).min(1, 'must list at least one source id'),
  confidence: z.enum(['V', 'L'], { error: 'must be V (verified) or L (likely)' }),
  /**
   * Date of the newest figure's publication: the site's "figures as of" is the latest of these. At the
   * precision the brief gives (2025 when only the year is known), never a guessed day.
   */
  updated: partialDate,
  caveats: z.array(z.string().min(1)).default([]),
  columns: z.record(z.string(), columnSchema).refine((c) => Object.keys(c).length > 0, 'must list the columns'),
});
export type DatasetMeta = z.output<typeof datasetMetaSchema>;

export const figureTypes = ['count', 'number', 'gbp', 'eur', 'percent', 'year', 'date'] as const;
export type FigureType = (typeof figureTypes)[number];

export const figurePointer = z.strictObject({
  id,
  dataset: id,
  key: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().min(1)),
  column: z.string().min(1),
  note: z.string().min(1).optional(),
});

export const figureLiteral = z
  .strictObject({
    id,
    /** A number, or an ISO date for figures of type `date`. */
    value: z.union([z.number(), isoDate], { error: 'must be a number (or an ISO date for type: date)' }),
    type: z.enum(figureTypes, { error: `must be one of: ${figureTypes.join(', ')}` }),
    unit: z.enum(units, { error: `must be one of the allowed units: ${units.join(', ')}` }).optional(),
    source: id,
    /** When the figure was stated, where that differs from the source's publication date. */
    date: partialDate.optional(),
    confidence: z.enum(['V', 'L'], { error: 'must be V (verified) or L (likely)' }),
    note: z.string().min(1).optional(),
  })
  .refine((f) => f.confidence !== 'L' || f.note !== undefined, {
    message: 'a figure of confidence L must carry its caveat in `note`',
    path: ['note'],
  })
  .refine((f) => (f.type === 'date') === (typeof f.value === 'string'), {
    message: 'a figure of type date takes an ISO date as its value; other types take a number',
    path: ['value'],
  });

export const figureSchema = z.union([figurePointer, figureLiteral], {
  error: 'must either point at a dataset cell (dataset, key, column) or give value, type, source, date and confidence',
});
export type FigureEntry = z.output<typeof figureSchema>;

export const chartSchema = z.strictObject({
  /** Permanent: it is in embed URLs. Add, never rename. */
  id,
  /** One of the kinds in src/charts/kinds/index.ts; loadContent checks it against that registry. */
  kind: z.string({ error: 'is missing (a chart kind, e.g. bar)' }).min(1),
  dataset: id,
  /** Channel → column name, e.g. { x: year, y: people }. Each kind says which channels it needs. */
  encoding: z.record(z.string(), z.string().min(1)),
  /** Kind-specific settings (e.g. people per square in a waffle), checked by the kind's own schema. */
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  /** A sentence saying what the chart shows. */
  title: z.string().min(1),
  /** The measure, unit and period. */
  subtitle: z.string().min(1),
  notes: z.array(z.string().min(1)).default([]),
  /**
   * Two or more honest views of the same data (e.g. count and share). The first is the default: it is
   * the one drawn without JavaScript and in print. The kind's adapter says which view ids it knows.
   */
  views: z
    .array(z.strictObject({ id, label: z.string().min(1) }))
    .min(2, 'needs at least two views, or none')
    .optional(),
});
export type ChartEntry = z.output<typeof chartSchema>;

export const sides = ['enforcement', 'safe-routes', 'neutral'] as const;

export const quoteSchema = z
  .strictObject({
    id,
    /** Exact words, short. Typographic apostrophes as the source prints them. */
    text: z.string().min(1).max(400, 'is too long for a quote: keep quotes short and link to the source'),
    speaker: z.string().min(1),
    /** The speaker's role at the time, e.g. "Home Secretary". */
    role: z.string().min(1),
    /** Where and when it was said or written. */
    occasion: z.string().min(1),
    /** At the precision the source gives (a report dated only "January 2024" gives 2024-01). */
    date: partialDate,
    source: id,
    /** Whose case the quote makes: chapters give each side the same room. */
    side: z.enum(sides, { error: `must be one of: ${sides.join(', ')}` }),
    /** The quote (id) this one was said in answer to, if any: the balance test keeps replies out of a case's own words. */
    answers: id.optional(),
    /** L when the words were read only in a secondary copy (a news report): then `caveat` says so. */
    confidence: z.enum(['V', 'L'], { error: 'must be V (verified) or L (likely)' }).default('V'),
    caveat: z.string().min(1).optional(),
  })
  .refine((q) => q.confidence !== 'L' || q.caveat !== undefined, {
    message: 'a quote of confidence L must carry its caveat in `caveat` (e.g. read only in a news copy)',
    path: ['caveat'],
  });
export type Quote = z.output<typeof quoteSchema>;

/**
 * A term the chapters use that a reader may not know. The definition is our own plain words, short
 * enough to read in a popover; `source` names where the term's official meaning is set out, if anywhere.
 */
export const termSchema = z.strictObject({
  id,
  /** The term as a heading shows it, e.g. "Asylum claim". */
  term: z.string().min(1),
  definition: z.string().min(1).max(400, 'is too long for a definition read in place: keep it under 400 characters'),
  source: id.optional(),
});
export type Term = z.output<typeof termSchema>;

export const chapterSchema = z.strictObject({
  title: z.string().min(1),
  order: z.number().int().positive(),
  summary: z.string().min(1),
  updated: isoDate,
});
export type ChapterMeta = z.output<typeof chapterSchema>;
