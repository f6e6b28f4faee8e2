import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clipText,
  formatCount,
  formatDate,
  formatFinancialYear,
  formatMoney,
  formatPercent,
  formatValue,
  spokenText,
} from './format.ts';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [299, '299'],
    [36816, '36,816'],
    [1234567, '1,234,567'],
    [5.5, '5.5'],
  ])('%d → %s', (value, expected) => expect(formatCount(value)).toBe(expected));
});

describe('formatMoney', () => {
  it.each([
    [150_000_000, '£150m'],
    [4_700_000_000, '£4.7bn'],
    [15_300_000_000, '£15.3bn'],
    [5_770_000, '£5.77m'],
    [8_000_000, '£8m'],
    [20_520, '£20,520'],
    [0, '£0'],
  ])('%d → %s', (value, expected) => expect(formatMoney(value)).toBe(expected));

  it('writes euros with the euro sign', () => expect(formatMoney(541_000_000, 'eur')).toBe('€541m'));

  it('never prints NaN, Infinity or a bare number for finite amounts', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), (value) => {
        expect(formatMoney(value)).toMatch(/^-?£[\d,.]+(m|bn)?$/);
      }),
      // Seeded, so a failure seen once is seen again on every run and machine.
      { seed: 20241104 },
    );
  });
});

describe('formatPercent', () => {
  it('uses % in charts and words in prose', () => {
    expect(formatPercent(47)).toBe('47%');
    expect(formatPercent(47, 'prose')).toBe('47 per cent');
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-09-17', 'prose', '17 September 2024'],
    ['2024-09-17', 'short', '17 Sep 2024'],
    ['2023-06', 'prose', 'June 2023'],
    ['2025', 'short', '2025'],
  ] as const)('%s (%s) → %s', (iso, style, expected) => expect(formatDate(iso, style)).toBe(expected));

  it('rejects what is not an ISO date', () => {
    expect(() => formatDate('17/09/2024')).toThrow(RangeError);
    expect(() => formatDate('2024-13-01')).toThrow(RangeError);
  });
});

describe('formatFinancialYear', () => {
  it('writes April-to-March years as 2023-24', () => {
    expect(formatFinancialYear(2023)).toBe('2023-24');
    expect(formatFinancialYear(2099)).toBe('2099-00');
  });
});

describe('formatValue', () => {
  it('dispatches on type', () => {
    expect(formatValue(36816, 'count')).toBe('36,816');
    expect(formatValue(150e6, 'gbp')).toBe('£150m');
    expect(formatValue('2024-11-04', 'date', 'prose')).toBe('4 November 2024');
    expect(formatValue(2024, 'year')).toBe('2024');
  });
});

describe('clipText', () => {
  it('keeps short text and cuts long text at a word, with an ellipsis', () => {
    expect(clipText('Crossings rose', 20)).toBe('Crossings rose');
    expect(clipText('Crossings rose to a peak in 2022, fell in 2023', 30)).toBe('Crossings rose to a peak in…');
  });
  it('never returns more than max characters, and keeps the start of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 2, max: 120 }), (text, max) => {
        const clipped = clipText(text, max);
        expect(clipped.length).toBeLessThanOrEqual(Math.max(max, 0));
        if (clipped !== text) expect(text.startsWith(clipped.slice(0, -1).trimEnd())).toBe(true);
      }),
      { seed: 8 },
    );
  });
});

describe('spokenText', () => {
  it('says money short forms in words, leaving the rest as it was', () => {
    expect(spokenText('BSC: £15.3bn and €141m, 2024; 36,816 people; 4m wide')).toBe(
      'BSC: £15.3 billion and €141 million, 2024; 36,816 people; 4m wide',
    );
  });
  it('reads every formatted amount in full', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 1e12, noNaN: true }), fc.constantFrom('gbp', 'eur'), (value, currency) => {
        const spoken = spokenText(formatMoney(value, currency as 'gbp' | 'eur'));
        expect(spoken).toMatch(/^[£€][\d,.]+ (million|billion)$/);
      }),
      { seed: 23 },
    );
  });
});
