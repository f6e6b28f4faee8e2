/**
 * The reader of the Home Office's file: the two real issues read as the Home Office sums them; every bad
 * file refused naming sheet, row and column; and, over generated workbooks, what is written is what is read.
 */
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BAD_CASES, HEADERS, REAL_FILES, badFile, writeOds } from './fixtures.ts';
import { addDays, readRelease, ReleaseError, type Release } from './release.ts';

const real = {
  december2025: readFileSync(REAL_FILES.december2025),
  august2026: readFileSync(REAL_FILES.august2026),
};

function yearSum(release: Release, year: string): number {
  return release.daily.filter((d) => d.date.startsWith(year)).reduce((a, d) => a + (d.people ?? 0), 0);
}

describe('the real files', { timeout: 30_000 }, () => {
  const august = readRelease(real.august2026);
  const december = readRelease(real.december2025);

  it('reads every day and week, to the day before publication', () => {
    expect(august.daily[0]?.date).toBe('2018-01-01');
    expect(august.daily.at(-1)?.date).toBe('2026-08-20');
    expect(august.daily).toHaveLength(3154);
    expect(august.weekly.at(-1)?.weekEnding).toBe('2026-08-16');
    expect(december.daily.at(-1)?.date).toBe('2025-12-11');
  });

  it('gives the yearly sums the Home Office publishes, revisions included (README)', () => {
    const sums = ['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'].map((y) =>
      yearSum(august, y),
    );
    expect(sums).toEqual([299, 1843, 8462, 28526, 45755, 29437, 36816, 41472, 15897]);
    expect(yearSum(december, '2025')).toBe(39292);
  });

  it('reads "-" (not available) as missing, never as zero', () => {
    expect(august.daily[0]).toEqual({ date: '2018-01-01', people: 0, boats: 0, uncontrolledBoats: null, note: null });
    const before2024 = august.weekly.filter((w) => w.weekEnding < '2024-01-01');
    expect(before2024.every((w) => w.peoplePrevented === null && w.eventsPrevented === null)).toBe(true);
    const prevented2025 = august.weekly
      .filter((w) => w.weekEnding.startsWith('2025'))
      .reduce((a, w) => a + (w.peoplePrevented ?? 0), 0);
    expect(prevented2025).toBe(22476);
  });
});

describe('bad files', { timeout: 60_000 }, () => {
  it('has a fixture for each kind of bad file', () => {
    expect(BAD_CASES.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'missing-sheet',
        'renamed-sheet',
        'header-changed',
        'header-moved',
        'text-in-count',
        'negative-count',
        'day-missing',
        'day-repeated',
        'date-out-of-order',
      ]),
    );
  });

  it.each(BAD_CASES.map((c) => [c.name, c] as const))('refuses %s, naming sheet, row and column', (_, bad) => {
    let caught: unknown;
    try {
      readRelease(badFile(bad, real.august2026));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReleaseError);
    expect((caught as ReleaseError).message.startsWith(bad.expected), (caught as ReleaseError).message).toBe(true);
  });

  it('refuses what is not a spreadsheet at all', () => {
    expect(() => readRelease(new TextEncoder().encode('date,people\n2026-01-01,3\n'))).toThrow(ReleaseError);
  });
});

/** A workbook in the Home Office's shape from plain rows: dates as day numbers with a date format, as ODS has them. */
function workbookOf(days: readonly { date: string; people: number | '-'; boats: number }[]): Uint8Array {
  const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
  const dateCell = (iso: string): XLSX.CellObject => ({ t: 'n', v: serial(iso), z: 'dd/mm/yyyy' });
  const count = (v: number | '-'): XLSX.CellObject => (v === '-' ? { t: 's', v: '-' } : { t: 'n', v });
  const sb01 = XLSX.utils.aoa_to_sheet([HEADERS.SB_01]);
  days.forEach((d, i) => {
    const r = i + 2;
    sb01[`A${r}`] = dateCell(d.date);
    sb01[`B${r}`] = count(d.people);
    sb01[`C${r}`] = count(d.boats);
    sb01[`D${r}`] = count('-');
  });
  sb01['!ref'] = `A1:E${days.length + 1}`;
  const sb02 = XLSX.utils.aoa_to_sheet([HEADERS.SB_02]);
  sb02['A2'] = dateCell('2018-01-07');
  ['B2', 'C2', 'D2', 'E2', 'F2'].forEach((a) => (sb02[a] = count(0)));
  sb02['!ref'] = 'A1:G2';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sb01, 'SB_01');
  XLSX.utils.book_append_sheet(wb, sb02, 'SB_02');
  return writeOds(wb);
}

const series = fc
  .record({
    start: fc.integer({ min: 0, max: 3000 }),
    values: fc.array(fc.record({ people: fc.oneof(fc.nat(2000), fc.constant<'-'>('-')), boats: fc.nat(40) }), {
      minLength: 2,
      maxLength: 40,
    }),
  })
  .map(({ start, values }) =>
    values.map((v, i) => ({ date: addDays('2018-01-01', start + i), people: v.people, boats: v.boats })),
  );

describe('generated workbooks', { timeout: 60_000 }, () => {
  it('reads back every day as written, "-" as missing', () => {
    fc.assert(
      fc.property(series, (days) => {
        const release = readRelease(workbookOf(days));
        expect(release.daily.map((d) => [d.date, d.people, d.boats])).toEqual(
          days.map((d) => [d.date, d.people === '-' ? null : d.people, d.boats]),
        );
      }),
      { seed: 20260821, numRuns: 25 },
    );
  });

  it('names the row of a day dropped or repeated, wherever it is', () => {
    fc.assert(
      fc.property(
        series.filter((d) => d.length >= 3),
        fc.nat(),
        fc.boolean(),
        (days, pick, repeat) => {
          const i = 1 + (pick % (days.length - 2));
          const broken = repeat
            ? days.map((d, j) => (j === i ? { ...d, date: days[i - 1]?.date ?? d.date } : d))
            : days.filter((_, j) => j !== i);
          // Row i + 2 on screen: a header, then day 0 on row 2.
          expect(() => readRelease(workbookOf(broken))).toThrow(
            new RegExp(`^sheet SB_01, row ${i + 2}, column A \\(Date\\): .* (is repeated|is missing)`),
          );
        },
      ),
      { seed: 4, numRuns: 25 },
    );
  });
});
