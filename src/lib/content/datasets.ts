/**
 * content/data/<id>.csv and its sidecar <id>.yaml: the rows, and what they mean (columns, units, period,
 * sources, confidence, caveats). Every row is checked against its columns; a key is unique; a source
 * named in a row is in sources.yaml and in the sidecar's list.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { columnSchema, currencies } from './columns.ts';
import { parseCsv, type Row } from './csv.ts';
import { confidence, id, partialDate } from './fields.ts';
import type { Reader } from './reader.ts';
import type { Sources } from './sources.ts';
import { validateYaml, type YamlFile } from './yaml-file.ts';

export const periods = ['calendar-year', 'financial-year', 'date', 'year-to-date', 'multi-year'] as const;

export const datasetMetaSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Calendar and financial years never share an axis unlabelled: every dataset says which it uses. */
  period: z.enum(periods, { error: `must be one of: ${periods.join(', ')}` }),
  /** The column whose values name a row; figures point at rows by it. */
  key: z.string().min(1),
  sources: z.array(id).min(1, 'must list at least one source id'),
  confidence,
  /**
   * Date of the newest dated figure's publication, shown with each chart; the site's "figures as of" is the
   * latest of these. At the precision the brief gives (2025 when only the year is known), never a guessed day.
   */
  updated: partialDate,
  /**
   * Where a row's publication date is not known (the brief gives none), a sentence saying which: shown
   * beside the chart's date, so `updated` is never read as that row's date, nor a date guessed for it.
   */
  undated: z.string().min(1).optional(),
  /**
   * The last day (or month) the rows run to, where a chart's title or subtitle names it: charts.yaml writes
   * {through} and the date comes from here, so an import that moves the data moves the title with it.
   */
  through: partialDate.optional(),
  caveats: z.array(z.string().min(1)).default([]),
  columns: z.record(z.string(), columnSchema).refine((c) => Object.keys(c).length > 0, 'must list the columns'),
});
export type DatasetMeta = z.output<typeof datasetMetaSchema>;

export interface Dataset {
  id: string;
  /** Path of the CSV, relative to the project root. */
  file: string;
  meta: DatasetMeta;
  rows: Row[];
}

/** Every dataset under content/data/, by id, in file-name order. */
export function loadDatasets(reader: Reader, sources: Sources): Map<string, Dataset> {
  const datasets = new Map<string, Dataset>();
  const dataDir = reader.path('data');
  const files = existsSync(dataDir) ? readdirSync(dataDir).sort() : [];
  const csvFiles = files.filter((f) => f.endsWith('.csv'));
  for (const csvName of csvFiles) {
    const dataset = loadDataset(reader, sources, basename(csvName, '.csv'));
    if (dataset) datasets.set(dataset.id, dataset);
  }
  // A sidecar without its CSV is a dataset half-added.
  for (const yamlName of files.filter((f) => f.endsWith('.yaml'))) {
    if (!csvFiles.includes(yamlName.replace(/\.yaml$/, '.csv'))) {
      reader.report({ file: reader.rel(join(dataDir, yamlName)) }, 'has no CSV beside it with the same name');
    }
  }
  return datasets;
}

function loadDataset(reader: Reader, sources: Sources, id: string): Dataset | undefined {
  const metaYaml = reader.readYaml(reader.path('data', `${id}.yaml`));
  if (!metaYaml) return undefined;
  const { value: meta, errors } = validateYaml(metaYaml, datasetMetaSchema);
  reader.errors.push(...errors);
  if (!meta) return undefined;
  checkMeta(reader, sources, metaYaml, meta);
  const csvPath = reader.path('data', `${id}.csv`);
  const file = reader.rel(csvPath);
  const { rows, errors: rowErrors } = parseCsv(file, readFileSync(csvPath, 'utf8'), meta.columns);
  reader.errors.push(...rowErrors);
  checkRows(reader, sources, file, meta, rows);
  return { id, file, meta, rows };
}

/** The sidecar's sources exist, its key is a column, and a money column names a currency column. */
function checkMeta(reader: Reader, sources: Sources, yaml: YamlFile, meta: DatasetMeta): void {
  const where = (field: string, ...path: PropertyKey[]) => {
    const line = yaml.lineOf(path);
    return { file: yaml.file, ...(line ? { line } : {}), field };
  };
  meta.sources.forEach((ref, i) => sources.check(ref, where(`sources[${i}]`, 'sources', i)));
  if (!meta.columns[meta.key]) {
    reader.report(where('key', 'key'), `"${meta.key}" is not one of the declared columns`);
  }
  for (const [name, column] of Object.entries(meta.columns)) {
    if (column.type !== 'money' || column.currency === undefined) continue;
    const named = meta.columns[column.currency];
    const allowed =
      named?.type === 'enum' && (named.values ?? []).every((v) => (currencies as readonly string[]).includes(v));
    if (!allowed) {
      reader.report(
        where(`columns.${name}.currency`, 'columns', name),
        `"${column.currency}" must be an enum column of this dataset with values from: ${currencies.join(', ')}`,
      );
    }
  }
}

/** Keys are unique; a row's source is a known source, listed in the sidecar. */
function checkRows(reader: Reader, sources: Sources, file: string, meta: DatasetMeta, rows: Row[]): void {
  const seenKeys = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = row[meta.key];
    if (key === undefined || key === null) return;
    const at = { file, line: i + 2, row: i + 1 };
    const previous = seenKeys.get(String(key));
    if (previous !== undefined) {
      reader.report(
        { ...at, field: meta.key },
        `duplicate key "${key}" (also row ${previous}): the key column must be unique`,
      );
    }
    seenKeys.set(String(key), i + 1);
    for (const [name, column] of Object.entries(meta.columns)) {
      const ref = row[name];
      if (column.type !== 'source' || typeof ref !== 'string') continue;
      sources.check(ref, { ...at, field: name });
      if (!meta.sources.includes(ref)) {
        reader.report({ ...at, field: name }, `source "${ref}" is not listed in the sidecar's \`sources\``);
      }
    }
  });
}

/** The currencies a money column's rows with a value are in, in order met (one for a gbp or eur column). */
export function currenciesIn(dataset: Dataset, name: string): string[] {
  const column = dataset.meta.columns[name];
  if (!column) return [];
  if (column.type === 'gbp' || column.type === 'eur') return [column.type];
  if (column.type !== 'money' || !column.currency) return [];
  const currency = column.currency;
  const found = dataset.rows.flatMap((row) =>
    row[name] === null || row[name] === undefined ? [] : [String(row[currency])],
  );
  return [...new Set(found)];
}
