/** The checks on a step of a stepped story beyond its chart id (see "Tell a story in steps", content/README.md). */
import type { ChartEntry } from './charts.ts';
import type { At, ChapterWalk, Citable } from './chapter-walk.ts';
import type { ComponentUse } from './chapter-tree.ts';
import { isRealDate } from './csv.ts';

/**
 * A `<Step id="chart" through="YYYY-MM-DD">`'s problems beyond its chart id: no two steps show one chart
 * in one state; a `through` date must be a real date, for a chart whose kind can draw a date's state, on
 * or after its first dated row, so that no step shows an empty chart.
 */
export function stepProblems(use: ComponentUse, walk: ChapterWalk, citable: Citable, at: At) {
  const id = use.attributes.values.get('id');
  const through = use.attributes.values.get('through');
  if (id === undefined) return;
  const key = `${id} ${through ?? 'whole'}`;
  const first = walk.steps.get(key);
  if (first !== undefined) {
    const state = through ? ` through ${through}` : '';
    walk.report(at('id'), `another step already shows chart "${id}"${state} (${first}): each step shows its own state`);
    return;
  }
  walk.steps.set(key, `${walk.file}:${use.line}`);
  const chart = citable.charts.get(id);
  if (through === undefined || !chart) return;
  const problem = throughProblem(id, through, chart, use.attributes.values.has('what'), citable);
  if (problem) walk.report(at(problem.attribute), problem.message);
}

function throughProblem(
  id: string,
  through: string,
  chart: ChartEntry,
  hasWhat: boolean,
  { kinds, datasets }: Citable,
): { attribute: string; message: string } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(through) || !isRealDate(through)) {
    return { attribute: 'through', message: `"${through}" must be a real date, written YYYY-MM-DD` };
  }
  const channel = kinds[chart.kind]?.through?.channel;
  if (!channel) {
    const message = `chart "${id}" is a ${chart.kind} chart, which cannot be drawn as it stood on a date`;
    return { attribute: 'through', message };
  }
  if (!hasWhat) {
    const message =
      'a step drawn through a date needs `what`, the words its title starts with ("Money announced for the BSC")';
    return { attribute: 'what', message };
  }
  const column = chart.encoding[channel];
  const dates = (datasets.get(chart.dataset)?.rows ?? []).flatMap((row) => {
    const value = column ? row[column] : undefined;
    return typeof value === 'string' ? [value] : [];
  });
  if (!dates.some((date) => date <= through)) {
    const message = `chart "${id}" has nothing dated on or before ${through}: the step would be empty`;
    return { attribute: 'through', message };
  }
  return undefined;
}
