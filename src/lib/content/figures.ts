/**
 * content/figures.yaml: the single numbers prose cites by name (<Num id>). A figure either points at a
 * dataset cell (and takes its type, unit, sources and confidence from the dataset, its row and column)
 * or gives its value and source itself. A figure of confidence L always carries its caveat.
 */
import { z } from 'zod';
import { units, type Unit } from './columns.ts';
import type { Dataset } from './datasets.ts';
import type { ContentLocation } from './errors.ts';
import { confidence, id, isoDate, partialDate } from './fields.ts';
import type { Reader } from './reader.ts';
import type { Sources } from './sources.ts';

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
    confidence,
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

/** A single figure prose can cite, resolved to its value and sources. */
export interface Figure {
  id: string;
  value: number | string;
  type: FigureType;
  unit?: Unit;
  /** Source ids, in the order they should be cited. */
  sources: string[];
  confidence: 'V' | 'L';
  /** The caveat that must stand beside a figure of confidence L. */
  note?: string;
  /** Where the figure lives, when it is a dataset cell. */
  dataset?: string;
}

const figureTypeOfColumn = {
  year: 'year',
  date: 'date',
  count: 'count',
  number: 'number',
  gbp: 'gbp',
  eur: 'eur',
  percent: 'percent',
} as const satisfies Partial<Record<string, FigureType>>;

type Pointer = z.output<typeof figurePointer>;

export function loadFigures(
  reader: Reader,
  sources: Sources,
  datasets: ReadonlyMap<string, Dataset>,
): Map<string, Figure> {
  const yaml = reader.readYaml(reader.path('figures.yaml'));
  return reader.readList<Figure>(yaml, (entry, index, file) => {
    // Validate against the form the entry is written in, so messages name the field that is wrong.
    const form = entry !== null && typeof entry === 'object' && 'value' in entry ? figureLiteral : figurePointer;
    const value = reader.entry<FigureEntry>(file, form, entry, index);
    if (!value) return undefined;
    const where = (field: string) => reader.at(file, index, field);
    if ('value' in value) {
      sources.check(value.source, where('source'));
      return {
        id: value.id,
        value: value.value,
        type: value.type,
        ...(value.unit ? { unit: value.unit } : {}),
        sources: [value.source],
        confidence: value.confidence,
        ...(value.note ? { note: value.note } : {}),
      };
    }
    return resolvePointer(reader, value, datasets, where);
  });
}

/** A figure that points at a dataset cell: the cell must exist, have a value, and be a number or a date. */
function resolvePointer(
  reader: Reader,
  value: Pointer,
  datasets: ReadonlyMap<string, Dataset>,
  where: (field: string) => ContentLocation,
): Figure | undefined {
  const dataset = datasets.get(value.dataset);
  if (!dataset) {
    reader.report(where('dataset'), `unknown dataset "${value.dataset}" (figure "${value.id}")`);
    return undefined;
  }
  const column = dataset.meta.columns[value.column];
  const type = column ? figureTypeOf(dataset, column, value.key) : undefined;
  if (!column || !type) {
    reader.report(where('column'), `"${value.column}" is not a numeric or date column of dataset "${dataset.id}"`);
    return undefined;
  }
  const row = dataset.rows.find((r) => String(r[dataset.meta.key]) === value.key);
  if (!row) {
    reader.report(where('key'), `dataset "${dataset.id}" has no row whose ${dataset.meta.key} is "${value.key}"`);
    return undefined;
  }
  const cell = row[value.column];
  if (cell === null || cell === undefined) {
    reader.report(where('column'), `dataset "${dataset.id}" row "${value.key}" has no value in "${value.column}"`);
    return undefined;
  }
  const rowSource = Object.entries(dataset.meta.columns).find(([, c]) => c.type === 'source')?.[0];
  const source = rowSource ? row[rowSource] : null;
  const { confidence, note } = certaintyOf(dataset, column, row, value.note);
  if (confidence === 'L' && !note) {
    reader.report(where('note'), 'points at a figure of confidence L, which must carry its caveat in `note`');
  }
  return {
    id: value.id,
    value: cell,
    type,
    ...(column.unit ? { unit: column.unit } : {}),
    sources: typeof source === 'string' ? [source] : [...dataset.meta.sources],
    confidence: confidence === 'L' ? 'L' : 'V',
    ...(note ? { note } : {}),
    dataset: dataset.id,
  };
}

/** The least certain of row, column and dataset wins; a likely column's caveat goes with each figure. */
function certaintyOf(
  dataset: Dataset,
  column: Dataset['meta']['columns'][string],
  row: Dataset['rows'][number],
  ownNote: string | undefined,
): { confidence: unknown; note: string | undefined } {
  const rowConfidence = Object.entries(dataset.meta.columns).find(([, c]) => c.type === 'confidence')?.[0];
  const rowIsLikely = (rowConfidence ? row[rowConfidence] : null) === 'L';
  const columnIsLikely = column.confidence === 'L';
  const confidence =
    rowIsLikely || columnIsLikely
      ? 'L'
      : ((rowConfidence ? row[rowConfidence] : null) ?? column.confidence ?? dataset.meta.confidence);
  const rowNote = typeof row['note'] === 'string' ? row['note'] : undefined;
  const columnCaveat = columnIsLikely ? column.caveat : undefined;
  const note = ownNote ?? ([rowNote, columnCaveat].filter(Boolean).join(' ') || undefined);
  return { confidence, note };
}

/** The figure type of a dataset cell: a money column's type is its row's currency. */
function figureTypeOf(
  dataset: Dataset,
  column: Dataset['meta']['columns'][string],
  key: string,
): FigureType | undefined {
  if (column.type !== 'money') return figureTypeOfColumn[column.type as keyof typeof figureTypeOfColumn];
  const row = dataset.rows.find((r) => String(r[dataset.meta.key]) === key);
  const currency = row && column.currency ? row[column.currency] : undefined;
  return currency === 'gbp' || currency === 'eur' ? currency : undefined;
}
