/** The timeline's summary sentences, one function a view, from the prepared data alone. */
import { listInWords } from '../describe.ts';
import { formatDate } from '../../lib/format.ts';
import { amountOf, type Dated, type Prepared, type TimelineOptions } from './data.ts';

export function timelineSummary(p: Prepared, options: TimelineOptions): string {
  return options.view === 'cumulative' ? cumulativeSummary(p, options) : tranchesSummary(p, options);
}

const when = (d: Dated) => formatDate(d.date);

function cumulativeSummary(p: Prepared, { format, sumLabel }: TimelineOptions): string {
  const { dated, undated, summed, listed, total } = p;
  const amount = (d: Dated) => amountOf(d, format);
  const measure = sumLabel ? `Running total of ${sumLabel}` : 'Running total';
  if (dated.length === 0 && undated.length === 0) return `${measure}: no figures to show.`;
  const parts: string[] = [];
  const last = summed.at(-1);
  if (!last) parts.push('None of the amounts shown can be added together.');
  else if (summed.length === 1) parts.push(`${measure}: ${amount(last)}, from one announcement on ${when(last)}.`);
  else {
    const said = (d: Dated) => `${amount(d)}${d.group ? ` ${d.group.text}` : ''} on ${when(d)}`;
    const largest = summed.reduce((a, d) => (d.value > a.value ? d : a));
    const from =
      summed.length <= 3
        ? `It comes from ${summed.length} announcements: ${listInWords(summed.map(said))}.`
        : `It comes from ${summed.length} announcements. The largest was ${amount(largest)} on ${when(largest)}.`;
    // Short sentences, each with a verb, so the summary reads at grade 9 or below.
    parts.push(`${measure} was ${format(total)} by ${when(last)}. ${from}`);
  }
  if (listed.length === 1 && listed[0]) {
    parts.push(`One amount is not added: ${amount(listed[0])}, announced on ${when(listed[0])}.`);
  } else if (listed.length > 1) {
    const largest = listed.reduce((a, d) => (d.value > a.value ? d : a));
    parts.push(
      `${listed.length} other announcements are not added. The largest was ${amount(largest)} on ${when(largest)}.`,
    );
  }
  parts.push(undatedSentence(p, format));
  return parts.filter(Boolean).join(' ');
}

function tranchesSummary(p: Prepared, { format }: TimelineOptions): string {
  const { dated, undated } = p;
  const amount = (d: Dated) => amountOf(d, format);
  if (dated.length === 0 && undated.length === 0) return 'Announcements: no figures to show.';
  const parts: string[] = [];
  const [first] = dated;
  const last = dated.at(-1);
  if (dated.length === 1 && first) parts.push(`One dated announcement: ${amount(first)} on ${when(first)}.`);
  else if (first && last) {
    const largest = dated.reduce((a, d) => (d.value > a.value ? d : a));
    const smallest = dated.reduce((a, d) => (d.value < a.value ? d : a));
    parts.push(`${dated.length} dated announcements, from ${when(first)} to ${when(last)}.`);
    parts.push(
      largest.value === smallest.value
        ? `Each is ${amount(largest)}.`
        : `The largest is ${amount(largest)} on ${when(largest)}; the smallest ${amount(smallest)} on ${when(smallest)}.`,
    );
    if (dated.some((d) => !d.summable)) parts.push('They measure different things, so they are not added up here.');
  }
  parts.push(undatedSentence(p, format));
  return parts.filter(Boolean).join(' ');
}

function undatedSentence({ undated }: Prepared, format: (value: number) => string): string {
  const [only] = undated;
  if (!only) return '';
  return undated.length === 1
    ? `One amount without a date (${amountOf(only, format)}) is in the table but not drawn.`
    : `${undated.length} amounts without a date are in the table but not drawn.`;
}
