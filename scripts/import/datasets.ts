/**
 * From one issue of the Home Office's file to the site's datasets: pure functions, no I/O. Each dataset is
 * written whole (CSV and sidecar) from the file, so the same file always gives the same bytes.
 */
import { parse as parseYaml } from 'yaml';
import { formatCount, formatDate } from '../../src/lib/format.ts';
import type { Release } from './release.ts';

/** The source entry in content/sources.yaml every imported dataset cites. */
export const SOURCE_ID = 'home-office-small-boats-time-series';

export const DATASETS = {
  daily: 'small-boat-arrivals-daily',
  weekly: 'small-boat-arrivals-weekly',
  yearly: 'small-boat-arrivals',
  yearToDate: 'small-boat-arrivals-year-to-date',
  weeklyPreventions: 'small-boat-arrivals-and-preventions-weekly',
} as const;

/** A cell as the site's CSVs hold it: a number, text, or null for an empty cell ("not known"). */
export type Value = number | string | null;
export type Table = readonly Readonly<Record<string, Value>>[];

export interface ImportedDataset {
  readonly id: string;
  readonly key: string;
  /** Columns in CSV order. */
  readonly columns: readonly string[];
  readonly rows: Table;
  readonly yaml: string;
  /** Keys of rows kept as the site had them, not read from the file (a year the file holds only in part). */
  readonly kept?: readonly string[];
}

/** What the importer needs to know of the site's yearly dataset as it stands. */
export interface YearlyBefore {
  readonly rows: Table;
  readonly sources: readonly string[];
}

export interface Issue {
  readonly release: Release;
  /** The publication date given on the command line (YYYY-MM-DD). */
  readonly published: string;
}

/** The last day the daily table runs to. */
export function throughOf(release: Release): string {
  const last = release.daily.at(-1);
  if (!last) throw new Error('the release has no days');
  return last.date;
}

/** A note the importer itself wrote on a yearly row: kept on later imports while the figure stands. */
export const REVISION_NOTE = /^Revised by the Home Office;/;

function sum(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    // "-" (not available) on any day leaves the total unknown: never counted as zero.
    if (v === null) return null;
    total += v;
  }
  return total;
}

export function perBoat(people: number | null, boats: number | null): number | null {
  return people === null || boats === null || boats === 0 ? null : Math.round(people / boats);
}

/** Years whose every day, 1 January to 31 December, is in the file. */
export function completeYears(release: Release): Set<number> {
  const days = new Map<number, number>();
  for (const d of release.daily) days.set(Number(d.date.slice(0, 4)), (days.get(Number(d.date.slice(0, 4))) ?? 0) + 1);
  const complete = new Set<number>();
  for (const [year, n] of days) {
    const inYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
    if (n === inYear) complete.add(year);
  }
  return complete;
}

interface YearTotal {
  readonly people: number | null;
  readonly boats: number | null;
}

/** People and boats from 1 January to `monthDay` (MM-DD, inclusive) of each year in the file. */
export function yearTotals(release: Release, monthDay = '12-31'): Map<number, YearTotal> {
  const byYear = new Map<number, { people: (number | null)[]; boats: (number | null)[] }>();
  for (const d of release.daily) {
    if (d.date.slice(5) > monthDay) continue;
    const year = Number(d.date.slice(0, 4));
    const entry = byYear.get(year) ?? { people: [], boats: [] };
    entry.people.push(d.people);
    entry.boats.push(d.boats);
    byYear.set(year, entry);
  }
  return new Map([...byYear].map(([year, { people, boats }]) => [year, { people: sum(people), boats: sum(boats) }]));
}

const LICENCE = 'Contains public sector information licensed under the Open Government Licence v3.0.';

function readFrom(issue: Issue, table: string): string {
  return `Read from table ${table} of the Home Office's time series published on ${formatDate(issue.published)}, which runs to ${formatDate(throughOf(issue.release))}.`;
}

/** A YAML scalar: plain where YAML reads it back as the same text, double-quoted otherwise. */
export function scalar(text: string): string {
  // Plain only where YAML itself reads the text back unchanged (not as a number, date, boolean or null).
  const plain = /^[A-Za-z0-9(][^\n"'{}[\]]*$/.test(text) && !/: |\s#|:$|\s$/.test(text) && parseYaml(text) === text;
  return plain ? text : JSON.stringify(text);
}

function sidecar(fields: {
  title: string;
  description: string;
  period: string;
  key: string;
  sources: readonly string[];
  updated: string;
  /** The last day (or whole month) the rows run to, where titles name it: charts.yaml writes {through}. */
  through?: string;
  caveats: readonly string[];
  columns: readonly string[];
}): string {
  return [
    `# Written by \`npm run data:import\` from the Home Office's file: edit the importer, not this file.`,
    `title: ${scalar(fields.title)}`,
    `description: ${scalar(fields.description)}`,
    `period: ${fields.period}`,
    `key: ${fields.key}`,
    'sources:',
    ...fields.sources.map((s) => `  - ${s}`),
    'confidence: V',
    `updated: ${fields.updated}`,
    ...(fields.through === undefined ? [] : [`through: ${fields.through}`]),
    'caveats:',
    ...fields.caveats.map((c) => `  - ${scalar(c)}`),
    'columns:',
    ...fields.columns.map((c) => `  ${c}`),
    '',
  ].join('\n');
}

const PROVISIONAL = 'Provisional operational counts, revised later by the Home Office.';

export function dailyDataset(issue: Issue): ImportedDataset {
  return {
    id: DATASETS.daily,
    key: 'date',
    columns: ['date', 'people', 'boats', 'uncontrolled_boats', 'note'],
    rows: issue.release.daily.map((d) => ({
      date: d.date,
      people: d.people,
      boats: d.boats,
      uncontrolled_boats: d.uncontrolledBoats,
      note: d.note,
    })),
    yaml: sidecar({
      title: 'People and boats detected crossing the Channel in small boats, day by day',
      description: `Each row is one day: the people the Home Office detected arriving in the UK by small boat that day, and the boats they came in. ${readFrom(issue, 'SB_01')}`,
      period: 'date',
      key: 'date',
      sources: [SOURCE_ID],
      updated: issue.published,
      caveats: [
        PROVISIONAL,
        'Boats involved in uncontrolled landings (boats that reached the UK without being intercepted) are some of the boats detected, not extra ones. An empty cell is a figure the Home Office marks as not available.',
        LICENCE,
      ],
      columns: [
        'date: { type: date, label: Date }',
        'people: { type: count, label: People detected, unit: people, optional: true }',
        'boats: { type: count, label: Boats detected, optional: true }',
        'uncontrolled_boats: { type: count, label: Boats in uncontrolled landings, optional: true }',
        'note: { type: text, label: Home Office note, optional: true }',
      ],
    }),
  };
}

export const FRENCH_ESTIMATES =
  'Preventions are operational estimates collected and provided to the UK by the French authorities, not Home Office counts. They include people stopped from leaving France or returned to France.';

export function weeklyDataset(issue: Issue): ImportedDataset {
  const firstPrevention = issue.release.weekly.find((w) => w.peoplePrevented !== null)?.weekEnding;
  return {
    id: DATASETS.weekly,
    key: 'week_ending',
    columns: ['week_ending', 'people', 'boats', 'uncontrolled_boats', 'people_prevented', 'events_prevented', 'note'],
    rows: issue.release.weekly.map((w) => ({
      week_ending: w.weekEnding,
      people: w.people,
      boats: w.boats,
      uncontrolled_boats: w.uncontrolledBoats,
      people_prevented: w.peoplePrevented,
      events_prevented: w.eventsPrevented,
      note: w.note,
    })),
    yaml: sidecar({
      title: 'Small-boat arrivals and crossings prevented by France, week by week',
      description: `Each row is one week, Monday to Sunday, named by its Sunday: the people the Home Office detected arriving by small boat, their boats, and the crossings the French authorities say they prevented. ${readFrom(issue, 'SB_02')}`,
      period: 'date',
      key: 'week_ending',
      sources: [SOURCE_ID],
      updated: issue.published,
      caveats: [
        FRENCH_ESTIMATES,
        PROVISIONAL,
        `An empty cell is a figure the Home Office marks as not available${firstPrevention ? ` (preventions before the week ending ${formatDate(firstPrevention)})` : ''}.`,
        LICENCE,
      ],
      columns: [
        'week_ending: { type: date, label: Week ending }',
        'people: { type: count, label: People detected arriving, unit: people, optional: true }',
        'boats: { type: count, label: Boats detected, optional: true }',
        'uncontrolled_boats: { type: count, label: Boats in uncontrolled landings, optional: true }',
        'people_prevented: { type: count, label: People prevented from crossing (French estimate), unit: people, optional: true }',
        'events_prevented: { type: count, label: Crossings prevented (French estimate), optional: true }',
        'note: { type: text, label: Home Office note, optional: true }',
      ],
    }),
  };
}

/**
 * Calendar years the file holds whole, from the file. A year the file does not yet complete keeps the row
 * the site had (never replaced by a part-year total); the source of a row kept that way stays listed.
 */
export function yearlyDataset(issue: Issue, before: YearlyBefore | undefined): ImportedDataset {
  const complete = completeYears(issue.release);
  const totals = yearTotals(issue.release);
  const previous = new Map((before?.rows ?? []).map((r) => [Number(r['year']), r]));
  const rows = new Map<number, Record<string, Value>>();
  for (const year of [...complete].sort((a, b) => a - b)) {
    const total = totals.get(year);
    if (!total) continue;
    const old = previous.get(year);
    const oldPeople = old?.['people'];
    const oldNote = old?.['note'];
    let note: string | null = null;
    if (typeof oldPeople === 'number' && total.people !== null && oldPeople !== total.people) {
      note = `Revised by the Home Office; earlier issues gave ${formatCount(oldPeople)}.`;
    } else if (typeof oldNote === 'string' && REVISION_NOTE.test(oldNote)) {
      note = oldNote;
    }
    rows.set(year, {
      year,
      people: total.people,
      boats: total.boats,
      people_per_boat: perBoat(total.people, total.boats),
      note,
    });
  }
  const kept: string[] = [];
  for (const [year, old] of previous) {
    if (rows.has(year) || !Number.isFinite(year)) continue;
    kept.push(String(year));
    rows.set(year, {
      year,
      people: old['people'] ?? null,
      boats: old['boats'] ?? null,
      people_per_boat: old['people_per_boat'] ?? null,
      note: old['note'] ?? null,
    });
  }
  const sources = kept.length ? [...new Set([SOURCE_ID, ...(before?.sources ?? [])])] : [SOURCE_ID];
  return {
    id: DATASETS.yearly,
    key: 'year',
    columns: ['year', 'people', 'boats', 'people_per_boat', 'note'],
    rows: [...rows].sort(([a], [b]) => a - b).map(([, r]) => r),
    kept: kept.sort(),
    yaml: sidecar({
      title: 'People detected crossing the Channel in small boats',
      description: `Each row is one calendar year: the people the Home Office detected arriving in the UK by small boat, the boats they came in, and the average number of people per boat (people divided by boats, rounded). Sums of table SB_01 of the Home Office's time series published on ${formatDate(issue.published)}, for the years it holds whole.`,
      period: 'calendar-year',
      key: 'year',
      sources,
      updated: issue.published,
      caveats: [
        'Provisional daily counts, revised later by the Home Office. Where a year has been revised, its note says so.',
        'Calendar years (January to December), not financial years.',
        LICENCE,
      ],
      columns: [
        'year: { type: year, label: Year }',
        'people: { type: count, label: People detected, unit: people }',
        'boats: { type: count, label: Boats detected, optional: true }',
        'people_per_boat:',
        '  type: number',
        '  label: Average people per boat',
        '  unit: people-per-boat',
        '  optional: true',
        'note: { type: text, label: Note, optional: true }',
      ],
    }),
  };
}

/** Each year from 1 January to the day of the year the file runs to: the year so far against earlier years. */
export function yearToDateDataset(issue: Issue): ImportedDataset {
  const through = throughOf(issue.release);
  const monthDay = through.slice(5);
  const totals = yearTotals(issue.release, monthDay);
  const shown = formatDate(`2000-${monthDay}`).replace(/ 2000$/, '');
  return {
    id: DATASETS.yearToDate,
    key: 'year',
    columns: ['year', 'people', 'boats'],
    rows: [...totals].sort(([a], [b]) => a - b).map(([year, t]) => ({ year, people: t.people, boats: t.boats })),
    yaml: sidecar({
      title: `People detected crossing the Channel in small boats, 1 January to ${shown} of each year`,
      description: `Each row is one year, from 1 January to ${shown}: the day the Home Office's latest figures run to. Sums of table SB_01 of the Home Office's time series published on ${formatDate(issue.published)}, which runs to ${formatDate(through)}.`,
      period: 'year-to-date',
      key: 'year',
      sources: [SOURCE_ID],
      updated: issue.published,
      through,
      caveats: [`Each year counted from 1 January to ${shown} only, not the whole year.`, PROVISIONAL, LICENCE],
      columns: [
        'year: { type: year, label: Year }',
        `people: { type: count, label: People detected to ${shown}, unit: people, optional: true }`,
        `boats: { type: count, label: Boats detected to ${shown}, optional: true }`,
      ],
    }),
  };
}

/**
 * Arrivals beside French preventions, week by week, from the weekly table: from the first week with a
 * prevention figure to the file's last week. One row per week and measure, so the chart draws the two side
 * by side and never adds them; its month view sums these weeks (src/charts/kinds/weekly.ts).
 */
export function weeklyPreventionsDataset(issue: Issue): ImportedDataset {
  const weeks = issue.release.weekly;
  const first = weeks.findIndex((w) => w.peoplePrevented !== null);
  const shown = first < 0 ? [] : weeks.slice(first);
  const rows: Record<string, Value>[] = shown.flatMap((w) => [
    { id: `${w.weekEnding}-arrived`, week_ending: w.weekEnding, measure: 'Arrived', people: w.people },
    { id: `${w.weekEnding}-prevented`, week_ending: w.weekEnding, measure: 'Prevented', people: w.peoplePrevented },
  ]);
  const from = shown[0]?.weekEnding;
  const through = shown.at(-1)?.weekEnding;
  const span = from && through ? `weeks ending ${formatDate(from)} to ${formatDate(through)}` : 'no weeks';
  return {
    id: DATASETS.weeklyPreventions,
    key: 'id',
    columns: ['id', 'week_ending', 'measure', 'people'],
    rows,
    yaml: sidecar({
      title: `People arriving in small boats, and people the French authorities say they stopped, week by week, ${span}`,
      description: `Each row is one week, Monday to Sunday, named by its Sunday, and one measure: people the Home Office detected arriving by small boat (Arrived), or people the French authorities say they prevented from crossing (Prevented). ${readFrom(issue, 'SB_02')}`,
      period: 'date',
      key: 'id',
      sources: [SOURCE_ID],
      updated: issue.published,
      ...(through === undefined ? {} : { through }),
      caveats: [
        FRENCH_ESTIMATES,
        'By month, each week is counted in the month its Sunday falls in, as the weekly table gives it, so a month holds four or five weeks; only months with every week in the file are shown.',
        PROVISIONAL,
        LICENCE,
      ],
      columns: [
        'id: { type: text, label: Row }',
        'week_ending: { type: date, label: Week ending }',
        "# Short words: they head the month view's columns, which must stay legible at 320 px. The names are the key's.",
        'measure:',
        '  type: enum',
        '  label: Measure',
        '  values: [Arrived, Prevented]',
        '  names: { Arrived: Arrived in the UK, Prevented: Stopped from crossing }',
        '  details: { Arrived: Home Office count, Prevented: French estimate }',
        'people: { type: count, label: People, unit: people, optional: true }',
      ],
    }),
  };
}

function csvCell(value: Value): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A dataset's CSV, as content/README.md asks: a header, plain numbers, empty for not known, LF endings. */
export function toCsv(dataset: ImportedDataset): string {
  return [
    dataset.columns.join(','),
    ...dataset.rows.map((row) => dataset.columns.map((c) => csvCell(row[c] ?? null)).join(',')),
    '',
  ].join('\n');
}

export function importedDatasets(issue: Issue, yearlyBefore: YearlyBefore | undefined): ImportedDataset[] {
  return [
    dailyDataset(issue),
    weeklyDataset(issue),
    yearlyDataset(issue, yearlyBefore),
    yearToDateDataset(issue),
    weeklyPreventionsDataset(issue),
  ];
}
