/**
 * How close a reader's guess was, in words: what "Show me" says after a guess (src/client/guess-line.ts).
 * Runs in the browser, so it formats with the platform's en-GB number format rather than d3-format;
 * guess-closeness.test.ts checks the two agree.
 */
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 36816 → "36,816", as src/lib/format.ts writes counts. */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** One or two plain sentences: the average gap, the closest and furthest years, and the direction. */
export function closeness(labels: string[], guesses: number[], actual: number[], counter: string): string {
  const gaps = actual.map((a, i) => Math.abs((guesses[i] ?? 0) - a));
  const mean = Math.round(gaps.reduce((sum, g) => sum + g, 0) / Math.max(1, gaps.length));
  const best = gaps.indexOf(Math.min(...gaps));
  const worst = gaps.indexOf(Math.max(...gaps));
  const low = actual.filter((a, i) => (guesses[i] ?? 0) < a).length;
  const year = (i: number) =>
    `${labels[i]} (you guessed ${formatCount(guesses[i] ?? 0)}; ${counter} counted ${formatCount(actual[i] ?? 0)})`;
  const direction =
    low === actual.length
      ? 'You guessed lower than the count every year.'
      : low === 0
        ? 'You guessed at or above the count every year.'
        : `You guessed lower than the count in ${low} of ${actual.length} years.`;
  return (
    `On average, each of your guesses was ${formatCount(mean)} away from the count. ` +
    `You were closest for ${year(best)}${best === worst ? '' : ` and furthest for ${year(worst)}`}. ${direction}`
  );
}
