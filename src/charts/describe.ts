/**
 * Summary sentences generated from the data, so the words beside a chart can never disagree with it.
 */
export interface Item {
  label: string;
  value: number;
}

/**
 * "People detected: highest in 2022 (45,774), lowest in 2018 (299). The latest, 2025, was 41,472."
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
  let sentence = ordered
    ? `${measure}: highest in ${max.label} (${format(max.value)}), lowest in ${min.label} (${format(min.value)}).`
    : `${measure}: largest for ${max.label} (${format(max.value)}), smallest for ${min.label} (${format(min.value)}).`;
  const last = items.at(-1) as Item;
  if (ordered && last !== max && last !== min) sentence += ` The latest, ${last.label}, was ${format(last.value)}.`;
  return sentence;
}
