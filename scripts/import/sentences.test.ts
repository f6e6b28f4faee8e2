/** The sentences an import's report names: those citing a revised figure, read from the chapter's tree. */
import { describe, expect, it } from 'vitest';
import { sentencesCiting } from './sentences.ts';

const chapter = `---
title: T
---

The Home Office counted <Num id="arrivals-2024"/> people in 2024. It was below the peak of <Num
  id="arrivals-2022"/> in 2022, a **provisional** <Term id="provisional-count">count</Term>.

- Boats carried <Num id="people-per-boat-2024"/> people each.

{/* A comment citing <Num id="arrivals-2022"/> cites nothing. */}
`;

describe('sentences citing a figure', () => {
  it('names each sentence citing a reached figure, with its line, words as written and figures as {id}', () => {
    expect(sentencesCiting(chapter, new Set(['arrivals-2022']))).toEqual([
      {
        line: 5,
        figures: ['arrivals-2022'],
        text: 'It was below the peak of {arrivals-2022} in 2022, a provisional count.',
      },
    ]);
  });

  it('finds figures in list items, and none where no sentence cites them', () => {
    expect(sentencesCiting(chapter, new Set(['people-per-boat-2024'])).map((s) => s.text)).toEqual([
      'Boats carried {people-per-boat-2024} people each.',
    ]);
    expect(sentencesCiting(chapter, new Set(['arrivals-2020']))).toEqual([]);
  });
});
