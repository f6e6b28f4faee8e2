import { dotplot, type DotDatum } from '../dotplot.ts';
import { cellText, channel, columnFormat, numberOf, optionalChannel, textOf } from './shared.ts';
import type { Adapter } from './types.ts';

/**
 * Names readers see for the series ids, and what each counter counts (from the dataset's notes and
 * caveats): the definitions are why the counts differ, so they stand beside the numbers. An id not listed
 * is shown as it is written.
 */
const seriesNames: Readonly<Record<string, { name: string; detail?: string }>> = {
  'home-office': { name: 'Home Office', detail: 'Small boats only' },
  'refugee-council': { name: 'Refugee Council' },
  iom: { name: 'IOM', detail: 'Includes deaths on land' },
  'french-oltim': { name: 'French authorities (OLTIM)', detail: 'Anti-trafficking office' },
  'charities-estimate': { name: 'Charities’ estimate', detail: 'Not an official count' },
};

/**
 * encoding: y = the series column (one row each), x = the column heading each count (e.g. year), value =
 * the count; optional qualifier (a yes/no column: yes means "at least"). Rows of confidence L are drawn
 * fainter and said to be likely; every row's `note` goes into the table and tooltip. No views, no options.
 */
export const adaptDotplot: Adapter = (chart, dataset, frame, view) => {
  if (view !== undefined) throw new Error(`Chart "${chart.id}": a dotplot has no views, so view "${view}" is unknown`);
  const options = Object.keys(chart.options);
  if (options.length > 0) {
    throw new Error(`Chart "${chart.id}": a dotplot takes no options (got ${options.map((n) => `"${n}"`).join(', ')})`);
  }
  const y = channel(chart, dataset, 'y');
  const x = channel(chart, dataset, 'x');
  const value = channel(chart, dataset, 'value');
  const qualifier = optionalChannel(chart, dataset, 'qualifier');
  const confidence = Object.entries(dataset.meta.columns).find(([, c]) => c.type === 'confidence')?.[0];
  const hasNote = dataset.meta.columns['note'] !== undefined;
  const data = dataset.rows.flatMap((row): DotDatum[] => {
    const count = numberOf(row, value.name);
    if (count === null) return [];
    const note = hasNote ? textOf(row, 'note') : null;
    return [
      {
        series: cellText(row[y.name], y.column),
        x: cellText(row[x.name], x.column),
        value: count,
        ...(qualifier && row[qualifier.name] === 'yes' ? { atLeast: true } : {}),
        ...((confidence ? row[confidence] : dataset.meta.confidence) === 'L' ? { likely: true } : {}),
        ...(note ? { note } : {}),
      },
    ];
  });
  // Rows in the order the dataset declares its series (official counts first), not the order met.
  const order = y.column.values ?? [...new Set(data.map((d) => d.series))];
  return dotplot(data, {
    frame,
    format: columnFormat(value.column),
    seriesLabel: y.column.label,
    xLabel: x.column.label,
    valueLabel: value.column.label,
    series: order.map((id) => ({ id, ...(seriesNames[id] ?? { name: id }) })),
  });
};
