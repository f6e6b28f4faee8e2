/**
 * The balance measures themselves, on small made-up chapters: counts of room (words, quotes, quoted words,
 * figures, headings) and the measures of strength (own quoted words, answers in advance, the critics'
 * voice, last words). The live chapters are held to them in ./balance.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { chapterMeasures, differences, lastWords, strength, type QuoteInfo } from './balance.ts';

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
  const q: QuoteInfo = { text: 'three quoted words', side: 'enforcement', date: '2024-11-04' };
  const m = chapterMeasures(text, (id) => (id === 'q' ? q : undefined));

  it('count prose words (a figure is one word), quotes, quoted words, figures and headings', () => {
    expect(m.counts).toEqual({ words: 12, quotes: 1, quotedWords: 5, figures: 2, headings: 1 });
    expect(m.headings).toEqual(['One']);
    expect(m.quotesBySection['One']).toEqual(['q']);
  });

  it('read the chapter as the build parses it: a tag in code or a comment is not one, a term is its words', () => {
    const read = chapterMeasures(
      [
        'Write `<Num id="a"/>` for a figure. {/* <Quote id="q"/> */}',
        '',
        'A <Term id="t">safe route</Term> and <Num',
        '  id="b"',
        '/>.',
      ].join('\n'),
      (id) => (id === 'q' ? q : undefined),
    );
    expect(read.counts).toEqual({ words: 11, quotes: 0, quotedWords: 0, figures: 1, headings: 0 });
    expect(read.sections['']).toEqual(['Write <Num id="a"/> for a figure.', 'A safe route and N.']);
  });

  it('report every measure that differs by more than the tolerance', () => {
    const a = { words: 100, quotes: 4, quotedWords: 50, figures: 10, headings: 4 };
    expect(differences(a, { ...a, words: 111 }, 0.1)).toEqual(['words: 100 against 111 (11% apart, more than 10%)']);
    expect(differences(a, { ...a, words: 110 }, 0.1)).toEqual([]);
  });
});

describe('the measures of strength', () => {
  const quotes = new Map<string, QuoteInfo>([
    ['gov', { text: 'the gangs must be stopped now', side: 'enforcement', date: '2024-11-04' }],
    ['old-gov', { text: 'capacity is not infinite', side: 'enforcement', date: '2022-04-19' }],
    ['ngo', { text: 'enforcement alone will not end this trade', side: 'safe-routes', date: '2024-11-04' }],
    ['ngo-reply', { text: 'they overlooked safe passage', side: 'safe-routes', date: '2024-11', answers: 'gov' }],
  ]);
  const of = (id: string) => quotes.get(id);
  const chapterOf = (own: string[], critics: string[], after = '') =>
    chapterMeasures(
      [
        '## The case in its own words',
        ...own.map((id) => `<Quote id="${id}"/>`),
        '## What critics say',
        ...critics.map((id) => `<Quote id="${id}"/>`),
        after,
      ].join('\n\n'),
      of,
      quotes,
    );

  it('count the case’s own quoted words, block and inline', () => {
    const m = chapterMeasures(
      '## The case in its own words\n\n<Quote id="ngo"/>\n\nAs it said, “safe passage”.',
      of,
      quotes,
    );
    expect(strength(m, 'safe-routes', of).ownQuotedWords).toBe(9);
  });

  it('find a case that answers its critics before they speak', () => {
    expect(strength(chapterOf(['ngo', 'ngo-reply'], ['gov']), 'safe-routes', of).answersInAdvance).toEqual([
      'ngo-reply',
    ]);
    expect(strength(chapterOf(['ngo'], ['gov']), 'safe-routes', of).answersInAdvance).toEqual([]);
  });

  it('tell the other side’s present voice from a past one', () => {
    expect(strength(chapterOf(['ngo'], ['gov']), 'safe-routes', of).criticsArePresentVoice).toBe(true);
    expect(strength(chapterOf(['ngo'], ['old-gov']), 'safe-routes', of).criticsArePresentVoice).toBe(false);
    expect(strength(chapterOf(['gov'], ['ngo-reply']), 'enforcement', of).criticsArePresentVoice).toBe(true);
  });

  it('see whether the critics section ends with the critics or with a reply', () => {
    expect(strength(chapterOf(['ngo'], ['gov']), 'safe-routes', of).criticsEndWithCritics).toBe(true);
    const answered = chapterOf(
      ['ngo'],
      ['gov'],
      'But, as the Council says, “enforcement alone will not end this trade”.',
    );
    expect(strength(answered, 'safe-routes', of).criticsEndWithCritics).toBe(false);
  });

  it('give each section the side of its last quoted words, inline words found in the quote that holds them', () => {
    const m = chapterMeasures(
      '## One\n\n<Quote id="ngo"/>\n\nThe minister said “the gangs must”, “up to”.\n\n## Two\n\nA report “not always clear”.',
      of,
      quotes,
    );
    expect(lastWords(m)).toEqual({ '': undefined, One: 'enforcement', Two: undefined });
  });
});
