/**
 * What an import changes, worked out before anything is written: new days and weeks, every figure the file
 * revises (old and new), yearly totals that change, and the figures, charts and chapters those changes
 * reach. Rendered as text for the maintainer and as an entry of content/changes.yaml for readers.
 */
import { formatCount, formatDate } from '../../src/lib/format.ts';
import { DATASETS, scalar, throughOf, type ImportedDataset, type Issue, type Table, type Value } from './datasets.ts';
import { sentencesCiting } from './sentences.ts';

export interface Revision {
  readonly dataset: string;
  readonly key: string;
  readonly column: string;
  readonly old: number | null;
  readonly new: number | null;
}

/** A figure now given where the site had none (an empty cell filled), such as 2025's people per boat. */
export interface Filled {
  readonly dataset: string;
  readonly key: string;
  readonly column: string;
  readonly value: number;
}

export interface Reach {
  readonly figures: readonly string[];
  readonly charts: readonly string[];
  readonly chapters: readonly string[];
  /** Each sentence citing a reached figure: "content/chapters/NN-slug.mdx:31: … {arrivals-2022} in 2022." */
  readonly sentences: readonly string[];
}

export interface Report {
  readonly published: string;
  readonly through: string;
  /** The publication date and last day of the data the site held before, if imported before. */
  readonly before: { readonly published: string; readonly through: string } | undefined;
  readonly newDays: readonly string[];
  readonly newWeeks: readonly string[];
  /** Days or weeks the site held that the file does not (only with --allow-older). */
  readonly dropped: readonly string[];
  readonly revisions: readonly Revision[];
  readonly filled: readonly Filled[];
  readonly yearly: readonly string[];
  /** The yearly lines as the changes page gives them: in words, the figures in `revisions` (no number typed by hand). */
  readonly yearlyInWords: readonly string[];
  readonly yearToDate: string | undefined;
  readonly reach: Reach;
  readonly changedDatasets: readonly string[];
}

/** The columns whose figures count as revised when they change (notes and derived year-to-date excluded). */
const COMPARED: Record<string, readonly string[]> = {
  [DATASETS.daily]: ['people', 'boats', 'uncontrolled_boats'],
  [DATASETS.weekly]: ['people', 'boats', 'uncontrolled_boats', 'people_prevented', 'events_prevented'],
  [DATASETS.yearly]: ['people', 'boats', 'people_per_boat'],
};

function num(value: Value | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

function keyed(rows: Table, key: string): Map<string, Readonly<Record<string, Value>>> {
  return new Map(rows.map((r) => [String(r[key]), r]));
}

export function compare(
  dataset: ImportedDataset,
  before: Table | undefined,
): { added: string[]; dropped: string[]; revisions: Revision[]; filled: Filled[] } {
  const old = keyed(before ?? [], dataset.key);
  const now = keyed(dataset.rows, dataset.key);
  const added = [...now.keys()].filter((k) => !old.has(k)).sort();
  const dropped = [...old.keys()].filter((k) => !now.has(k)).sort();
  const revisions: Revision[] = [];
  const filled: Filled[] = [];
  for (const [key, row] of [...now].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const was = old.get(key);
    if (!was) continue;
    for (const column of COMPARED[dataset.id] ?? []) {
      const a = num(was[column]);
      const b = num(row[column]);
      if (a === b) continue;
      if (a === null && b !== null && !(column in was && was[column] !== null)) {
        filled.push({ dataset: dataset.id, key, column, value: b });
      } else revisions.push({ dataset: dataset.id, key, column, old: a, new: b });
    }
  }
  return { added, dropped, revisions, filled };
}

function range(keys: readonly string[]): string {
  const first = keys[0];
  const last = keys.at(-1);
  if (first === undefined || last === undefined) return '';
  return first === last ? formatDate(first) : `${formatDate(first)} to ${formatDate(last)}`;
}

function n(value: number | null): string {
  return value === null ? 'not available' : formatCount(value);
}

const COLUMN_WORDS: Record<string, string> = {
  people: 'people',
  boats: 'boats',
  uncontrolled_boats: 'boats in uncontrolled landings',
  people_prevented: 'people prevented (French estimate)',
  events_prevented: 'crossings prevented (French estimate)',
  people_per_boat: 'people per boat',
};

function revisionText(r: Revision): string {
  const what = COLUMN_WORDS[r.column] ?? r.column;
  const when =
    r.dataset === DATASETS.yearly
      ? r.key
      : r.dataset === DATASETS.weekly
        ? `the week ending ${formatDate(r.key)}`
        : formatDate(r.key);
  return `${when}, ${what}: ${n(r.old)} revised to ${n(r.new)}`;
}

export interface ReportInput {
  readonly issue: Issue;
  readonly datasets: readonly ImportedDataset[];
  /** The site's rows before the import, by dataset id (absent where the dataset does not exist yet). */
  readonly before: ReadonlyMap<string, Table>;
  readonly beforeIssue: { readonly published: string; readonly through: string } | undefined;
  /** Figures that point at dataset cells: id, dataset, key, column. */
  readonly figurePointers: readonly { id: string; dataset: string; key: string; column: string }[];
  readonly charts: readonly { id: string; dataset: string }[];
  /** Each chapter's file, what it cites, and its MDX source (for the sentences that cite a reached figure). */
  readonly chapters: readonly {
    file: string;
    figures: readonly string[];
    charts: readonly string[];
    source?: string;
  }[];
  /** Files whose bytes would change. */
  readonly changedDatasets: readonly string[];
}

export function buildReport(input: ReportInput): Report {
  const byId = new Map(input.datasets.map((d) => [d.id, d]));
  const part = (id: string) => {
    const dataset = byId.get(id);
    return dataset ? compare(dataset, input.before.get(id)) : { added: [], dropped: [], revisions: [], filled: [] };
  };
  const daily = part(DATASETS.daily);
  const weekly = part(DATASETS.weekly);
  const yearly = part(DATASETS.yearly);

  const yearlyDataset = byId.get(DATASETS.yearly);
  const yearlyNow = yearlyDataset?.rows ?? [];
  const kept = new Set(yearlyDataset?.kept ?? []);
  const yearlyBefore = keyed(input.before.get(DATASETS.yearly) ?? [], 'year');
  const through = throughOf(input.issue.release);
  const ytd = keyed(byId.get(DATASETS.yearToDate)?.rows ?? [], 'year');
  const yearlyLines: string[] = [];
  const yearlyInWords: string[] = [];
  for (const row of yearlyNow) {
    const key = String(row['year']);
    const was = yearlyBefore.get(key);
    const people = num(row['people']);
    if (kept.has(key)) {
      // A year the file holds only in part: the site keeps the row it had, and says so.
      const soFar = num(ytd.get(key)?.['people']);
      if (key === through.slice(0, 4)) {
        yearlyLines.push(
          `${key}: the file runs only to ${formatDate(through)} (${n(soFar)} people so far), so the site keeps its yearly total of ${n(people)} until a file holds the whole year.`,
        );
        yearlyInWords.push(
          `For ${key}, the file runs only to ${formatDate(through)}, so the site keeps its yearly total until a file holds the whole year.`,
        );
      }
      continue;
    }
    const boats = num(row['boats']);
    const perBoat = num(row['people_per_boat']);
    const detail = `${n(people)} people${boats === null ? '' : ` in ${n(boats)} boats`}${perBoat === null ? '' : ` (${n(perBoat)} per boat)`}`;
    if (!was) {
      yearlyLines.push(`${key}: ${detail}, a year the site did not show before.`);
      yearlyInWords.push(`For ${key}, yearly figures are now shown: a year the site did not show before.`);
      continue;
    }
    const wasPeople = num(was['people']);
    if (wasPeople !== people) {
      yearlyLines.push(`${key}: ${detail}, revised from ${n(wasPeople)}.`);
      yearlyInWords.push(`For ${key}, the yearly total was revised by the Home Office (old and new below).`);
    } else if (num(was['people_per_boat']) !== perBoat) {
      yearlyLines.push(
        `${key}: ${detail}. The year is now complete in the Home Office's file; the total the site showed stands.`,
      );
      yearlyInWords.push(
        `For ${key}, the year is now complete in the Home Office's file; the total the site showed stands.`,
      );
    }
  }

  const thisYear = ytd.get(through.slice(0, 4));
  const lastYear = ytd.get(String(Number(through.slice(0, 4)) - 1));
  const yearToDate =
    thisYear && lastYear
      ? `1 January to ${formatDate(through)}: ${n(num(thisYear['people']))} people, against ${n(num(lastYear['people']))} at the same point of ${String(lastYear['year'])}.`
      : undefined;

  // Reach: every figure pointing at a cell that changes, every chart drawing a dataset that changes, and
  // every chapter citing either.
  const touchedCells = new Set(
    [
      ...daily.revisions,
      ...weekly.revisions,
      ...yearly.revisions,
      ...yearly.filled,
      ...daily.filled,
      ...weekly.filled,
    ].map((r) => `${r.dataset}\u0000${r.key}\u0000${r.column}`),
  );
  const addedYears = new Set(yearly.added);
  const figures = input.figurePointers
    .filter(
      (f) =>
        touchedCells.has(`${f.dataset}\u0000${f.key}\u0000${f.column}`) ||
        (f.dataset === DATASETS.yearly && addedYears.has(f.key)),
    )
    .map((f) => f.id)
    .sort();
  const changed = new Set(input.changedDatasets);
  const charts = input.charts
    .filter((c) => changed.has(c.dataset))
    .map((c) => c.id)
    .sort();
  const chapters = input.chapters
    .filter((c) => c.figures.some((f) => figures.includes(f)) || c.charts.some((id) => charts.includes(id)))
    .map((c) => {
      const fs = c.figures.filter((f) => figures.includes(f));
      const cs = c.charts.filter((id) => charts.includes(id));
      return `${c.file} (${[...(fs.length ? [`figures ${fs.join(', ')}`] : []), ...(cs.length ? [`charts ${cs.join(', ')}`] : [])].join('; ')})`;
    })
    .sort();
  const reached = new Set(figures);
  const sentences = [...input.chapters]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .flatMap((c) =>
      c.source === undefined || !c.figures.some((f) => reached.has(f))
        ? []
        : sentencesCiting(c.source, reached).map((s) => `${c.file}:${s.line}: ${s.text}`),
    );

  return {
    published: input.issue.published,
    through,
    before: input.beforeIssue,
    newDays: daily.added,
    newWeeks: weekly.added,
    dropped: [...daily.dropped, ...weekly.dropped],
    revisions: [...yearly.revisions, ...weekly.revisions, ...daily.revisions],
    filled: [...yearly.filled, ...weekly.filled, ...daily.filled],
    yearly: yearlyLines,
    yearlyInWords,
    yearToDate,
    reach: { figures, charts, chapters, sentences },
    changedDatasets: input.changedDatasets,
  };
}

function days(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The plain-English sentences of the report: the same words in the terminal and on the changes page. */
export function reportItems(report: Report): string[] {
  const items: string[] = [];
  if (report.newDays.length) {
    items.push(`${days(report.newDays.length, 'new day', 'new days')} of arrivals: ${range(report.newDays)}.`);
  }
  if (report.newWeeks.length) {
    items.push(
      `${days(report.newWeeks.length, 'new week', 'new weeks')} of arrivals and French preventions: weeks ending ${range(report.newWeeks)}.`,
    );
  }
  if (report.dropped.length) {
    items.push(
      `${days(report.dropped.length, 'day or week', 'days or weeks')} the site held are not in this file: ${range(report.dropped)}.`,
    );
  }
  items.push(...report.yearly);
  // Cells the site left empty and the file now fills, by column: one sentence each.
  for (const group of filledYearly(report)) {
    const [first] = group;
    if (!first) continue;
    const words = COLUMN_WORDS[first.column] ?? first.column;
    items.push(
      group.length === 1
        ? `${first.key}: ${words} now shown, ${formatCount(first.value)}.`
        : `Yearly ${words} now shown, for ${group.map((f) => f.key).join(', ')}.`,
    );
  }
  const revised = report.revisions.filter((r) => r.dataset !== DATASETS.yearly);
  if (revised.length) {
    items.push(
      `The Home Office revised ${days(revised.length, 'earlier daily or weekly figure', 'earlier daily or weekly figures')}: ${revised.map(revisionText).join('; ')}.`,
    );
  }
  // Yearly revisions are in the yearly lines above ("revised from"); the list in `revisions` has them all.
  if (report.yearToDate && report.newDays.length) items.push(`The year so far: ${report.yearToDate}`);
  return items;
}

/**
 * Yearly cells the site left empty and the file now fills, grouped by column; a lone year whose own line
 * in the report already gives its boats and people per boat is left out.
 */
function filledYearly(report: Report): Filled[][] {
  const byColumn = new Map<string, Filled[]>();
  for (const f of report.filled)
    byColumn.set(`${f.dataset} ${f.column}`, [...(byColumn.get(`${f.dataset} ${f.column}`) ?? []), f]);
  return [...byColumn.values()].filter((group) => {
    const [first] = group;
    if (!first || first.dataset !== DATASETS.yearly) return false;
    return !(group.length === 1 && report.yearly.some((line) => line.startsWith(`${first.key}:`)));
  });
}

/**
 * The report's sentences as content/changes.yaml holds them. That file keeps the prose rule (no number
 * typed by hand: src/lib/content/changes.ts checks it), so the counts stay in the terminal report and the
 * figures revised, old and new, in the entry's `revisions`, which the changes page shows as a table.
 */
export function entryItems(report: Report): string[] {
  const items: string[] = [];
  if (report.newDays.length) items.push(`New days of arrivals: ${range(report.newDays)}.`);
  if (report.newWeeks.length) {
    items.push(`New weeks of arrivals and French preventions: weeks ending ${range(report.newWeeks)}.`);
  }
  if (report.dropped.length) items.push(`Days or weeks the site held are not in this file: ${range(report.dropped)}.`);
  items.push(...report.yearlyInWords);
  for (const group of filledYearly(report)) {
    const [first] = group;
    if (!first) continue;
    const words = COLUMN_WORDS[first.column] ?? first.column;
    items.push(`Yearly ${words} now shown, for ${group.map((f) => f.key).join(', ')}.`);
  }
  const revised = report.revisions.filter((r) => r.dataset !== DATASETS.yearly);
  if (revised.length)
    items.push('The Home Office revised earlier daily or weekly figures: each is listed below, old and new.');
  if (report.yearToDate && report.newDays.length) {
    items.push(
      `The year so far, 1 January to ${formatDate(report.through)}, set against the same days of earlier years.`,
    );
  }
  return items;
}

export function reportTitle(report: Report): string {
  return `Small-boat arrivals brought up to ${formatDate(report.through)} from the Home Office's file of ${formatDate(report.published)}`;
}

export function isEmpty(report: Report): boolean {
  return report.changedDatasets.length === 0;
}

/** The report as the maintainer reads it in the terminal. */
export function reportText(report: Report, file: string, dryRun: boolean): string {
  const lines = [
    `Home Office small-boats time series: ${file}`,
    `Published ${formatDate(report.published)}; daily figures to ${formatDate(report.through)}.`,
    report.before
      ? `The site held the file published ${formatDate(report.before.published)}, to ${formatDate(report.before.through)}.`
      : 'The site held no imported file before.',
    '',
  ];
  if (isEmpty(report)) {
    lines.push('Nothing changes: the site already holds these figures.');
  } else {
    lines.push('What changes:');
    for (const item of reportItems(report)) lines.push(`  - ${item}`);
    lines.push('', `Revised figures (${formatCount(report.revisions.length)}):`);
    if (!report.revisions.length) lines.push('  none');
    for (const r of report.revisions) lines.push(`  ${r.dataset} ${r.key} ${r.column}: ${n(r.old)} -> ${n(r.new)}`);
    lines.push('', 'What these changes reach:');
    lines.push(`  datasets: ${report.changedDatasets.join(', ') || 'none'}`);
    lines.push(`  figures: ${report.reach.figures.join(', ') || 'none'}`);
    lines.push(`  charts: ${report.reach.charts.join(', ') || 'none'}`);
    lines.push(report.reach.chapters.length ? '  chapters:' : '  chapters: none');
    for (const c of report.reach.chapters) lines.push(`    ${c}`);
    // The words round each revised figure: its number follows the data, but the sentence may need rereading.
    if (report.reach.sentences.length) {
      lines.push('  sentences citing those figures (each figure as {its id}):');
      for (const sentence of report.reach.sentences) lines.push(`    ${sentence}`);
    }
  }
  lines.push('', dryRun ? 'Dry run: nothing written.' : '');
  return lines.join('\n');
}

function flowValue(v: number | null): string {
  return v === null ? 'null' : String(v);
}

/** One entry of content/changes.yaml, in the shape the "What has changed" page reads. */
export function changesEntry(report: Report): string {
  const onlyRevisions = report.newDays.length === 0 && report.newWeeks.length === 0;
  const lines = [
    `- date: ${report.published}`,
    `  kind: ${onlyRevisions ? 'correction' : 'update'}`,
    `  title: ${scalar(reportTitle(report))}`,
    '  items:',
    ...entryItems(report).map((item) => `    - ${scalar(item)}`),
  ];
  if (report.revisions.length) {
    lines.push('  revisions:');
    for (const r of report.revisions) {
      lines.push(
        `    - { dataset: ${r.dataset}, key: '${r.key}', column: ${r.column}, old: ${flowValue(r.old)}, new: ${flowValue(r.new)} }`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
