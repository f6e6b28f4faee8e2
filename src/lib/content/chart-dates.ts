/**
 * Dates in chart titles come from the data. A title or subtitle writes {through} ("20 August 2026") or
 * {through-day} ("20 August") or {through-year} ("2026") for the day its dataset's rows run to (the dataset's `through`, written by
 * `npm run data:import`), so a title cannot go stale when new figures are imported. Typing that date by
 * hand is refused, as typing a number is.
 */
import { formatDate } from '../format.ts';

const tokens = {
  through: (through: string) => formatDate(through),
  'through-day': (through: string) => formatDate(through).replace(/ \d{4}$/, ''),
  'through-year': (through: string) => through.slice(0, 4),
} as const;

/** The text with its tokens filled in, or the problems that stop it being filled. */
export function fillThrough(text: string, through: string | undefined): { text: string; problems: string[] } {
  const problems: string[] = [];
  const filled = text.replace(/\{([^{}]*)\}/g, (token, name: string) => {
    if (!Object.hasOwn(tokens, name)) {
      problems.push(
        `{${name}} is not a date it can fill (it can: ${Object.keys(tokens)
          .map((t) => `{${t}}`)
          .join(', ')})`,
      );
      return token;
    }
    if (through === undefined) {
      problems.push(`{${name}} needs the dataset's \`through\`, the day its rows run to, and it has none`);
      return token;
    }
    return tokens[name as keyof typeof tokens](through);
  });
  if (through !== undefined) {
    const typed = [tokens.through(through), tokens['through-day'](through)].find((date) => text.includes(date));
    if (typed !== undefined) {
      problems.push(
        `types the date the data runs to, "${typed}", by hand: write {through} (or {through-day}) so it follows the data`,
      );
    }
  }
  return { text: filled, problems };
}
