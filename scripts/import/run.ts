/**
 * One import, start to finish: read the file, work out what changes, print it, and (unless a dry run)
 * write it. Everything is checked before the first byte is written: the file's shape, its date against the
 * data already imported, and the whole content folder as it would be after the import (validated exactly as
 * the build validates it, in a copy). A refusal leaves content/ as it was.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { kindRegistry } from '../../src/charts/kinds/index.ts';
import { ContentErrors } from '../../src/lib/content/errors.ts';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { formatDate } from '../../src/lib/format.ts';
import { DATASETS, importedDatasets, throughOf, toCsv, type Table } from './datasets.ts';
import { readRelease, ReleaseError } from './release.ts';
import { buildReport, changesEntry, isEmpty, reportItems, reportText, type Report } from './report.ts';

export interface ImportOptions {
  /** The .ods file. */
  readonly file: string;
  /** The date the Home Office published it (YYYY-MM-DD). */
  readonly published: string;
  readonly dryRun: boolean;
  readonly allowOlder: boolean;
  readonly contentDir: string;
}

export interface ImportResult {
  readonly report: Report;
  readonly text: string;
  /** Paths written, relative to the content folder (none on a dry run or when nothing changes). */
  readonly written: readonly string[];
}

/** An import refused: the message names what is wrong (for a bad file: its sheet, row and column). */
export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}

const CHANGES_HEADER = `# What has changed on the site, newest first: corrections and updates, dated. Entries written by
# \`npm run data:import\` list every figure a Home Office release revised (dataset, key, column, old, new).
`;

/**
 * content/changes.yaml with `entry` in its place: the file lists entries newest first, so it goes before the
 * first entry dated earlier; after any of the same day, whose anchors (change-<date>, change-<date>-2) stay.
 */
export function withEntry(existing: string, date: string, entry: string): string {
  const text = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  for (const m of text.matchAll(/^- date: ['"]?(\d{4}-\d{2}-\d{2})/gm)) {
    if ((m[1] ?? '') < date) return `${text.slice(0, m.index)}${entry}\n${text.slice(m.index)}`;
  }
  return `${text}${text === '' || text.endsWith('\n\n') || !/^- date: /m.test(text) ? '' : '\n'}${entry}`;
}

function isRealIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function load(contentDir: string, when: string): Content {
  try {
    return loadContent({ contentDir, kinds: kindRegistry });
  } catch (error) {
    if (error instanceof ContentErrors) throw new ImportRefused(`${when}:\n${error.message}`);
    throw error;
  }
}

interface FigurePointer {
  id: string;
  dataset: string;
  key: string;
  column: string;
}

function figurePointers(contentDir: string): FigurePointer[] {
  const data: unknown = parseYaml(readFileSync(join(contentDir, 'figures.yaml'), 'utf8'));
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const e = entry as Record<string, unknown>;
    return typeof e['id'] === 'string' && typeof e['dataset'] === 'string' && typeof e['column'] === 'string'
      ? [{ id: e['id'], dataset: e['dataset'], key: String(e['key']), column: e['column'] }]
      : [];
  });
}

/** Writes each file beside its place and renames it in: a reader of content/ never sees half a file. */
function writeAll(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    const target = join(dir, path);
    writeFileSync(`${target}.import-tmp`, text);
    renameSync(`${target}.import-tmp`, target);
  }
}

export function runImport(options: ImportOptions): ImportResult {
  if (!isRealIsoDate(options.published)) {
    throw new ImportRefused(
      `--published must be the date the file was published, as YYYY-MM-DD (got "${options.published}")`,
    );
  }
  if (!existsSync(options.file)) throw new ImportRefused(`${options.file}: no such file`);
  let release;
  try {
    release = readRelease(readFileSync(options.file));
  } catch (error) {
    if (error instanceof ReleaseError) {
      throw new ImportRefused(`${options.file} is refused, and nothing was written.\n${error.message}`);
    }
    throw error;
  }
  const through = throughOf(release);
  if (options.published < through) {
    throw new ImportRefused(
      `--published ${options.published} is before the last day in the file (${through}, sheet SB_01, row ${release.daily.length + 1}, column A): a file cannot be published before the day its figures run to`,
    );
  }

  const content = load(options.contentDir, 'content/ is not valid before the import: fix it first');
  const daily = content.datasets.get(DATASETS.daily);
  const lastDay = daily?.rows.at(-1)?.['date'];
  const beforeIssue =
    daily && typeof lastDay === 'string' ? { published: String(daily.meta.updated), through: lastDay } : undefined;
  if (
    beforeIssue &&
    !options.allowOlder &&
    (options.published < beforeIssue.published || through < beforeIssue.through)
  ) {
    throw new ImportRefused(
      `${options.file} is refused, and nothing was written.\nsheet SB_01, row ${release.daily.length + 1}, column A (Date): the file (published ${formatDate(options.published)}, to ${formatDate(through)}) is older than the data already imported (published ${formatDate(beforeIssue.published)}, to ${formatDate(beforeIssue.through)}). To go back to it on purpose, add --allow-older.`,
    );
  }

  const issue = { release, published: options.published };
  const yearly = content.datasets.get(DATASETS.yearly);
  const datasets = importedDatasets(issue, yearly ? { rows: yearly.rows, sources: yearly.meta.sources } : undefined);

  const files = new Map<string, string>();
  for (const d of datasets) {
    for (const [path, text] of [
      [`data/${d.id}.csv`, toCsv(d)],
      [`data/${d.id}.yaml`, d.yaml],
    ] as const) {
      const full = join(options.contentDir, path);
      if (!existsSync(full) || readFileSync(full, 'utf8') !== text) files.set(path, text);
    }
  }
  const changedDatasets = datasets
    .filter((d) => [...files.keys()].some((p) => p.startsWith(`data/${d.id}.`)))
    .map((d) => d.id);

  const before = new Map<string, Table>();
  for (const d of datasets) {
    const current = content.datasets.get(d.id);
    if (current) before.set(d.id, current.rows);
  }
  const report = buildReport({
    issue,
    datasets,
    before,
    beforeIssue,
    figurePointers: figurePointers(options.contentDir),
    charts: [...content.charts.values()].map((c) => ({ id: c.id, dataset: c.dataset })),
    chapters: content.chapters.map((c) => ({
      file: c.file,
      figures: c.uses.figures,
      charts: c.uses.charts,
      source: readFileSync(join(options.contentDir, 'chapters', basename(c.file)), 'utf8'),
    })),
    changedDatasets,
  });

  const written: string[] = [];
  if (!options.dryRun && !isEmpty(report)) {
    const changesPath = join(options.contentDir, 'changes.yaml');
    const existing = existsSync(changesPath) ? readFileSync(changesPath, 'utf8') : CHANGES_HEADER;
    // Readers are told of what they can see change; a dataset only laid out anew adds no entry.
    if (reportItems(report).length)
      files.set('changes.yaml', withEntry(existing, report.published, changesEntry(report)));

    // The content folder as it would be, checked as the build checks it, before content/ is touched.
    const stage = mkdtempSync(join(tmpdir(), 'crossings-import-'));
    try {
      const staged = join(stage, 'content');
      cpSync(options.contentDir, staged, { recursive: true });
      writeAll(staged, files);
      load(staged, 'the import would leave content/ invalid, so nothing was written');
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
    writeAll(options.contentDir, files);
    written.push(...[...files.keys()].sort());
  }
  const text = [
    reportText(report, options.file, options.dryRun),
    ...(written.length ? ['Written:', ...written.map((p) => `  content/${p}`), ''] : []),
  ].join('\n');
  return { report, text, written };
}
