/**
 * What kinds with several series or groups share: the tones that tell them apart, the order they are
 * drawn in, and the check that counts are counts.
 */
import type { Table, Tone } from './types.ts';

/** The categorical palette, in order (src/styles/chart-colours.ts colours them; always paired with a direct label). */
export const seriesTones: readonly Tone[] = ['series-1', 'series-2', 'series-3', 'series-4'];

/** The tone of the i-th series or group: the palette repeats past its end (labels still tell them apart). */
export function toneOf(index: number): Tone {
  return seriesTones[index % seriesTones.length] ?? 'series-1';
}

/** A series as readers see it: its id in the data, its name, and optionally a short description. */
export interface SeriesName {
  id: string;
  name: string;
  detail?: string;
}

/**
 * The series present in the data, in the declared order (`declared`, e.g. from the dataset's `values:`),
 * then any the declaration leaves out in the order they are met, named by their id. Declared series with
 * no data are left out.
 */
export function orderSeries(declared: readonly SeriesName[] | undefined, met: readonly string[]): SeriesName[] {
  const seen = [...new Set(met)];
  return [
    ...(declared ?? []).filter((s) => seen.includes(s.id)),
    ...seen.filter((id) => !declared?.some((s) => s.id === id)).map((id) => ({ id, name: id })),
  ];
}

/**
 * Throws a RangeError naming the datum when a value is not a count (finite, 0 or more). `kind` and
 * `where` make the message: "stacked: "Family reunion" / "grant" has value -1; …".
 */
export function checkCounts<D extends { value: number }>(
  kind: string,
  data: readonly D[],
  where: (d: D) => string,
  needs = 'a count must be 0 or more',
): void {
  for (const d of data) {
    if (!(Number.isFinite(d.value) && d.value >= 0)) {
      throw new RangeError(`${kind}: ${where(d)} has value ${d.value}; ${needs}`);
    }
  }
}

/**
 * The table of a series × x × value chart (the dot plot, the small multiples): series, x and value, and a
 * note column only where some row has a note. Each row is written with its note (or '–') last.
 */
export function seriesTable(
  labels: { readonly seriesLabel: string; readonly xLabel: string; readonly valueLabel: string },
  rows: string[][],
  hasNote: boolean,
): Table {
  return {
    columns: [
      { label: labels.seriesLabel, numeric: false },
      { label: labels.xLabel, numeric: false },
      { label: labels.valueLabel, numeric: true },
      ...(hasNote ? [{ label: 'Note', numeric: false }] : []),
    ],
    rows: hasNote ? rows : rows.map((cells) => cells.slice(0, 3)),
  };
}
