/**
 * The two cases, argued equally. "The case for enforcement" and "The case for safe routes" are mirror
 * images: this test measures each chapter (words, quotes and quoted words, figures, headings), prints the
 * measures, and fails when the two differ by more than a tenth on any of them. It also checks the form:
 * the same headings in the same order, the same opening for "What the evidence cannot settle", the same
 * kind of death figure from the same year, and the largest nationality crossing beside the Afghan scheme.
 *
 * Equal in strength, not only in counts: each case's own quoted words within a tenth; neither side ends
 * most sections, site-wide; a case answers its critics in advance only if the other does too; each case's
 * critics are the other side's present voice; each critics section ends with the critics. The table the
 * first test prints is the one to put in a change's note.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { kindRegistry } from '../../charts/kinds/index.ts';
import {
  chapterMeasures,
  differences,
  lastWords,
  strength,
  type ChapterMeasures,
  type QuoteInfo,
  type Side,
} from './balance.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const content = loadContent({ contentDir: `${root}content`, kinds: kindRegistry });
const quoteInfo = new Map<string, QuoteInfo>(
  [...content.quotes].map(([id, q]) => [
    id,
    { text: q.text, side: q.side, date: q.date, ...(q.answers ? { answers: q.answers } : {}) },
  ]),
);
const quoteOf = (id: string) => quoteInfo.get(id);
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');
const measure = (c: (typeof content.chapters)[number]) => chapterMeasures(read(c.file), quoteOf, quoteInfo);
const chapter = (id: string) => {
  const found = content.chapters.find((c) => c.id === id);
  if (!found) throw new Error(`no chapter ${id}`);
  return { ...found, measures: measure(found) };
};

const enforcement = chapter('the-case-for-enforcement');
const safeRoutes = chapter('the-case-for-safe-routes');
const strengths = {
  enforcement: strength(enforcement.measures, 'enforcement', quoteOf),
  safeRoutes: strength(safeRoutes.measures, 'safe-routes', quoteOf),
};
/** Every section of every chapter that ends on one side's quoted words, as "chapter › section". */
const siteLastWords = (() => {
  const found: Record<Side, string[]> = { enforcement: [], 'safe-routes': [] };
  for (const c of content.chapters) {
    for (const [section, side] of Object.entries(lastWords(measure(c)))) {
      if (side) found[side].push(`${c.id} › ${section || '(opening)'}`);
    }
  }
  return found;
})();

describe('the two case chapters, in strength', () => {
  it('report their measures', () => {
    const rows: Record<string, ChapterMeasures['counts']> = {
      [enforcement.id]: enforcement.measures.counts,
      [safeRoutes.id]: safeRoutes.measures.counts,
    };
    console.table(rows);
    const yes = (b: boolean) => (b ? 'yes' : 'no');
    const both = <T>(e: T, r: T) => ({ enforcement: e, 'safe routes': r });
    console.table({
      'own quoted words': both(strengths.enforcement.ownQuotedWords, strengths.safeRoutes.ownQuotedWords),
      'answers its critics in advance': both(
        strengths.enforcement.answersInAdvance.join(', ') || 'no',
        strengths.safeRoutes.answersInAdvance.join(', ') || 'no',
      ),
      'critics are the other side’s present voice': both(
        yes(strengths.enforcement.criticsArePresentVoice),
        yes(strengths.safeRoutes.criticsArePresentVoice),
      ),
      'critics section ends with the critics': both(
        yes(strengths.enforcement.criticsEndWithCritics),
        yes(strengths.safeRoutes.criticsEndWithCritics),
      ),
      'sections site-wide ending on this side’s words': both(
        siteLastWords.enforcement.length,
        siteLastWords['safe-routes'].length,
      ),
    });
    console.log('Last words, site-wide:', siteLastWords);
    expect(Object.keys(rows)).toHaveLength(2);
  });

  it('give each case’s own words within 10% of the other’s in quoted words', () => {
    const [a, b] = [strengths.enforcement.ownQuotedWords, strengths.safeRoutes.ownQuotedWords];
    expect(a).toBeGreaterThan(0);
    expect(Math.abs(a - b) / Math.min(a, b), `own quoted words: ${a} against ${b}`).toBeLessThanOrEqual(0.1);
  });

  it('let a case answer its critics in advance only if the other does too', () => {
    expect(strengths.enforcement.answersInAdvance.length > 0, JSON.stringify(strengths)).toBe(
      strengths.safeRoutes.answersInAdvance.length > 0,
    );
  });

  it('give each case, as its critics, the other side’s present voice', () => {
    expect(strengths.enforcement.criticsArePresentVoice, 'the case for enforcement').toBe(true);
    expect(strengths.safeRoutes.criticsArePresentVoice, 'the case for safe routes').toBe(true);
  });

  it('end each critics section with the critics, not a reply to them', () => {
    expect(strengths.enforcement.criticsEndWithCritics, 'the case for enforcement').toBe(true);
    expect(strengths.safeRoutes.criticsEndWithCritics, 'the case for safe routes').toBe(true);
  });

  it('give neither side the last word in most sections, site-wide', () => {
    const [e, r] = [siteLastWords.enforcement.length, siteLastWords['safe-routes'].length];
    // Equal, or one apart where the number of such sections is odd.
    expect(Math.abs(e - r), JSON.stringify(siteLastWords, null, 1)).toBeLessThanOrEqual(1);
  });

  it('name only known quotes as the ones a quote answers', () => {
    for (const [id, q] of quoteInfo) if (q.answers) expect(quoteInfo.has(q.answers), id).toBe(true);
  });
});

describe('the two case chapters, in room and form', () => {
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
