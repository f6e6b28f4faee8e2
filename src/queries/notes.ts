/**
 * Footnotes for a chapter: the sources it cites, numbered in the order the text first cites them (from the
 * MDX source, not render order, so numbering is stable). A figure's note is the note of its first source.
 */
import { getEntry } from 'astro:content';
import type { Source } from '../lib/content/schemas.ts';

export interface NoteIndex {
  /** Sources in note order: note n is sources[n - 1]. */
  sources: Source[];
  numberOf(sourceId: string): number | undefined;
}

export async function notesForChapter(chapterId: string): Promise<NoteIndex> {
  const refs = await getEntry('chapterRefs', chapterId);
  const ordered: string[] = [];
  const add = (id: string) => {
    if (!ordered.includes(id)) ordered.push(id);
  };
  for (const ref of refs?.data.refs ?? []) {
    if (ref.kind === 'source') add(ref.id);
    if (ref.kind === 'quote') {
      const quote = await getEntry('quotes', ref.id);
      if (quote) add(quote.data.source);
    }
    if (ref.kind === 'figure') (await getEntry('figures', ref.id))?.data.sources.forEach(add);
    if (ref.kind === 'chart') {
      const chart = await getEntry('charts', ref.id);
      const dataset = chart && (await getEntry('datasets', chart.data.dataset));
      dataset?.data.meta.sources.forEach(add);
    }
  }
  const sources: Source[] = [];
  for (const id of ordered) {
    const entry = await getEntry('sources', id);
    if (entry) sources.push(entry.data);
  }
  return { sources, numberOf: (id) => (ordered.includes(id) ? ordered.indexOf(id) + 1 : undefined) };
}
