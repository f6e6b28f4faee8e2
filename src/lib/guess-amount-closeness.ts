/**
 * How close a reader's guess of an amount was, in words: what "Show me" says after a <GuessAmount>
 * (src/client/guess-amount.ts). Runs in the browser, so it formats with the platform's en-GB number format
 * rather than d3-format; guess-amount-closeness.test.ts checks the two agree. Apart from
 * guess-closeness.ts, so each guess's page loads only its own words.
 */
const moneyDigits = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 150000000 → "£150m", as src/lib/format.ts writes pounds (millions and billions to two decimals at most). */
export function formatGbp(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${sign}£${moneyDigits.format(abs / 1e9)}bn`;
  if (abs >= 1e6) return `${sign}£${moneyDigits.format(abs / 1e6)}m`;
  return `${sign}£${moneyDigits.format(Math.round(abs))}`;
}

const fractions: [number, string][] = [
  [1 / 4, 'a quarter'],
  [1 / 3, 'a third'],
  [1 / 2, 'half'],
  [2 / 3, 'two thirds'],
  [3 / 4, 'three quarters'],
];

/** A part of a whole in words: "half", "a quarter", "all"; otherwise a rounded share, "about 42 per cent". */
export function shareOf(part: number, whole: number): string {
  const share = whole === 0 ? 0 : part / whole;
  if (share <= 0) return 'none';
  if (share >= 1) return 'all';
  const named = fractions.find(([f]) => Math.abs(share - f) < 1e-9);
  if (named) return named[1];
  const percent = Math.round(share * 100);
  if (percent < 1) return 'less than 1 per cent';
  if (percent > 99) return 'more than 99 per cent';
  return `about ${percent} per cent`;
}

/**
 * How close a guess of a part of a whole was, in one sentence: "You guessed £100m; the new money was £75m,
 * half of the £150m: your guess was £25m too high." `what` names the part ("the new money").
 */
export function amountCloseness(
  guess: number,
  actual: number,
  whole: number,
  what: string,
  format: (value: number) => string = formatGbp,
): string {
  const gap = guess - actual;
  const verdict =
    gap === 0
      ? 'your guess was exactly right'
      : `your guess was ${format(Math.abs(gap))} too ${gap > 0 ? 'high' : 'low'}`;
  return `You guessed ${format(guess)}; ${what} was ${format(actual)}, ${shareOf(actual, whole)} of the ${format(whole)}: ${verdict}.`;
}
