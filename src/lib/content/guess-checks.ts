/**
 * The checks on a guess beyond its ids: <Guess> asks for the rows of a chart of counts after a row it
 * shows; <GuessAmount> asks how much of one amount in pounds was another. Validated here, with the file
 * and line, so the components only draw what they are given.
 */
import type { At, ChapterWalk, Citable } from './chapter-walk.ts';
import type { ComponentUse } from './chapter-tree.ts';
import type { Figure } from './figures.ts';

/** <GuessAmount answer of>: both amounts in pounds, the answer no larger than the whole. */
export function amountProblems(ids: ReadonlyMap<string, string>, walk: ChapterWalk, { figures }: Citable, at: At) {
  const found: Record<string, Figure> = {};
  for (const name of ['answer', 'of']) {
    const id = ids.get(name);
    const figure = id === undefined ? undefined : figures.get(id);
    if (!figure) continue;
    if (figure.type !== 'gbp' || typeof figure.value !== 'number') {
      walk.report(at(name), `figure "${id}" is ${figure.type}: a guess of an amount needs gbp figures`);
    } else found[name] = figure;
  }
  const { answer, of: whole } = found;
  if (answer && whole && Number(answer.value) > Number(whole.value)) {
    walk.report(at('answer'), `figure "${answer.id}" is larger than "${whole.id}", the whole it is a part of`);
  }
}

/** <Guess id from>: the chart's y is a count by category, and `from` is a row with rows after it to guess. */
export function guessProblems(use: ComponentUse, walk: ChapterWalk, { charts, datasets }: Citable, at: At) {
  const id = use.attributes.values.get('id');
  const from = use.attributes.values.get('from');
  const chart = id === undefined ? undefined : charts.get(id);
  const dataset = chart && datasets.get(chart.dataset);
  if (!chart || !dataset || from === undefined) return;
  const [xName, yName] = [chart.encoding['x'], chart.encoding['y']];
  const yColumn = yName ? dataset.meta.columns[yName] : undefined;
  if (!xName || !yName || !dataset.meta.columns[xName] || yColumn?.type !== 'count') {
    walk.report(at('id'), `chart "${id}": a guess needs a chart whose x is a category and whose y is a count`);
    return;
  }
  const labels = dataset.rows.flatMap((row) => (typeof row[yName] === 'number' ? [String(row[xName])] : []));
  const index = labels.indexOf(from);
  if (index === -1 || index === labels.length - 1) {
    walk.report(at('from'), `"${from}" is not a row of ${dataset.id} with rows after it to guess`);
  }
}
