/**
 * The reading grade of a piece of text (Flesch-Kincaid Grade Level, 1975), for the checks that keep titles,
 * subtitles, ledes and chart summaries readable at age 14 (grade 9). The formula and the syllable counts
 * are wooorm's `flesch-kincaid` and `syllable`; only the splitting into words and sentences is ours.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Words as a reader says them: "36,816" and "2024-25" are one word each, and so is "don’t". */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences: ended by a full stop, question or exclamation mark, or by the end of the text (a title). */
function sentences(text: string): number {
  return Math.max(1, text.split(/[.!?]+(?:\s+|$)/).filter((s) => s.trim() !== '').length);
}

export function readingGrade(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  return fleschKincaid({
    sentence: sentences(text),
    word: list.length,
    // A number counts as one syllable: "2024" said as a year is more, but a figure is not what makes
    // a sentence hard, and the check is about words.
    syllable: list.reduce((sum, w) => sum + (/\p{L}/u.test(w) ? Math.max(1, syllable(w)) : 1), 0),
  });
}
