/**
 * Measures of a chapter's weight, so two chapters that argue opposite cases can be held to the same room:
 * prose words, quotes and the words quoted, figures cited and headings. Reads the chapter's tree, as the
 * build parses it; a <Num> counts as one word (a figure in a sentence), other components as the words they
 * hold (a <Term>'s words), or none.
 *
 * And measures of strength, not only of room: whose words each section ends on (its "last word"), each
 * case's own quoted words, whether a case answers its critics before they speak, whether its critics are
 * the other side's present voice, and whether its critics section ends with the critics.
 */

import { attributesOf, isElement, parseChapter, type Element, type TreeNode } from './chapter-tree.ts';

export type Side = 'enforcement' | 'safe-routes';

/** What the strength measures need to know of a quote in content/quotes.yaml. */
export interface QuoteInfo {
  text: string;
  /** A neutral quote is no side's voice. */
  side: Side | 'neutral';
  /** ISO date, at the precision the source gives ("2024-01", "2024-11-04"). */
  date: string;
  /** The quote this one was said in answer to. */
  answers?: string;
}

/** Words quoted in a section, in the order a reader meets them: a <Quote>, or words in “…” that a quote holds. */
export interface Voice {
  side: Side | undefined;
  /** The quote's id, when the words are a <Quote> or are found in one. */
  quote?: string;
  inline: boolean;
}

export interface ChapterMeasures {
  counts: { words: number; quotes: number; quotedWords: number; figures: number; headings: number };
  /** The text of each `##` heading, in order. */
  headings: string[];
  /** Each section's paragraphs (plain text), by heading; the text before the first heading is under ''. */
  sections: Record<string, string[]>;
  /** The quote ids in each section, by heading. */
  quotesBySection: Record<string, string[]>;
  /** Each section's quoted voices in order (block and inline), by heading. */
  voicesBySection: Record<string, Voice[]>;
  /** Words quoted (block and inline) in each section, by heading. */
  quotedWordsBySection: Record<string, number>;
}

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Nodes whose children run on in one line of text; the children of any other node are blocks, a line each. */
const runsOn = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'link', 'delete', 'mdxJsxTextElement']);

/** What a reader sees of a node: its words, a figure as one placeholder word, other components as what they hold. */
function shownText(node: TreeNode): string {
  if (isElement(node) && node.name === 'Num') return 'N';
  if (node.type === 'text' || node.type === 'inlineCode') return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'break') return '\n';
  const parts = (node.children ?? []).map(shownText);
  return runsOn.has(node.type) ? parts.join('') : parts.filter((p) => p.trim() !== '').join('\n');
}

/** Every element named `name` in a node, in document order (the node itself first). */
function elementsNamed(node: TreeNode, name: string): (TreeNode & Element)[] {
  const own = isElement(node) && node.name === name ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap((child) => elementsNamed(child, name))];
}

const sideOf = (q: QuoteInfo | undefined): Side | undefined => (q?.side === 'neutral' ? undefined : q?.side);

/** Typographic and straight quotes, dashes and spacing differ between copies of the same words. */
const normalise = (text: string) =>
  text.toLowerCase().replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

/**
 * `quotes` gives each quote id's text and side. Inline words in “…” are the voice of the quote whose text
 * holds them (three words or more, e.g. “criminal smuggler gangs”); shorter words (“up to”) and words no quote
 * holds (a report's title) are no side's.
 */
export function chapterMeasures(
  mdx: string,
  quoteOf: (id: string) => QuoteInfo | undefined,
  all: ReadonlyMap<string, QuoteInfo> = new Map(),
): ChapterMeasures {
  const quoteText = (id: string) => quoteOf(id)?.text;
  const inlineVoice = (words: string): Voice => {
    const wanted = normalise(words);
    for (const [id, q] of all) {
      if (wanted.split(' ').length >= 3 && normalise(q.text).includes(wanted))
        return { side: sideOf(q), quote: id, inline: true };
    }
    return { side: undefined, inline: true };
  };
  const headings: string[] = [];
  const sections: Record<string, string[]> = { '': [] };
  const quotesBySection: Record<string, string[]> = { '': [] };
  const voicesBySection: Record<string, Voice[]> = { '': [] };
  const quotedWordsBySection: Record<string, number> = { '': 0 };
  let current = '';
  let words = 0;
  let quotedWords = 0;
  let quotes = 0;
  let figures = 0;
  // The chapter's blocks as the build parses them (./chapter-tree.ts): a tag wrapped over lines, or with
  // its attributes in any order, is read like any other, and a tag in a comment or code is not one.
  for (const block of parseChapter(mdx).children ?? []) {
    if (block.type === 'yaml') continue;
    if (block.type === 'heading' && (block as TreeNode & { depth?: number }).depth === 2) {
      current = shownText(block).trim();
      headings.push(current);
      sections[current] = [];
      quotesBySection[current] = [];
      voicesBySection[current] = [];
      quotedWordsBySection[current] = 0;
      continue;
    }
    for (const quote of elementsNamed(block, 'Quote')) {
      const id = attributesOf(quote).values.get('id') ?? '';
      quotes += 1;
      const n = wordsIn(quoteText(id) ?? '');
      quotedWords += n;
      quotedWordsBySection[current] = (quotedWordsBySection[current] ?? 0) + n;
      quotesBySection[current]?.push(id);
      voicesBySection[current]?.push({ side: sideOf(quoteOf(id)), quote: id, inline: false });
    }
    figures += elementsNamed(block, 'Num').length;
    const shown = shownText(block).trim();
    if (!shown) continue;
    sections[current]?.push(shown);
    words += wordsIn(shown);
    // Words quoted inline, between typographic quotation marks, are quoted words too.
    for (const m of shown.matchAll(/“([^”]*)”/g)) {
      const n = wordsIn(m[1] ?? '');
      quotedWords += n;
      quotedWordsBySection[current] = (quotedWordsBySection[current] ?? 0) + n;
      voicesBySection[current]?.push(inlineVoice(m[1] ?? ''));
    }
  }
  return {
    counts: { words, quotes, quotedWords, figures, headings: headings.length },
    headings,
    sections,
    quotesBySection,
    voicesBySection,
    quotedWordsBySection,
  };
}

/** The side whose quoted words a section ends on (its last word), or undefined where it ends on no side's. */
export function lastWords(m: ChapterMeasures): Record<string, Side | undefined> {
  return Object.fromEntries(
    Object.entries(m.voicesBySection).map(([section, voices]) => [
      section,
      [...voices].reverse().find((v) => v.side !== undefined)?.side,
    ]),
  );
}

export const ownWords = 'The case in its own words';
export const critics = 'What critics say';

/** How strongly a case chapter is argued, and how strongly it is answered. */
export interface Strength {
  /** Words quoted (block and inline) in the case's own words. */
  ownQuotedWords: number;
  /** Quotes in the case's own words said in answer to one of the other side's: critics answered before they speak. */
  answersInAdvance: string[];
  /** The critics are the other side, and no older than the case they answer: its present voice, not a past one. */
  criticsArePresentVoice: boolean;
  /** The critics section's last quoted words are the other side's: the critics, not a reply to them, end it. */
  criticsEndWithCritics: boolean;
}

export function strength(m: ChapterMeasures, side: Side, quotes: (id: string) => QuoteInfo | undefined): Strength {
  const other: Side = side === 'enforcement' ? 'safe-routes' : 'enforcement';
  const own = m.quotesBySection[ownWords] ?? [];
  const critical = (m.voicesBySection[critics] ?? []).filter((v) => !v.inline && v.quote);
  const newest = (ids: string[]) =>
    ids
      .map((id) => quotes(id)?.date ?? '')
      .sort()
      .at(-1) ?? '';
  const criticIds = critical.map((v) => v.quote ?? '');
  const last = [...(m.voicesBySection[critics] ?? [])].reverse().find((v) => v.side !== undefined);
  return {
    ownQuotedWords: m.quotedWordsBySection[ownWords] ?? 0,
    answersInAdvance: own.filter((id) => {
      const answered = quotes(id)?.answers;
      return answered !== undefined && quotes(answered)?.side === other;
    }),
    criticsArePresentVoice:
      criticIds.length > 0 &&
      criticIds.every((id) => quotes(id)?.side === other) &&
      // Compared at the precision both give: "2024-11" is as new as "2024-11-04".
      newest(criticIds) >= newest(own).slice(0, newest(criticIds).length),
    criticsEndWithCritics: last?.side === other,
  };
}

/** Each measure on which `a` and `b` differ by more than `tolerance` (a fraction of the smaller), in words. */
export function differences(a: ChapterMeasures['counts'], b: ChapterMeasures['counts'], tolerance: number): string[] {
  return (Object.keys(a) as (keyof ChapterMeasures['counts'])[]).flatMap((name) => {
    const [x, y] = [a[name], b[name]];
    const apart = Math.abs(x - y) / Math.max(1, Math.min(x, y));
    return apart > tolerance + 1e-9
      ? [`${name}: ${x} against ${y} (${Math.round(apart * 100)}% apart, more than ${Math.round(tolerance * 100)}%)`]
      : [];
  });
}
