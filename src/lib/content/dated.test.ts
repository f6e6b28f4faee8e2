import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datedSchema, periodOn, type DatedFact } from './dated.ts';
import { datedWords } from './dated-words.ts';

const homeSecretary: DatedFact = datedSchema.parse({
  id: 'home-secretary',
  what: 'office',
  name: 'Home Secretary',
  periods: [
    { holder: 'Yvette Cooper', from: '2024-07-05', to: '2025-09-05', source: 's', confidence: 'L' },
    { holder: 'Shabana Mahmood', from: '2025-09-05', source: 's', confidence: 'L' },
  ],
});
const route: DatedFact = datedSchema.parse({
  id: 'family-reunion',
  what: 'route',
  name: 'family reunion',
  periods: [
    { status: 'open', from: '2015', to: '2025-09-04', source: 's', confidence: 'L' },
    { status: 'suspended', from: '2025-09-04', source: 's', confidence: 'L' },
  ],
});

describe('dated words', () => {
  it('a sentence about 2024 says "the then Home Secretary" once the figures run past her time', () => {
    expect(datedWords(homeSecretary, { on: '2024-11-04' }, '2026-08-21')).toEqual({
      words: 'the then Home Secretary, Yvette Cooper',
    });
    expect(datedWords(homeSecretary, { on: '2024-11-04', start: 'sentence' }, '2026-08-21')).toEqual({
      words: 'The then Home Secretary, Yvette Cooper',
    });
  });

  it('moving the "figures as of" date past an end date changes the words', () => {
    const before = datedWords(homeSecretary, { on: '2024-11-04' }, '2025-02-26');
    const after = datedWords(homeSecretary, { on: '2024-11-04' }, '2025-09-05');
    expect(before).toEqual({ words: 'the Home Secretary, Yvette Cooper' });
    expect(after).toEqual({ words: 'the then Home Secretary, Yvette Cooper' });
    // The present tense follows the date: it names whoever holds the office then.
    expect(datedWords(homeSecretary, {}, '2025-02-26')).toEqual({ words: 'the Home Secretary, Yvette Cooper' });
    expect(datedWords(homeSecretary, {}, '2026-08-21')).toEqual({ words: 'the Home Secretary, Shabana Mahmood' });
  });

  it('…or fails with a clear error, where the sentence asserts what stopped being true', () => {
    const use = { holder: 'Yvette Cooper' };
    expect(datedWords(homeSecretary, use, '2025-09-04')).toEqual({ words: 'the Home Secretary, Yvette Cooper' });
    expect(datedWords(homeSecretary, use, '2025-09-05')).toEqual({
      problem:
        'says Yvette Cooper is Home Secretary now (the figures run to 5 September 2025), but the holder was Shabana Mahmood (content/dated.yaml)',
    });
    expect(datedWords(route, { is: 'open' }, '2025-09-03')).toEqual({ words: 'open' });
    expect(datedWords(route, { is: 'open' }, '2025-09-04')).toHaveProperty('problem');
    // A date the data says nothing of (before the first holder we know) is refused, not guessed.
    expect(datedWords(homeSecretary, { on: '2023-01-01' }, '2026-08-21')).toHaveProperty('problem');
  });

  it('a status gives its start: "since" in the present tense, "from" for a past date', () => {
    expect(datedWords(route, {}, '2026-08-21')).toEqual({ words: 'suspended (since 4 September 2025)' });
    expect(datedWords(route, { on: '2025-10-01' }, '2026-08-21')).toEqual({
      words: 'suspended (from 4 September 2025)',
    });
    expect(datedWords(route, { on: '2024-01-01' }, '2026-08-21')).toEqual({ words: 'open' });
  });

  it('every day has exactly the holder whose period holds it (seeded)', () => {
    const day = fc
      .date({ min: new Date('2024-07-05T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (date) => {
        const expected = date < '2025-09-05' ? 'Yvette Cooper' : 'Shabana Mahmood';
        expect(periodOn(homeSecretary, date)?.holder).toBe(expected);
      }),
      { seed: 18 },
    );
  });

  it('refuses periods out of order, overlapping, or ending before they start', () => {
    const bad = datedSchema.safeParse({
      ...homeSecretary,
      periods: [
        { holder: 'A', from: '2024-07-05', to: '2024-01-01', source: 's', confidence: 'L' },
        { holder: 'B', from: '2023-01-01', source: 's', confidence: 'L' },
      ],
    });
    const messages = bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages).toEqual([
      'periods.0.to: ends (2024-01-01) before it starts (2024-07-05)',
      'periods.1.from: starts (2023-01-01) before the period above it ends (2024-01-01): list periods in order, each ended before the next',
    ]);
  });
});
