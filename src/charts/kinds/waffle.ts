import { z } from 'zod';
import { waffle, type WaffleDatum } from '../waffle.ts';
import { cellText, channel, columnFormat, numberOf, optionalChannel, rowCaveat } from './columns.ts';
import { defineKind, optionsSchema } from './define.ts';
import type { Column } from '../../lib/content/schemas.ts';

/** What a qualifier column's word means, for the key. */
const qualifierMeanings: Readonly<Record<string, string>> = { 'up to': 'a maximum', 'at least': 'a minimum' };

/** The key's noun for a unit: a square of staff is a number of people. */
const unitNouns: Readonly<Record<string, string>> = { staff: 'people' };

/**
 * Blocks of squares. encoding: group = who the block is for (its `names` in the dataset YAML head the
 * lanes, e.g. BSC → "Border Security Command (BSC)"), value = how many; optional label (what they are),
 * date, and qualifier (a yes/no column: yes means the value is a bound, e.g. "up to"). A row of confidence
 * L carries its `note` as a caveat drawn beside its block. Rows without a value are left out. No views.
 */
export const waffleKind = defineKind({
  name: 'waffle',
  channels: { required: ['group', 'value'], optional: ['label', 'date', 'qualifier'] },
  views: [],
  options: optionsSchema('waffle', {
    /** How many people one square stands for. */
    perSquare: z
      .number({ error: 'must be a number above 0 (how many people one square is), e.g. { perSquare: 10 }' })
      .positive('must be a number above 0 (how many people one square is), e.g. { perSquare: 10 }'),
    /** The key's noun ("Each square is 10 people"); by default from the value column's unit. */
    unit: z.string({ error: 'must be a word for what a square counts, e.g. "people"' }).trim().min(1).optional(),
  }),
  adapt(chart, dataset, frame, _view, { perSquare, unit }) {
    const group = channel(chart, dataset, 'group');
    const value = channel(chart, dataset, 'value');
    const label = optionalChannel(chart, dataset, 'label');
    const date = optionalChannel(chart, dataset, 'date');
    const qualifier = optionalChannel(chart, dataset, 'qualifier');
    const caveat = rowCaveat(dataset);
    const data = dataset.rows.flatMap((row): WaffleDatum[] => {
      const amount = numberOf(row, value.name);
      if (amount === null) return [];
      // Only a likely figure's note is a caveat that must stand beside it.
      const { likely, note: rowNote } = caveat(row);
      const note = likely ? rowNote : null;
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
      ...(group.column.names ? { groupNames: group.column.names } : {}),
    });
  },
});

function unitNoun(column: Column): string {
  return column.unit ? (unitNouns[column.unit] ?? column.unit) : 'people';
}
