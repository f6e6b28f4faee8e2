/**
 * Reads everything under content/, validates it and checks every cross-reference
 * (chart → dataset → source, figure → dataset row or source, chapter → figure and chart).
 * Plain Node: the Astro loaders, the validation script and the tests all call this one function.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { ContentError, ContentErrors } from './errors.ts';
import { fieldName, parseYaml, validateYaml, type YamlFile } from './yaml-file.ts';
import { isRealDate, parseCsv, type Row } from './csv.ts';
import type { KindRegistry } from './kinds.ts';
import { loadChanges, type Change } from './changes.ts';
import {
  chapterSchema,
  chartSchema,
  currencies,
  datasetMetaSchema,
  figureLiteral,
  figurePointer,
  quoteSchema,
  type Quote,
  sourceSchema,
  termSchema,
  type ChapterMeta,
  type ChartEntry,
  type DatasetMeta,
  type FigureType,
  type Source,
  type Term,
  type Unit,
} from './schemas.ts';

export interface Dataset {
  id: string;
  /** Path of the CSV, relative to the project root. */
  file: string;
  meta: DatasetMeta;
  rows: Row[];
}

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

export interface Chapter {
  id: string;
  file: string;
  meta: ChapterMeta;
  /** Ids cited by the chapter's components, in order of first appearance. */
  uses: { figures: string[]; charts: string[]; sources: string[]; quotes: string[]; terms: string[] };
  /** Every citing component in document order: footnotes are numbered from this, not from render order. */
  refs: { kind: 'figure' | 'chart' | 'source' | 'quote'; id: string }[];
}

export interface Content {
  sources: Map<string, Source>;
  datasets: Map<string, Dataset>;
  charts: Map<string, ChartEntry>;
  figures: Map<string, Figure>;
  quotes: Map<string, Quote>;
  /** Glossary terms, in the order content/glossary.yaml lists them. */
  glossary: Map<string, Term>;
  chapters: Chapter[];
  /** The newest publication date among the datasets: the site's "figures as of". */
  asOf: string;
  /** Corrections and updates, from content/changes.yaml (see ./changes.ts), in the file's order. */
  changes: Change[];
}

export interface LoadOptions {
  /**
   * The folder holding chapters/, data/, sources.yaml, charts.yaml, figures.yaml and quotes.yaml, and
   * optionally glossary.yaml.
   */
  contentDir: string;
  /**
   * The chart kinds charts.yaml may name: `kindRegistry` from src/charts/kinds/index.ts. Handed in, not
   * imported, because src/lib/ is a leaf that the kinds import (see ./kinds.ts).
   */
  kinds: KindRegistry;
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

export function loadContent({ contentDir, kinds }: LoadOptions): Content {
  const errors: ContentError[] = [];
  // Paths in messages start at the content folder's parent ("content/data/x.csv"), wherever it lives.
  const rel = (path: string) => relative(dirname(contentDir), path) || path;

  function readYaml(path: string): YamlFile | undefined {
    if (!existsSync(path)) {
      errors.push(new ContentError({ file: rel(path) }, 'is missing'));
      return undefined;
    }
    try {
      return parseYaml(rel(path), readFileSync(path, 'utf8'));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
      return undefined;
    }
  }

  /** Validates a YAML list of entries that each carry an id, reporting duplicates at their line. */
  function readList<T extends { id: string }>(
    yaml: YamlFile | undefined,
    parse: (entry: unknown, index: number) => T | undefined,
  ): Map<string, T> {
    const map = new Map<string, T>();
    if (!yaml) return map;
    if (!Array.isArray(yaml.data)) {
      errors.push(
        new ContentError({ file: yaml.file, line: 1 }, 'must be a YAML list (each entry starting with "- id: ...")'),
      );
      return map;
    }
    yaml.data.forEach((entry, index) => {
      const value = parse(entry, index);
      if (!value) return;
      if (map.has(value.id)) {
        const line = yaml.lineOf([index, 'id']);
        errors.push(
          new ContentError(
            { file: yaml.file, ...(line ? { line } : {}), field: `[${index}].id` },
            `duplicate id "${value.id}": ids must be unique`,
          ),
        );
        return;
      }
      map.set(value.id, value);
    });
    return map;
  }

  function entryParser<T extends { id: string }>(
    yaml: YamlFile | undefined,
    schema: Parameters<typeof validateYaml>[1],
  ) {
    return (entry: unknown, index: number): T | undefined => {
      if (!yaml) return undefined;
      const result = validateYaml(yaml, schema, entry, [index]);
      errors.push(...result.errors);
      return result.value as T | undefined;
    };
  }

  // Sources
  const sourcesYaml = readYaml(join(contentDir, 'sources.yaml'));
  const sources = readList<Source>(sourcesYaml, entryParser(sourcesYaml, sourceSchema));

  function checkSource(ref: string, where: ConstructorParameters<typeof ContentError>[0]) {
    if (!sources.has(ref))
      errors.push(new ContentError(where, `unknown source id "${ref}": add it to content/sources.yaml`));
  }

  // Datasets: a CSV and its YAML sidecar each
  const datasets = new Map<string, Dataset>();
  const dataDir = join(contentDir, 'data');
  const csvFiles = existsSync(dataDir)
    ? readdirSync(dataDir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : [];
  for (const csvName of csvFiles) {
    const id = basename(csvName, '.csv');
    const csvPath = join(dataDir, csvName);
    const metaYaml = readYaml(join(dataDir, `${id}.yaml`));
    if (!metaYaml) continue;
    const { value: meta, errors: metaErrors } = validateYaml(metaYaml, datasetMetaSchema);
    errors.push(...metaErrors);
    if (!meta) continue;
    meta.sources.forEach((ref, i) => {
      const line = metaYaml.lineOf(['sources', i]);
      checkSource(ref, { file: metaYaml.file, ...(line ? { line } : {}), field: `sources[${i}]` });
    });
    if (!meta.columns[meta.key]) {
      const line = metaYaml.lineOf(['key']);
      errors.push(
        new ContentError(
          { file: metaYaml.file, ...(line ? { line } : {}), field: 'key' },
          `"${meta.key}" is not one of the declared columns`,
        ),
      );
    }
    for (const [name, column] of Object.entries(meta.columns)) {
      if (column.type !== 'money' || column.currency === undefined) continue;
      const named = meta.columns[column.currency];
      const allowed =
        named?.type === 'enum' && (named.values ?? []).every((v) => (currencies as readonly string[]).includes(v));
      if (!allowed) {
        const line = metaYaml.lineOf(['columns', name]);
        errors.push(
          new ContentError(
            { file: metaYaml.file, ...(line ? { line } : {}), field: `columns.${name}.currency` },
            `"${column.currency}" must be an enum column of this dataset with values from: ${currencies.join(', ')}`,
          ),
        );
      }
    }
    const { rows, errors: rowErrors } = parseCsv(rel(csvPath), readFileSync(csvPath, 'utf8'), meta.columns);
    errors.push(...rowErrors);
    const seenKeys = new Map<string, number>();
    rows.forEach((row, i) => {
      const key = row[meta.key];
      if (key === undefined || key === null) return;
      const previous = seenKeys.get(String(key));
      if (previous !== undefined) {
        errors.push(
          new ContentError(
            { file: rel(csvPath), line: i + 2, row: i + 1, field: meta.key },
            `duplicate key "${key}" (also row ${previous}): the key column must be unique`,
          ),
        );
      }
      seenKeys.set(String(key), i + 1);
      for (const [name, column] of Object.entries(meta.columns)) {
        const ref = row[name];
        if (column.type === 'source' && typeof ref === 'string') {
          checkSource(ref, { file: rel(csvPath), line: i + 2, row: i + 1, field: name });
          if (!meta.sources.includes(ref)) {
            errors.push(
              new ContentError(
                { file: rel(csvPath), line: i + 2, row: i + 1, field: name },
                `source "${ref}" is not listed in the sidecar's \`sources\``,
              ),
            );
          }
        }
      }
    });
    datasets.set(id, { id, file: rel(csvPath), meta, rows });
  }
  // A sidecar without its CSV is a dataset half-added.
  if (existsSync(dataDir)) {
    for (const yamlName of readdirSync(dataDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      if (!csvFiles.includes(yamlName.replace(/\.yaml$/, '.csv'))) {
        errors.push(
          new ContentError({ file: rel(join(dataDir, yamlName)) }, 'has no CSV beside it with the same name'),
        );
      }
    }
  }

  // Charts
  const chartsYaml = readYaml(join(contentDir, 'charts.yaml'));
  const charts = readList<ChartEntry>(chartsYaml, (entry, index) => {
    if (!chartsYaml) return undefined;
    const { value, errors: chartErrors } = validateYaml(chartsYaml, chartSchema, entry, [index]);
    errors.push(...chartErrors);
    if (!value) return undefined;
    const where = (field: string, ...path: PropertyKey[]) => {
      const line = chartsYaml.lineOf([index, ...path]);
      return { file: chartsYaml.file, ...(line ? { line } : {}), field: `[${index}].${field}` };
    };
    const kind = kinds[value.kind];
    if (!kind) {
      errors.push(
        new ContentError(where('kind', 'kind'), `must be one of the chart kinds: ${Object.keys(kinds).join(', ')}`),
      );
      return value;
    }
    // The kind's own option schema: a bad option fails here, at its line, not while the page renders.
    const options = validateYaml(chartsYaml, kind.options, value.options, [index, 'options']);
    errors.push(...options.errors);
    const dataset = datasets.get(value.dataset);
    if (!dataset) {
      errors.push(
        new ContentError(where('dataset', 'dataset'), `unknown dataset "${value.dataset}" (chart "${value.id}")`),
      );
      return value;
    }
    const {
      channels: { required, optional },
      views,
    } = kind;
    value.views?.forEach((v, i) => {
      if (!views.includes(v.id)) {
        const offered = views.length ? `it draws: ${views.join(', ')}` : 'it has no views';
        errors.push(
          new ContentError(
            where(`views[${i}].id`, 'views', i, 'id'),
            `a ${value.kind} chart has no view "${v.id}" (${offered})`,
          ),
        );
      }
    });
    for (const channel of required) {
      if (!value.encoding[channel]) {
        errors.push(
          new ContentError(
            where(`encoding.${channel}`, 'encoding'),
            `a ${value.kind} chart needs the channel "${channel}"`,
          ),
        );
      }
    }
    for (const [channel, column] of Object.entries(value.encoding)) {
      if (!required.includes(channel) && !optional.includes(channel)) {
        errors.push(
          new ContentError(
            where(`encoding.${channel}`, 'encoding', channel),
            `a ${value.kind} chart has no channel "${channel}" (it takes: ${[...required, ...optional].join(', ')})`,
          ),
        );
      }
      if (!dataset.meta.columns[column]) {
        errors.push(
          new ContentError(
            where(`encoding.${channel}`, 'encoding', channel),
            `column "${column}" is not in dataset "${dataset.id}" (columns: ${Object.keys(dataset.meta.columns).join(', ')})`,
          ),
        );
      }
    }
    // Checks that need the dataset (an option naming a row or a column's value), once the options parse.
    if (options.errors.length === 0) {
      for (const problem of kind.check?.(value, dataset) ?? []) {
        const path = ['options', ...problem.path];
        errors.push(new ContentError(where(fieldName(path), ...path), problem.message));
      }
    }
    // Sums in two currencies never share an axis: an axis of pounds and euros adds up nothing real.
    for (const [channel, column] of Object.entries(value.encoding)) {
      const found = currenciesIn(dataset, column);
      if (found.length > 1) {
        errors.push(
          new ContentError(
            where(`encoding.${channel}`, 'encoding', channel),
            `column "${column}" of dataset "${dataset.id}" holds sums in more than one currency (${found.join(', ')}): ` +
              'two currencies never share an axis; draw one chart per currency, and never convert',
          ),
        );
      }
    }
    return value;
  });

  // Figures
  const figuresYaml = readYaml(join(contentDir, 'figures.yaml'));
  const figures = readList<Figure>(figuresYaml, (entry, index) => {
    if (!figuresYaml) return undefined;
    // Validate against the form the entry is written in, so messages name the field that is wrong.
    const form = entry !== null && typeof entry === 'object' && 'value' in entry ? figureLiteral : figurePointer;
    const { value, errors: figureErrors } = validateYaml(figuresYaml, form, entry, [index]);
    errors.push(...figureErrors);
    if (!value) return undefined;
    const where = (field: string) => {
      const line = figuresYaml.lineOf([index, field]);
      return { file: figuresYaml.file, ...(line ? { line } : {}), field: `[${index}].${field}` };
    };
    if ('value' in value) {
      checkSource(value.source, where('source'));
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
    const dataset = datasets.get(value.dataset);
    if (!dataset) {
      errors.push(new ContentError(where('dataset'), `unknown dataset "${value.dataset}" (figure "${value.id}")`));
      return undefined;
    }
    const column = dataset.meta.columns[value.column];
    const type = column ? figureTypeOf(dataset, column, value.key) : undefined;
    if (!column || !type) {
      errors.push(
        new ContentError(
          where('column'),
          `"${value.column}" is not a numeric or date column of dataset "${dataset.id}"`,
        ),
      );
      return undefined;
    }
    const row = dataset.rows.find((r) => String(r[dataset.meta.key]) === value.key);
    if (!row) {
      errors.push(
        new ContentError(
          where('key'),
          `dataset "${dataset.id}" has no row whose ${dataset.meta.key} is "${value.key}"`,
        ),
      );
      return undefined;
    }
    const cell = row[value.column];
    if (cell === null || cell === undefined) {
      errors.push(
        new ContentError(
          where('column'),
          `dataset "${dataset.id}" row "${value.key}" has no value in "${value.column}"`,
        ),
      );
      return undefined;
    }
    const rowSource = Object.entries(dataset.meta.columns).find(([, c]) => c.type === 'source')?.[0];
    const rowConfidence = Object.entries(dataset.meta.columns).find(([, c]) => c.type === 'confidence')?.[0];
    const source = rowSource ? row[rowSource] : null;
    // The least certain of row, column and dataset wins; a likely column's caveat goes with each figure.
    const rowIsLikely = (rowConfidence ? row[rowConfidence] : null) === 'L';
    const columnIsLikely = column.confidence === 'L';
    const confidence =
      rowIsLikely || columnIsLikely
        ? 'L'
        : ((rowConfidence ? row[rowConfidence] : null) ?? column.confidence ?? dataset.meta.confidence);
    const rowNote = typeof row['note'] === 'string' ? row['note'] : undefined;
    const columnCaveat = columnIsLikely ? column.caveat : undefined;
    const note = value.note ?? ([rowNote, columnCaveat].filter(Boolean).join(' ') || undefined);
    if (confidence === 'L' && !note) {
      errors.push(
        new ContentError(where('note'), 'points at a figure of confidence L, which must carry its caveat in `note`'),
      );
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
  });

  // Quotes
  const quotesYaml = readYaml(join(contentDir, 'quotes.yaml'));
  const quotes = readList<Quote>(quotesYaml, (entry, index) => {
    if (!quotesYaml) return undefined;
    const { value, errors: quoteErrors } = validateYaml(quotesYaml, quoteSchema, entry, [index]);
    errors.push(...quoteErrors);
    if (value) {
      const line = quotesYaml.lineOf([index, 'source']);
      checkSource(value.source, { file: quotesYaml.file, ...(line ? { line } : {}), field: `[${index}].source` });
    }
    return value;
  });

  // Glossary: optional as a file (a content folder without terms needs none), but every <Term> must be in it.
  const glossaryPath = join(contentDir, 'glossary.yaml');
  const glossaryYaml = existsSync(glossaryPath) ? readYaml(glossaryPath) : undefined;
  const glossary = readList<Term>(glossaryYaml, (entry, index) => {
    if (!glossaryYaml) return undefined;
    const { value, errors: termErrors } = validateYaml(glossaryYaml, termSchema, entry, [index]);
    errors.push(...termErrors);
    if (value?.source) {
      const line = glossaryYaml.lineOf([index, 'source']);
      checkSource(value.source, { file: glossaryYaml.file, ...(line ? { line } : {}), field: `[${index}].source` });
    }
    return value;
  });

  // Chapters: frontmatter, and every component id they cite
  const chapters: Chapter[] = [];
  const chapterDir = join(contentDir, 'chapters');
  const chapterFiles = existsSync(chapterDir)
    ? readdirSync(chapterDir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];
  const orders = new Map<number, string>();
  /** Each step's chart and date, where first met: a step's figure is named by the two, site-wide. */
  const steps = new Map<string, string>();
  for (const name of chapterFiles) {
    const path = join(chapterDir, name);
    const file = rel(path);
    const text = readFileSync(path, 'utf8');
    const match = /^---\n([\s\S]*?)\n---/.exec(text);
    if (!match?.[1]) {
      errors.push(
        new ContentError({ file, line: 1 }, 'needs frontmatter between --- lines (title, order, summary, updated)'),
      );
      continue;
    }
    let yaml: YamlFile;
    try {
      // Frontmatter starts on line 2: offset the reported lines by one.
      const parsed = parseYaml(file, match[1]);
      yaml = {
        ...parsed,
        lineOf: (p) => {
          const l = parsed.lineOf(p);
          return l === undefined ? undefined : l + 1;
        },
      };
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      continue;
    }
    const { value: meta, errors: metaErrors } = validateYaml(yaml, chapterSchema);
    errors.push(...metaErrors);
    if (!meta) continue;
    const clash = orders.get(meta.order);
    if (clash) {
      errors.push(new ContentError({ file, field: 'order' }, `order ${meta.order} is also used by ${clash}`));
    }
    orders.set(meta.order, file);
    const uses = {
      figures: [] as string[],
      charts: [] as string[],
      sources: [] as string[],
      quotes: [] as string[],
      terms: [] as string[],
    };
    /** Line of each term's <Term> in this chapter: a term is marked once, at its first use. */
    const termLines = new Map<string, number>();
    const refs: Chapter['refs'] = [];
    const lookups = {
      Num: { ids: figures, list: uses.figures, what: 'figure', where: 'content/figures.yaml' },
      Chart: { ids: charts, list: uses.charts, what: 'chart', where: 'content/charts.yaml' },
      Source: { ids: sources, list: uses.sources, what: 'source', where: 'content/sources.yaml' },
      Quote: { ids: quotes, list: uses.quotes, what: 'quote', where: 'content/quotes.yaml' },
      // A guess is asked before the chart that answers it, and named by that chart's id.
      Guess: { ids: charts, list: [] as string[], what: 'chart', where: 'content/charts.yaml' },
      // A step of a stepped story shows a chart (in one state) beside its text; the full chart is a <Chart>.
      Step: { ids: charts, list: [] as string[], what: 'chart', where: 'content/charts.yaml' },
    } as const;
    // MDX comments are not rendered, so components inside them cite nothing. Blank them out, keeping
    // line breaks so reported line numbers stay right.
    const rendered = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
    rendered.split('\n').forEach((lineText, i) => {
      for (const m of lineText.matchAll(/<Step\b[^>]*>/g)) {
        errors.push(...stepProblems(m[0], { file, line: i + 1 }, charts, datasets, kinds, steps));
      }
      for (const m of lineText.matchAll(/<(Num|Chart|Source|Quote|Term|Guess|Step)\b[^>]*?\bid=["']([^"']+)["']/g)) {
        const ref = m[2] ?? '';
        const where = { file, line: i + 1, field: `<${m[1]} id>` };
        if (m[1] === 'Term') {
          const first = termLines.get(ref);
          if (!glossary.has(ref)) {
            errors.push(new ContentError(where, `unknown term id "${ref}" (see content/glossary.yaml)`));
          } else if (first !== undefined) {
            errors.push(
              new ContentError(
                where,
                `term "${ref}" is already marked on line ${first}: <Term> marks only its first use in a chapter`,
              ),
            );
          } else {
            termLines.set(ref, i + 1);
            uses.terms.push(ref);
          }
          continue;
        }
        const lookup = lookups[m[1] as keyof typeof lookups];
        if (!lookup.ids.has(ref)) {
          errors.push(new ContentError(where, `unknown ${lookup.what} id "${ref}" (see ${lookup.where})`));
        } else if (m[1] !== 'Guess' && m[1] !== 'Step') {
          // A guess only names its chart: the <Chart> after it is the chart's place in the chapter and its notes.
          refs.push({ kind: lookup.what, id: ref });
          if (!(lookup.list as string[]).includes(ref)) (lookup.list as string[]).push(ref);
        }
      }
      // <GuessAmount answer of>: two figures, both amounts in pounds. The question, its words, cites the
      // whole with a <Num> of its own; the answer is only shown after "Show me", and cited where the prose gives it.
      for (const m of lineText.matchAll(/<GuessAmount\b([^>]*)>/g)) {
        const attrs = m[1] ?? '';
        const found = { answer: '', of: '' };
        for (const name of ['answer', 'of'] as const) {
          const where = { file, line: i + 1, field: `<GuessAmount ${name}>` };
          const id = new RegExp(`\\b${name}=["']([^"']+)["']`).exec(attrs)?.[1];
          const figure = id === undefined ? undefined : figures.get(id);
          if (id === undefined) errors.push(new ContentError(where, 'is missing: it names a figure id'));
          else if (!figure)
            errors.push(new ContentError(where, `unknown figure id "${id}" (see content/figures.yaml)`));
          else if (figure.type !== 'gbp' || typeof figure.value !== 'number') {
            errors.push(
              new ContentError(where, `figure "${id}" is ${figure.type}: a guess of an amount needs gbp figures`),
            );
          } else found[name] = id;
        }
        const [answer, whole] = [figures.get(found.answer), figures.get(found.of)];
        if (answer && whole && Number(answer.value) > Number(whole.value)) {
          errors.push(
            new ContentError(
              { file, line: i + 1, field: '<GuessAmount answer>' },
              `figure "${found.answer}" is larger than "${found.of}", the whole it is a part of`,
            ),
          );
        }
      }
    });
    chapters.push({ id: chapterId(name), file, meta, uses, refs });
  }
  chapters.sort((a, b) => a.meta.order - b.meta.order);

  const changeLog = loadChanges(join(contentDir, 'changes.yaml'), rel(join(contentDir, 'changes.yaml')), {
    figures: new Set(figures.keys()),
    datasets: new Map(
      [...datasets].map(([id, d]) => [
        id,
        { columns: Object.keys(d.meta.columns), keys: new Set(d.rows.map((r) => String(r[d.meta.key]))) },
      ]),
    ),
  });
  errors.push(...changeLog.errors);

  if (errors.length > 0) throw new ContentErrors(errors);

  const asOf =
    [...datasets.values()]
      .map((d) => d.meta.updated)
      .sort()
      .at(-1) ?? '';
  return { sources, datasets, charts, figures, quotes, glossary, chapters, asOf, changes: changeLog.changes };
}

/**
 * A `<Step id="chart" through="YYYY-MM-DD">` tag's problems beyond its chart id (checked with the other
 * ids): a `through` date must be a real date, for a chart whose kind can draw a date's state, on or after
 * its first dated row, so that no step shows an empty chart.
 */
function stepProblems(
  tag: string,
  at: { file: string; line: number },
  charts: ReadonlyMap<string, ChartEntry>,
  datasets: ReadonlyMap<string, Dataset>,
  kinds: KindRegistry,
  steps: Map<string, string>,
): ContentError[] {
  const attribute = (name: string) => new RegExp(`\\b${name}=["']([^"']*)["']`).exec(tag)?.[1];
  const id = attribute('id');
  const through = attribute('through');
  if (id === undefined) return [new ContentError({ ...at, field: '<Step id>' }, 'needs id, the chart the step shows')];
  const key = `${id} ${through ?? 'whole'}`;
  const first = steps.get(key);
  if (first !== undefined) {
    return [
      new ContentError(
        { ...at, field: '<Step id>' },
        `another step already shows chart "${id}"${through ? ` through ${through}` : ''} (${first}): each step shows its own state`,
      ),
    ];
  }
  steps.set(key, `${at.file}:${at.line}`);
  const chart = charts.get(id);
  if (through === undefined || !chart) return [];
  const where = { ...at, field: '<Step through>' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(through) || !isRealDate(through)) {
    return [new ContentError(where, `"${through}" must be a real date, written YYYY-MM-DD`)];
  }
  const channel = kinds[chart.kind]?.through?.channel;
  if (!channel) {
    return [
      new ContentError(where, `chart "${id}" is a ${chart.kind} chart, which cannot be drawn as it stood on a date`),
    ];
  }
  if (attribute('what') === undefined) {
    return [
      new ContentError(
        { ...at, field: '<Step what>' },
        'a step drawn through a date needs `what`, the words its title starts with ("Money announced for the BSC")',
      ),
    ];
  }
  const column = chart.encoding[channel];
  const dates = (datasets.get(chart.dataset)?.rows ?? []).flatMap((row) => {
    const value = column ? row[column] : undefined;
    return typeof value === 'string' ? [value] : [];
  });
  if (!dates.some((date) => date <= through)) {
    return [
      new ContentError(where, `chart "${id}" has nothing dated on or before ${through}: the step would be empty`),
    ];
  }
  return [];
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

/**
 * What a reader must see beside a chart: the dataset's caveats, then the caveat of every likely column the
 * chart draws (so a likely column never loses its caveat in a verified dataset), then the chart's notes.
 */
export function chartCaveats(chart: ChartEntry, dataset: Dataset): string[] {
  const columns = [...new Set(Object.values(chart.encoding))];
  const fromColumns = columns.flatMap((name) => {
    const column = dataset.meta.columns[name];
    return column?.confidence === 'L' && column.caveat ? [`${column.label}: ${column.caveat}`] : [];
  });
  return [...new Set([...dataset.meta.caveats, ...fromColumns, ...chart.notes])];
}

/** `03-the-money.mdx` → `the-money`: the number orders files for authors; the URL stays stable if it changes. */
export function chapterId(fileName: string): string {
  return fileName.replace(/\.mdx$/, '').replace(/^\d+-/, '');
}
