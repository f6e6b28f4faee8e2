/**
 * Measures of a chapter's weight, so two chapters that argue opposite cases can be held to the same room:
 * prose words, quotes and the words quoted, figures cited and headings. Reads the MDX source, as the
 * maintainer writes it; a <Num> counts as one word (a figure in a sentence), other components as none.
 */

export interface ChapterMeasures {
  counts: { words: number; quotes: number; quotedWords: number; figures: number; headings: number };
  /** The text of each `##` heading, in order. */
  headings: string[];
  /** Each section's paragraphs (plain text), by heading; the text before the first heading is under ''. */
  sections: Record<string, string[]>;
  /** The quote ids in each section, by heading. */
  quotesBySection: Record<string, string[]>;
}

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Markdown and MDX reduced to the words a reader sees; a figure becomes one placeholder word. */
function plain(text: string): string {
  return text
    .replace(/<Num\b[^>]*\/>/g, 'N')
    .replace(/<[A-Z][^>]*\/>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

export function chapterMeasures(mdx: string, quoteText: (id: string) => string | undefined): ChapterMeasures {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const headings: string[] = [];
  const sections: Record<string, string[]> = { '': [] };
  const quotesBySection: Record<string, string[]> = { '': [] };
  let current = '';
  let words = 0;
  let quotedWords = 0;
  let quotes = 0;
  let figures = 0;
  for (const block of body.split(/\n\s*\n/)) {
    const text = block.trim();
    if (!text) continue;
    const heading = /^##\s+(.+)$/.exec(text);
    if (heading?.[1]) {
      current = heading[1].trim();
      headings.push(current);
      sections[current] = [];
      quotesBySection[current] = [];
      continue;
    }
    for (const m of text.matchAll(/<Quote\b[^>]*\bid=["']([^"']+)["']/g)) {
      const id = m[1] ?? '';
      quotes += 1;
      quotedWords += wordsIn(quoteText(id) ?? '');
      quotesBySection[current]?.push(id);
    }
    figures += [...text.matchAll(/<Num\b/g)].length;
    const shown = plain(text);
    if (!shown) continue;
    sections[current]?.push(shown);
    words += wordsIn(shown);
    // Words quoted inline, between typographic quotation marks, are quoted words too.
    for (const m of shown.matchAll(/“([^”]*)”/g)) quotedWords += wordsIn(m[1] ?? '');
  }
  return {
    counts: { words, quotes, quotedWords, figures, headings: headings.length },
    headings,
    sections,
    quotesBySection,
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
