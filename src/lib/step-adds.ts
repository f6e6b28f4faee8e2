/**
 * What a state of a stepped story adds to the one before: the labels of the chart's rows dated after the
 * previous step's date and on or before this step's, in the dataset's order. On paper each small multiple
 * says it beside its date, so the reader sees what changed without comparing drawings mark by mark.
 */
import type { Row } from './content/csv.ts';

export function addedBetween(
  rows: readonly Row[],
  columns: { date: string; label: string },
  after: string | undefined,
  through: string,
): string[] {
  return rows.flatMap((row) => {
    const date = row[columns.date];
    const label = row[columns.label];
    if (typeof date !== 'string' || date > through || (after !== undefined && date <= after)) return [];
    return label === undefined || label === null || label === '' ? [] : [String(label)];
  });
}
