/**
 * Words a 14-year-old can read: every chart title and subtitle and every chapter lede (its summary) at
 * grade 9 or below on the Flesch-Kincaid scale (wooorm's `flesch-kincaid` and
 * `syllable`, through readingGrade). Generated summaries, of every chart in every view, are held to the same
 * grade and must read as sentences.
 */
import { describe, expect, it } from 'vitest';
import { chartSpec, kindRegistry } from '../../charts/index.ts';
import { frames } from '../../charts/types.ts';
import { readingGrade } from '../readability.ts';
import { loadContent } from './load.ts';

const content = loadContent({ contentDir: 'content', kinds: kindRegistry });
const maxGrade = 9;

const texts: { what: string; text: string }[] = [
  ...content.chapters.map((c) => ({ what: `lede of ${c.id}`, text: c.meta.summary })),
  ...[...content.charts.values()].flatMap((c) => [
    { what: `title of ${c.id}`, text: c.title },
    { what: `subtitle of ${c.id}`, text: c.subtitle },
  ]),
];

const summaries = [...content.charts.values()].flatMap((chart) => {
  const dataset = content.datasets.get(chart.dataset);
  if (!dataset) throw new Error(`no dataset ${chart.dataset}`);
  const views = kindRegistry[chart.kind]?.views ?? [];
  return (views.length ? views : [undefined]).map((view) => ({
    what: `summary of ${chart.id}${view ? ` (${view})` : ''}`,
    text: chartSpec(chart, dataset, frames.wide, view).summary,
  }));
});

describe('reading level', () => {
  it.each(texts)('$what reads at grade 9 or below', ({ text }) => {
    expect(readingGrade(text), text).toBeLessThanOrEqual(maxGrade);
  });
  it.each(summaries)('$what reads at grade 9 or below', ({ text }) => {
    expect(readingGrade(text), text).toBeLessThanOrEqual(maxGrade);
  });
  it.each(summaries)('$what reads as sentences', ({ text }) => {
    // Sentences: each starts with a capital or a figure and ends with a full stop; no label-colon lists
    // ("Grants: largest for …"), and no capitalised word where a sentence goes on ("smallest for The same").
    for (const sentence of text.split(/(?<=\.)\s+(?=[A-Z0-9£€])/)) {
      expect(sentence, text).toMatch(/^[A-Z0-9£€].*\.$/);
      expect(sentence, text).not.toMatch(/\b(for|in|from) (The|A|An) /);
    }
  });
});
