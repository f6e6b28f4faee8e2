/**
 * Footnotes for a chapter: the sources it cites, numbered in the order the text first cites them (from the
 * MDX source, not render order, so numbering is stable). A figure's note is the note of its first source.
 * On the web each chapter numbers from 1; in print (/print/, every chapter on one page) numbering runs on
 * through the edition, so note numbers and their `#note-n` anchors never clash.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Source } from '../lib/content/schemas.ts';
import type { Edition } from '../lib/edition.ts';

export interface NoteIndex {
  /** Sources in note order: note `first + i` is sources[i]. */
  sources: Source[];
  /** The number of the chapter's first note: 1 on the web, later in print. */
  first: number;
  numberOf(sourceId: string): number | undefined;
}

export async function notesForChapter(chapterId: string, edition: Edition = 'web'): Promise<NoteIndex> {
  const own = await chapterNotes(chapterId);
  let offset = 0;
  if (edition === 'print') {
    const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
    for (const chapter of chapters) {
      if (chapter.id === chapterId) break;
      offset += (await chapterNotes(chapter.id)).sources.length;
    }
  }
  return {
    sources: own.sources,
    first: offset + 1,
    numberOf: (id) => {
      const n = own.numberOf(id);
      return n === undefined ? undefined : n + offset;
    },
  };
}

async function chapterNotes(chapterId: string): Promise<Omit<NoteIndex, 'first'>> {
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
