/**
 * Finds numbers typed by hand into prose. Chapter text may contain dates and years (they are not
 * figures) but every figure must come from data through <Num>. The caller removes <Num> output, notes,
 * charts and captions first; what is left must have no other digits.
 */
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const shortMonths = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

const allowed = [
  // 4 November 2024, 4 Nov 2024, 3-4 November 2024
  new RegExp(`\\b(?:\\d{1,2}[-–])?\\d{1,2} (?:${months}|${shortMonths})(?: \\d{4})?\\b`, 'g'),
  // Financial years and spans of years: 2023-24, 2019-29, 2024–2025
  /\b(?:19|20)\d{2}[-–](?:(?:19|20)\d{2}|\d{2})\b/g,
  // Years on their own
  /\b(?:19|20)\d{2}s?\b/g,
];

/** Each number left in `text` once dates and years are set aside, with a little context. */
export function typedNumbers(text: string): string[] {
  let rest = text;
  for (const pattern of allowed) rest = rest.replace(pattern, (match) => ' '.repeat(match.length));
  const found: string[] = [];
  for (const match of rest.matchAll(/\d[\d,.]*/g)) {
    const at = match.index;
    found.push(`"${match[0]}" in "…${text.slice(Math.max(0, at - 30), at + match[0].length + 30).trim()}…"`);
  }
  return found;
}
