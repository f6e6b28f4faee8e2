/**
 * Finds numbers typed by hand into prose. Chapter text may contain dates and years (they are not
 * figures) but every figure must come from data through <Num>. The caller removes <Num> output, notes,
 * charts and captions first; what is left must have no other digits.
 *
 * A four-digit number is a year only where the words around it make it one: "in 2024", "since 2015",
 * "4 November 2024", "2023-24", "the 2020s", "2024's", "from 2018 to 2024", "2021, 2022 and 2023". A bare
 * "1950 people" is a count typed by hand, and is reported.
 */
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const shortMonths = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const year = '(?:19|20)\\d{2}';

/** Forms that are dates or years whatever surrounds them. */
const dateForms = [
  // 4 November 2024, 4 Nov 2024, 3-4 November 2024, November 2024, 4 November
  new RegExp(`\\b(?:(?:\\d{1,2}[-–])?\\d{1,2} )?(?:${months}|${shortMonths})\\b(?: ${year}\\b)?`, 'g'),
  // Financial years and spans of years: 2023-24, 2019-29, 2024–2025, 2023/24
  new RegExp(`\\b${year}[-–/](?:${year}|\\d{2})\\b`, 'g'),
  // Decades and possessives: the 2020s, 2024's
  new RegExp(`\\b${year}(?:s|['’]s)\\b`, 'g'),
];

/** Words just before a number that make it a year: "in 2024", "since 2015", "spring 2024", "the year 2023". */
const yearBefore = new RegExp(
  `(?:\\b(?:in|since|from|until|till|by|before|after|during|between|for|through|throughout|year|years|` +
    `early|mid|late|spring|summer|autumn|winter|Act|Review|` +
    `(?:end|start|beginning|middle|half|quarter|rest|course) of)|\\bmid-)\\s*$`,
  'i',
);
/** Words after which a number is a year only if nothing follows it in the sentence: "but above 2023." */
const yearBeforeAtEnd = /\b(?:above|below|than|at|to|of)\s+$/i;
/** "listed under 2025 with no date": a heading year, when a plain word (not a noun counted) follows it. */
const underBefore = /\bunder\s+$/i;
const functionWordAfter = /^(?:\s*$|[.,;:)!?]|\s+(?:with|and|but|or|as|in|on|for|when|because|until|by)\b)/i;
/** "the 2025 total", "the 2025 grants": a year naming a period, unless it counts people ("the 1950 people"). */
const theBefore = /\bthe\s+$/i;
/** After one year in a list or range, the next: "2021, 2022 and 2023", "from 2018 to 2024". */
const listBefore = /^\s*(?:,|and|or|to|–|—|-)\s*$/;
/** A number followed by what people are counted in is a count, even after "in": "in 1950 people crossed". */
const countAfter =
  /^\s+(?:people|persons|men|women|children|adults|migrants|refugees|asylum seekers|staff|officers|boats)\b/i;
const sentenceEnd = /^(?:\s*$|[.,;:)!?])/;

/** Each number left in `text` once dates and years are set aside, with a little context. */
export function typedNumbers(text: string): string[] {
  let rest = text;
  const yearEnds = new Set<number>();
  const blank = (start: number, length: number): void => {
    rest = rest.slice(0, start) + ' '.repeat(length) + rest.slice(start + length);
  };
  for (const pattern of dateForms) {
    for (const match of rest.matchAll(pattern)) {
      blank(match.index, match[0].length);
      if (/\d$/.test(match[0])) yearEnds.add(match.index + match[0].length);
    }
  }
  for (const match of rest.matchAll(new RegExp(`(?<![\\d,.])${year}(?![\\d,.]\\d)`, 'g'))) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 30);
    const previousYear = [...yearEnds].some(
      (yearEnd) => yearEnd <= start && start - yearEnd <= 6 && listBefore.test(text.slice(yearEnd, start)),
    );
    const isYear =
      !countAfter.test(after) &&
      (yearBefore.test(before) ||
        previousYear ||
        (yearBeforeAtEnd.test(before) && sentenceEnd.test(after)) ||
        (underBefore.test(before) && functionWordAfter.test(after)) ||
        theBefore.test(before));
    if (!isYear) continue;
    blank(start, match[0].length);
    yearEnds.add(end);
  }
  const found: string[] = [];
  for (const match of rest.matchAll(/\d[\d,.]*/g)) {
    const at = match.index;
    found.push(`"${match[0]}" in "…${text.slice(Math.max(0, at - 30), at + match[0].length + 30).trim()}…"`);
  }
  return found;
}
