import { describe, expect, it } from 'vitest';
import { typedNumbers } from './typed-numbers.ts';

describe('typedNumbers', () => {
  it.each([
    'On 4 November 2024 the Prime Minister spoke.',
    'announced in September 2024, and in July 2024',
    'spending in 2023-24 and in 2024-25, under the 2019-29 contracts',
    'figures for 17 Sep 2024 and 3-4 November 2024',
    'in the 2020s',
  ])('allows dates and years: %s', (text) => expect(typedNumbers(text)).toEqual([]));

  it.each([
    ['The Home Office counted 36,816 people.', '36,816'],
    ['a £150m fund', '150'],
    ['up 21 per cent', '21'],
    ['300 more staff in 2024', '300'],
    ['about 5.77 a day', '5.77'],
  ])('catches a typed figure: %s', (text, number) => {
    const found = typedNumbers(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`"${number}"`);
  });
});
