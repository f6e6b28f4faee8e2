import { describe, expect, it } from 'vitest';
import { typedNumbers } from './typed-numbers.ts';

describe('typedNumbers', () => {
  it.each([
    'On 4 November 2024 the Prime Minister spoke.',
    'announced in September 2024, and in July 2024',
    'spending in 2023-24 and in 2024-25, under the 2019-29 contracts',
    'figures for 17 Sep 2024 and 3-4 November 2024',
    'in the 2020s',
    'in 2024',
    'In 2024 it counted more.',
    'since 2015',
    'deaths since 2020. That is',
    'from 2018 to 2024',
    'between 2018 and 2024',
    '2024’s total',
    "2024's total",
    'the year 2023',
    'in 2021, 2022 and 2023',
    'for 2020 to 2023 add up',
    'at the end of 2025 the figure',
    'reported to Parliament in spring 2024.',
    'from November 2024 into early 2026.',
    'below the peak in 2022, but above 2023.',
    'Home Office figures here stop at 2023.',
    'Most of the 2025 grants were renewals.',
    'the 2025 total has also been revised',
    'a year more by 2028-29',
    'a count for 2024. Charities gave an estimate for 2025.',
    'the Asylum and Immigration Act 2025 received Royal Assent',
    'By December 2025 it was lower',
    'We had listed it under 2025 with no date.',
  ])('allows dates and years: %s', (text) => expect(typedNumbers(text)).toEqual([]));

  it.each([
    ['The Home Office counted 36,816 people.', '36,816'],
    ['a £150m fund', '150'],
    ['up 21 per cent', '21'],
    ['300 more staff in 2024', '300'],
    ['about 5.77 a day', '5.77'],
    // Four digits that look like a year but count something.
    ['1950 people crossed', '1950'],
    ['About 1950 people crossed in 2024.', '1950'],
    ['In 2024, 1950 people crossed.', '1950'],
    ['in 1950 people crossed', '1950'],
    ['the 1950 people who crossed', '1950'],
    ['up to 2000 boats a year', '2000'],
    ['more than 2000 officers', '2000'],
    ['It rose to 2024 and then fell.', '2024'],
    ['a total of 2019 grants', '2019'],
    ['under 2000 grants a year', '2000'],
  ])('catches a typed figure: %s', (text, number) => {
    const found = typedNumbers(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`"${number}"`);
  });
});
