/**
 * Bad-input fixtures for the importer, derived from the Home Office's real files with the same library the
 * importer reads them with: each case takes the real workbook, breaks one thing, and writes an .ods. Tests
 * write them to a temporary folder (nothing binary is committed); `node scripts/import/fixtures.ts <dir>`
 * writes them out to look at in a spreadsheet program.
 */
import * as XLSX from '@e965/xlsx';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SHEETS } from './release.ts';

export const REAL_FILES = {
  december2025: resolve(import.meta.dirname, '../../../shared/data/home-office/small-boats-time-series-2025-12-12.ods'),
  august2026: resolve(import.meta.dirname, '../../../shared/data/home-office/small-boats-time-series-2026-08-21.ods'),
} as const;

export function readWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  // As in release.ts: SheetJS notes each conditional display format in ODS styles; not needed here.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    return XLSX.read(bytes, { type: 'buffer', dense: false, cellDates: false });
  } finally {
    console.error = consoleError;
  }
}

export function writeOds(workbook: XLSX.WorkBook): Uint8Array {
  return XLSX.write(workbook, { bookType: 'ods', type: 'buffer', compression: true }) as Uint8Array;
}

function sheet(workbook: XLSX.WorkBook, name: string): XLSX.WorkSheet {
  const ws = workbook.Sheets[name];
  if (!ws) throw new Error(`fixture: no sheet ${name}`);
  return ws;
}

/** Moves every row from `from` (1-based, as on screen) down by `by` rows (or up, if negative). */
function shiftRows(ws: XLSX.WorkSheet, from: number, by: number): void {
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const rows = [...Array(range.e.r - from + 2).keys()].map((i) => from - 1 + i);
  const order = by > 0 ? rows.reverse() : rows;
  for (const r of order) {
    for (let c = range.s.c; c <= range.e.c; c++) {
      const fromAddr = XLSX.utils.encode_cell({ r, c });
      const toAddr = XLSX.utils.encode_cell({ r: r + by, c });
      const cell = ws[fromAddr] as XLSX.CellObject | undefined;
      // A sheet is a map from cell address to cell: moving a row is deleting and setting addresses.
      if (cell) ws[toAddr] = cell;
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
      else delete ws[toAddr];
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
      delete ws[fromAddr];
    }
  }
  range.e.r += by;
  ws['!ref'] = XLSX.utils.encode_range(range);
}

function setCell(ws: XLSX.WorkSheet, address: string, cell: XLSX.CellObject): void {
  ws[address] = cell;
}

function cellAt(ws: XLSX.WorkSheet, address: string): XLSX.CellObject {
  const cell = ws[address] as XLSX.CellObject | undefined;
  if (!cell) throw new Error(`fixture: no cell ${address}`);
  return cell;
}

export interface BadCase {
  readonly name: string;
  /** What the breakage is, in words. */
  readonly what: string;
  readonly breakIt: (workbook: XLSX.WorkBook) => void;
  /** The start of the message the importer must give: sheet, row and column, then what is wrong. */
  readonly expected: string;
}

/** Each case breaks the August 2026 file in one way the importer must refuse. */
export const BAD_CASES: readonly BadCase[] = [
  {
    name: 'missing-sheet',
    what: 'SB_02 deleted',
    breakIt: (wb) => {
      wb.SheetNames = wb.SheetNames.filter((n) => n !== 'SB_02');
      delete wb.Sheets['SB_02'];
    },
    expected: 'sheet SB_02: the sheet is missing (the file has: Cover_sheet, Notes, SB_01)',
  },
  {
    name: 'renamed-sheet',
    what: 'SB_01 renamed "SB_01 (daily)"',
    breakIt: (wb) => {
      wb.SheetNames = wb.SheetNames.map((n) => (n === 'SB_01' ? 'SB_01 (daily)' : n));
      wb.Sheets['SB_01 (daily)'] = sheet(wb, 'SB_01');
      delete wb.Sheets['SB_01'];
    },
    expected: 'sheet SB_01: the sheet is missing (the file has: Cover_sheet, Notes, SB_01 (daily), SB_02)',
  },
  {
    name: 'header-changed',
    what: 'SB_01 C1 "Boats arrived" changed to "Boats"',
    breakIt: (wb) => setCell(sheet(wb, 'SB_01'), 'C1', { t: 's', v: 'Boats' }),
    expected: 'sheet SB_01, row 1, column C: expected the header "Boats arrived", found "Boats"',
  },
  {
    name: 'header-moved',
    what: 'a blank row inserted above the SB_02 table',
    breakIt: (wb) => shiftRows(sheet(wb, 'SB_02'), 1, 1),
    expected: 'sheet SB_02, row 1, column A: expected the header "Week ending", found an empty cell',
  },
  {
    name: 'columns-swapped',
    what: 'SB_02 columns E and F (people and events prevented) swapped',
    breakIt: (wb) => {
      const ws = sheet(wb, 'SB_02');
      const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
      for (let r = 0; r <= range.e.r; r++) {
        const e = XLSX.utils.encode_cell({ r, c: 4 });
        const f = XLSX.utils.encode_cell({ r, c: 5 });
        const [a, b] = [ws[e] as XLSX.CellObject | undefined, ws[f] as XLSX.CellObject | undefined];
        if (b) ws[e] = b;
        if (a) ws[f] = a;
      }
    },
    expected: 'sheet SB_02, row 1, column E: expected the header "Migrants prevented", found "Events prevented"',
  },
  {
    name: 'text-in-count',
    what: 'SB_01 B2000 (people on 22 June 2023) typed as the text "12a"',
    breakIt: (wb) => setCell(sheet(wb, 'SB_01'), 'B2000', { t: 's', v: '12a' }),
    expected: 'sheet SB_01, row 2000, column B (Migrants arrived): "12a" is text where a count belongs',
  },
  {
    name: 'negative-count',
    what: 'SB_02 E440 (people prevented, week ending 31 May 2026) made -5',
    breakIt: (wb) => setCell(sheet(wb, 'SB_02'), 'E440', { t: 'n', v: -5 }),
    expected: 'sheet SB_02, row 440, column E (Migrants prevented): "-5" is negative: a count cannot be',
  },
  {
    name: 'empty-count',
    what: 'SB_01 C3000 (boats on 18 March 2026) emptied',
    breakIt: (wb) => {
      delete sheet(wb, 'SB_01')['C3000'];
    },
    expected:
      'sheet SB_01, row 3000, column C (Boats arrived): is empty where a count belongs (the file marks a figure not available with "-")',
  },
  {
    name: 'day-missing',
    what: 'the SB_01 row for 29 February 2024 (row 2252) deleted, the rows below moved up',
    breakIt: (wb) => shiftRows(sheet(wb, 'SB_01'), 2253, -1),
    expected:
      'sheet SB_01, row 2252, column A (Date): 2024-03-01 follows 2024-02-28 (row 2251): the day 2024-02-29 is missing',
  },
  {
    name: 'day-repeated',
    what: 'SB_01 A2252 (29 February 2024) given the date of the row above',
    breakIt: (wb) => {
      const ws = sheet(wb, 'SB_01');
      setCell(ws, 'A2252', { ...cellAt(ws, 'A2251') });
    },
    expected: 'sheet SB_01, row 2252, column A (Date): 2024-02-28 is repeated (also row 2251)',
  },
  {
    name: 'date-out-of-order',
    what: 'SB_01 dates of rows 100 and 101 swapped',
    breakIt: (wb) => {
      const ws = sheet(wb, 'SB_01');
      const [a, b] = [cellAt(ws, 'A100'), cellAt(ws, 'A101')];
      setCell(ws, 'A100', { ...b });
      setCell(ws, 'A101', { ...a });
    },
    expected:
      'sheet SB_01, row 100, column A (Date): 2018-04-10 is out of order: 2018-04-09 should come next, and comes later (row 101)',
  },
  {
    name: 'week-not-sunday',
    what: 'SB_02 A300 moved a day later, to a Monday',
    breakIt: (wb) => {
      const ws = sheet(wb, 'SB_02');
      const cell = cellAt(ws, 'A300');
      setCell(ws, 'A300', { ...cell, v: Number(cell.v) + 1 });
    },
    expected: 'sheet SB_02, row 300, column A (Week ending): 2023-09-25 is not a Sunday (weeks end on Sundays)',
  },
];

/** The real August 2026 file with one case's breakage, as .ods bytes. */
export function badFile(bad: BadCase, real: Uint8Array = readFileSync(REAL_FILES.august2026)): Uint8Array {
  const workbook = readWorkbook(real);
  bad.breakIt(workbook);
  return writeOds(workbook);
}

/** The headers the importer expects, for tests that build small workbooks of their own. */
export const HEADERS = {
  SB_01: SHEETS.SB_01.map((c) => c.header),
  SB_02: SHEETS.SB_02.map((c) => c.header),
};

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? 'import-fixtures');
  mkdirSync(dir, { recursive: true });
  const real = readFileSync(REAL_FILES.august2026);
  for (const bad of BAD_CASES) {
    writeFileSync(join(dir, `${bad.name}.ods`), badFile(bad, real));
    console.log(`${bad.name}.ods: ${bad.what}`);
  }
}
