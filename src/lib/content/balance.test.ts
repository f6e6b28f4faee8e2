/**
 * The two cases, argued equally. "The case for enforcement" and "The case for safe routes" are mirror
 * images: this test measures each chapter (words, quotes and quoted words, figures, headings), prints the
 * measures, and fails when the two differ by more than a tenth on any of them. It also checks the form:
 * the same headings in the same order, the same opening for "What the evidence cannot settle", the same
 * kind of death figure from the same year, and the largest nationality crossing beside the Afghan scheme.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { kindRegistry } from '../../charts/kinds/index.ts';
import { chapterMeasures, differences, type ChapterMeasures } from './balance.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const content = loadContent({ contentDir: `${root}content`, kinds: kindRegistry });
const quoteText = (id: string) => content.quotes.get(id)?.text;
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');
const chapter = (id: string) => {
  const found = content.chapters.find((c) => c.id === id);
  if (!found) throw new Error(`no chapter ${id}`);
  return { ...found, measures: chapterMeasures(read(found.file), quoteText) };
};

const enforcement = chapter('the-case-for-enforcement');
const safeRoutes = chapter('the-case-for-safe-routes');

describe('the two case chapters', () => {
  it('report their measures', () => {
    const rows: Record<string, ChapterMeasures['counts']> = {
      [enforcement.id]: enforcement.measures.counts,
      [safeRoutes.id]: safeRoutes.measures.counts,
    };
    console.table(rows);
    expect(Object.keys(rows)).toHaveLength(2);
  });

  it('differ by no more than 10% in words, quotes, quoted words, figures and headings', () => {
    expect(differences(enforcement.measures.counts, safeRoutes.measures.counts, 0.1)).toEqual([]);
  });

  it('have the same sections in the same order', () => {
    expect(safeRoutes.measures.headings).toEqual(enforcement.measures.headings);
  });

  it('open "What the evidence cannot settle" the same way', () => {
    const opening = (m: ChapterMeasures) => m.sections['What the evidence cannot settle']?.[0];
    expect(opening(enforcement.measures)).toBeDefined();
    expect(opening(safeRoutes.measures)).toBe(opening(enforcement.measures));
  });

  it('cite the same kind of death figure, from the same year, on both sides', () => {
    const deaths = (c: typeof enforcement) => c.uses.figures.filter((f) => f.startsWith('deaths-')).sort();
    expect(deaths(enforcement).length).toBeGreaterThan(0);
    expect(deaths(safeRoutes)).toEqual(deaths(enforcement));
  });

  it('put the largest nationality crossing beside the Afghan resettlement scheme, in both', () => {
    for (const c of [enforcement, safeRoutes]) {
      expect(c.uses.figures, c.id).toEqual(
        expect.arrayContaining(['afghan-crossings-jan-sep-2024', 'afghan-crossings-share-jan-sep-2024', 'afghan-acrs']),
      );
    }
  });

  it('never count a concession as the case’s own argument', () => {
    // The Refugee Council's "vital role" for the government against organised crime concedes the other
    // side's point: it may be quoted as that, never as the safe-routes case in its own words.
    const own = (m: ChapterMeasures) => m.quotesBySection['The case in its own words'] ?? [];
    expect(own(safeRoutes.measures)).not.toContain('solomon-vital-role');
    for (const id of own(enforcement.measures)) expect(content.quotes.get(id)?.side, id).toBe('enforcement');
    for (const id of own(safeRoutes.measures)) expect(content.quotes.get(id)?.side, id).toBe('safe-routes');
  });
});

describe('the measures themselves', () => {
  const text = [
    '---',
    'title: T',
    '---',
    '',
    'Intro with <Num id="a"/> and a “short quote”.',
    '',
    '## One',
    '',
    '<Quote id="q"/>',
    '',
    '**Bold.** Words [linked](/x/) here <Num id="b"/>.',
  ].join('\n');
  const m = chapterMeasures(text, (id) => (id === 'q' ? 'three quoted words' : undefined));

  it('count prose words (a figure is one word), quotes, quoted words, figures and headings', () => {
    expect(m.counts).toEqual({ words: 12, quotes: 1, quotedWords: 5, figures: 2, headings: 1 });
    expect(m.headings).toEqual(['One']);
    expect(m.quotesBySection['One']).toEqual(['q']);
  });

  it('report every measure that differs by more than the tolerance', () => {
    const a = { words: 100, quotes: 4, quotedWords: 50, figures: 10, headings: 4 };
    expect(differences(a, { ...a, words: 111 }, 0.1)).toEqual(['words: 100 against 111 (11% apart, more than 10%)']);
    expect(differences(a, { ...a, words: 110 }, 0.1)).toEqual([]);
  });
});
