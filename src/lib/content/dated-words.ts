/**
 * The words a dated fact gives on a date: "the Home Secretary, Shabana Mahmood", "the then Home Secretary,
 * Yvette Cooper", "suspended from 4 September 2025". One function for the page (<Office>, <Status>) and the
 * checks, so what is checked is what is shown.
 */
import { formatDate } from '../format.ts';
import { periodOn, type DatedFact, type Period } from './dated.ts';

export interface DatedUse {
  /** The date the sentence is about (ISO); absent for the present tense, which is about `asOf`. */
  on?: string | undefined;
  /** The holder the sentence asserts, where it names one: it must be the holder on the date. */
  holder?: string | undefined;
  /** The status the sentence asserts, where it names one: it must be the status on the date. */
  is?: string | undefined;
  /** "sentence" where the words start a sentence: "The …". */
  start?: string | undefined;
}

export type Words = { words: string } | { problem: string };

const statusText: Record<string, string> = {
  open: 'open',
  suspended: 'suspended',
  closed: 'closed',
  proposed: 'proposed',
  'in-force': 'in force',
  extended: 'extended',
};

/** The words for `use` in a chapter whose figures run to `asOf`, or why the sentence would be false. */
export function datedWords(fact: DatedFact, use: DatedUse, asOf: string): Words {
  const date = use.on ?? asOf;
  const tense = use.on === undefined ? `now (the figures run to ${formatDate(asOf)})` : `on ${formatDate(date)}`;
  const period = periodOn(fact, date);
  if (!period)
    return {
      problem: `"${fact.id}" (content/dated.yaml) says nothing of ${tense}: add the period, or date the sentence with on="YYYY-MM-DD"`,
    };
  if (fact.what === 'office') return officeWords(fact, period, use, asOf, tense);
  const status = statusText[period.status ?? ''] ?? '';
  if (use.is !== undefined && use.is !== period.status) {
    return {
      problem: `says "${fact.name}" is ${use.is} ${tense}, but it was ${status} (content/dated.yaml, from ${period.from})`,
    };
  }
  // A day is worth giving ("suspended (since 4 September 2025)"); a year alone ("open since 2015") is not a
  // start, only where the series begins. The present tense runs "since"; a past date, "from".
  if (!/^\d{4}-\d{2}-\d{2}$/.test(period.from)) return { words: status };
  const from = formatDate(period.from);
  return { words: use.on === undefined ? `${status} (since ${from})` : `${status} (from ${from})` };
}

function officeWords(fact: DatedFact, period: Period, use: DatedUse, asOf: string, tense: string): Words {
  const holder = period.holder ?? '';
  if (use.holder !== undefined && use.holder !== holder) {
    return {
      problem: `says ${use.holder} is ${fact.name} ${tense}, but the holder was ${holder} (content/dated.yaml)`,
    };
  }
  // "then" where the holder on the sentence's date no longer holds the office on the figures' date.
  const stillHolds = periodOn(fact, asOf)?.holder === holder;
  const the = use.start === 'sentence' ? 'The' : 'the';
  return { words: `${the} ${stillHolds ? '' : 'then '}${fact.name}, ${holder}` };
}
