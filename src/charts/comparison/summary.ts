import type { ComparisonView, Row } from './data.ts';

/** Largest and smallest by size, how many are totals, and what kind of axis the reader is looking at. */
export function comparisonSummary(
  rows: readonly Row[],
  format: (value: number) => string,
  { view, broken }: { view: ComparisonView; broken: boolean },
): string {
  const said = (r: Row) => `${format(r.value)}, ${r.label}${r.period ? `, ${r.period}` : ''}`;
  // A long name reads more easily in a sentence of its own (grade 9 or below).
  const named = (r: Row) => `${format(r.value)}${r.period ? `, in ${r.period}` : ''}. It is for ${r.label}`;
  // By size, whatever order the rows are drawn in; ties keep their drawn order.
  const bySize = [...rows].sort((a, b) => b.value - a.value || a.row - b.row);
  const [first] = bySize;
  const last = bySize.at(-1);
  if (!first || !last) return 'Amounts: no figures to show.';
  const parts: string[] = [];
  if (rows.length === 1) parts.push(`One amount: ${said(first)}.`);
  else if (first.value === last.value) parts.push(`Every one of the ${rows.length} amounts is ${format(first.value)}.`);
  else parts.push(`The largest is ${named(first)}. The smallest is ${named(last)}.`);
  const totals = rows.filter((r) => r.total).length;
  if (totals > 0 && totals < rows.length) {
    const singles = rows.length - totals;
    parts.push(
      `${singles} of the ${rows.length} ${singles === 1 ? 'is an amount' : 'are amounts'} for one year; ${totals} ${
        totals === 1 ? 'is a total' : 'are totals'
      } over more than one year.`,
    );
  }
  if (view === 'log') parts.push('Drawn on a logarithmic scale: each step is ten times the last.');
  else if (broken) parts.push('The largest bar is cut short to fit.');
  return parts.join(' ');
}
