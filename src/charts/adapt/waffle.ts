import { waffle, type WaffleDatum } from '../waffle.ts';
import { cellText, channel, columnFormat, numberOf, optionalChannel, textOf } from './shared.ts';
import type { Adapter } from './types.ts';
import type { Column } from '../../lib/content/schemas.ts';

/** Lane headings spell out the acronyms the blocks use; a group not listed is shown as it is written. */
const groupNames: Readonly<Record<string, string>> = {
  BSC: 'Border Security Command (BSC)',
  NCA: 'National Crime Agency (NCA)',
};

/** What a qualifier column's word means, for the key. */
const qualifierMeanings: Readonly<Record<string, string>> = { 'up to': 'a maximum', 'at least': 'a minimum' };

/** The key's noun for a unit: a square of staff is a number of people. */
const unitNouns: Readonly<Record<string, string>> = { staff: 'people' };

/**
 * encoding: group = who the block is for, value = how many; optional label (what they are), date, and
 * qualifier (a yes/no column: yes means the value is a bound, e.g. "up to"). options: perSquare (required),
 * unit (the key's noun; default from the value column's unit). A row of confidence L carries its `note` as
 * a caveat drawn beside its block. Rows without a value are left out.
 */
export const adaptWaffle: Adapter = (chart, dataset, frame, view) => {
  if (view !== undefined)
    throw new Error(`Chart "${chart.id}": a waffle chart has no views, so view "${view}" is unknown`);
  const { perSquare, unit } = waffleOptions(chart.id, chart.options);
  const group = channel(chart, dataset, 'group');
  const value = channel(chart, dataset, 'value');
  const label = optionalChannel(chart, dataset, 'label');
  const date = optionalChannel(chart, dataset, 'date');
  const qualifier = optionalChannel(chart, dataset, 'qualifier');
  const confidence = Object.entries(dataset.meta.columns).find(([, c]) => c.type === 'confidence')?.[0];
  const hasNote = dataset.meta.columns['note'] !== undefined;
  const data = dataset.rows.flatMap((row): WaffleDatum[] => {
    const amount = numberOf(row, value.name);
    if (amount === null) return [];
    const likely = (confidence ? row[confidence] : dataset.meta.confidence) === 'L';
    const note = likely && hasNote ? textOf(row, 'note') : null;
    return [
      {
        group: cellText(row[group.name], group.column),
        value: amount,
        ...(label && row[label.name] != null ? { label: cellText(row[label.name], label.column) } : {}),
        ...(date && row[date.name] != null ? { date: cellText(row[date.name], date.column) } : {}),
        ...(qualifier ? { qualified: row[qualifier.name] === 'yes' } : {}),
        ...(note ? { note } : {}),
      },
    ];
  });
  const word = qualifier?.column.label.toLowerCase();
  return waffle(data, {
    frame,
    format: columnFormat(value.column),
    perSquare,
    unit: unit ?? unitNoun(value.column),
    groupLabel: group.column.label,
    valueLabel: value.column.label,
    ...(label ? { labelLabel: label.column.label } : {}),
    ...(date ? { dateLabel: date.column.label } : {}),
    ...(word ? { qualifier: { word, meaning: qualifierMeanings[word] ?? '' } } : {}),
    groupNames,
  });
};

function unitNoun(column: Column): string {
  return column.unit ? (unitNouns[column.unit] ?? column.unit) : 'people';
}

function waffleOptions(
  id: string,
  options: Record<string, string | number | boolean>,
): { perSquare: number; unit?: string } {
  const known = ['perSquare', 'unit'];
  const unknown = Object.keys(options).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `Chart "${id}": unknown option ${unknown.map((n) => `"${n}"`).join(', ')} (a waffle takes: ${known.join(', ')})`,
    );
  }
  const { perSquare, unit } = options;
  if (typeof perSquare !== 'number' || !Number.isFinite(perSquare) || perSquare <= 0) {
    throw new Error(
      `Chart "${id}": options.perSquare must be a number above 0 (how many people one square is), e.g. { perSquare: 10 }`,
    );
  }
  if (unit !== undefined && (typeof unit !== 'string' || unit.trim() === '')) {
    throw new Error(`Chart "${id}": options.unit must be a word for what a square counts, e.g. "people"`);
  }
  return { perSquare, ...(typeof unit === 'string' ? { unit } : {}) };
}
