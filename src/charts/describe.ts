/**
 * Summary sentences generated from the data, so the words beside a chart can never disagree with it.
 */
export interface Item {
  label: string;
  value: number;
}

/**
 * "People detected reached a high of 45,774 in 2022 and a low of 299 in 2018. The latest figure, for 2025,
 * was 41,472."
 * `ordered` says the items run in time order, so the last one is "the latest".
 */
export function describeExtremes(
  measure: string,
  items: readonly Item[],
  format: (value: number) => string,
  { ordered = true }: { ordered?: boolean } = {},
): string {
  if (items.length === 0) return `${measure}: no figures to show.`;
  const [first] = items;
  if (items.length === 1 && first) return `${measure}: ${format(first.value)} (${first.label}).`;
  let max = first as Item;
  let min = first as Item;
  for (const item of items) {
    if (item.value > max.value) max = item;
    if (item.value < min.value) min = item;
  }
  if (max.value === min.value) return `${measure}: ${format(max.value)} for every one of the ${items.length} shown.`;
  // A label that opens with an article ("The same period a year earlier") is read inside the sentence.
  const inSentence = (label: string) => label.replace(/^(The|A|An) /, (article) => article.toLowerCase());
  // Sentences a reader can follow (grade 9 or below): a measure, a verb, then the figures.
  let sentence = ordered
    ? `${measure} reached a high of ${format(max.value)} in ${max.label} and a low of ${format(min.value)} in ${min.label}.`
    : `${measure} ranged from ${format(min.value)} to ${format(max.value)}. The smallest was for ${inSentence(min.label)}, and the largest for ${inSentence(max.label)}.`;
  const last = items.at(-1) as Item;
  if (ordered && last !== max && last !== min)
    sentence += ` The latest figure, for ${last.label}, was ${format(last.value)}.`;
  return sentence;
}

export interface Entry {
  /** Where the value belongs, said in brackets after it: "BSC, 4 Nov 2024". */
  label: string;
  value: number;
  /** The value as the chart shows it, where that is more than the number: "up to 300", "at least 78". */
  shown?: string;
}

/**
 * "Extra staff: the largest are 300 (BSC, 4 Nov 2024) and up to 300 (NCA, 3 Aug 2025)." Every entry tied
 * for the largest is named (up to three), so a qualified figure is never passed off as a firm one.
 */
export function describeLargest(measure: string, entries: readonly Entry[], format: (value: number) => string): string {
  if (entries.length === 0) return `${measure}: no figures to show.`;
  const text = (e: Entry) => `${e.shown ?? format(e.value)} (${e.label})`;
  const [first] = entries;
  if (entries.length === 1 && first) return `${measure}: ${text(first)}.`;
  const largest = Math.max(...entries.map((e) => e.value));
  const ties = entries.filter((e) => e.value === largest);
  const qualified = ties.some((e) => e.shown !== undefined);
  if (ties.length === entries.length && !qualified) {
    return `${measure}: ${format(largest)} for every one of the ${entries.length} shown.`;
  }
  if (ties.length === 1) return `${measure}: the largest is ${text(ties[0] as Entry)}.`;
  if (ties.length <= 3) return `${measure}: the largest are ${listInWords(ties.map(text))}.`;
  const which =
    ties.length === entries.length ? `every one of the ${entries.length}` : `${ties.length} of the ${entries.length}`;
  const caveat = qualified ? ' Some of these are not firm figures: see the table.' : '';
  return `${measure}: the largest is ${format(largest)}, for ${which} shown.${caveat}`;
}

/** "2023", "2023 and 2024", "2019, 2023 and 2024": a list as a sentence says it. */
export function listInWords(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/**
 * "It rose every year shown, from 2018 to 2024." when every step goes the same way, else ''. Only for
 * items in time order with no gaps: a missing year would make "every year" untrue.
 */
export function describeDirection(items: readonly Item[]): string {
  if (items.length < 3) return '';
  const steps = items.slice(1).map((item, i) => Math.sign(item.value - (items[i] as Item).value));
  const first = items[0] as Item;
  const last = items.at(-1) as Item;
  if (steps.every((s) => s > 0)) return `It rose every year shown, from ${first.label} to ${last.label}.`;
  if (steps.every((s) => s < 0)) return `It fell every year shown, from ${first.label} to ${last.label}.`;
  return '';
}

/** "No figure for 2025." for categories shown without a value, so a gap is never read as zero. */
export function describeMissing(labels: readonly string[]): string {
  if (labels.length === 0) return '';
  return `No figure for ${listInWords(labels)}.`;
}
