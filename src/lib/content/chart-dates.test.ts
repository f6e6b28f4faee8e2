import { describe, expect, it } from 'vitest';
import { fillThrough } from './chart-dates.ts';

describe('dates in chart titles', () => {
  it('fills {through}, {through-day} and {through-year} from the data', () => {
    const { text, problems } = fillThrough(
      'By {through}: 1 January to {through-day}, 2018 to {through-year}',
      '2026-08-20',
    );
    expect(problems).toEqual([]);
    expect(text).toBe('By 20 August 2026: 1 January to 20 August, 2018 to 2026');
  });

  it('follows the data: a later import gives a later title, from the same words', () => {
    expect(fillThrough('Crossings to {through}', '2027-03-05').text).toBe('Crossings to 5 March 2027');
    expect(fillThrough('May 2024 to {through}', '2026-07').text).toBe('May 2024 to July 2026');
  });

  it('refuses the date typed by hand, a token with no date to fill and an unknown token', () => {
    expect(fillThrough('Fewer by 20 August 2026', '2026-08-20').problems).toEqual([
      'types the date the data runs to, "20 August 2026", by hand: write {through} (or {through-day}) so it follows the data',
    ]);
    expect(fillThrough('By {through}', undefined).problems[0]).toMatch(/needs the dataset's `through`/);
    expect(fillThrough('By {latest}', '2026-08-20').problems[0]).toMatch(/\{latest\} is not a date it can fill/);
  });
});
