/**
 * Reads one issue of the Home Office's weekly spreadsheet, "Migrants detected crossing the English Channel in
 * small boats – time series" (OpenDocument), with SheetJS Community Edition (`@e965/xlsx`, an unmodified
 * republication of SheetJS CE on npm: see README, "Updating the figures"). Nothing here parses the file
 * format itself: this module checks what the library reads against the shape the Home Office publishes,
 * and refuses the whole file at its first problem, naming the sheet, the row and the column.
 */
import * as XLSX from '@e965/xlsx';

/** The file's own mark for "not available": read as missing, never as zero. */
export const NOT_AVAILABLE = '-';

export interface DailyRow {
  readonly date: string;
  readonly people: number | null;
  readonly boats: number | null;
  readonly uncontrolledBoats: number | null;
  readonly note: string | null;
}

export interface WeeklyRow {
  readonly weekEnding: string;
  readonly people: number | null;
  readonly boats: number | null;
  readonly uncontrolledBoats: number | null;
  readonly peoplePrevented: number | null;
  readonly eventsPrevented: number | null;
  readonly note: string | null;
}

export interface Release {
  readonly daily: readonly DailyRow[];
  readonly weekly: readonly WeeklyRow[];
}

/** A file refused: where (sheet, spreadsheet row as numbered on screen, column letter and header) and why. */
export class ReleaseError extends Error {
  readonly sheet: string;
  readonly row: number | undefined;
  readonly column: string | undefined;
  constructor(where: { sheet: string; row?: number; column?: string }, problem: string) {
    const at = [
      `sheet ${where.sheet}`,
      ...(where.row === undefined ? [] : [`row ${where.row}`]),
      ...(where.column === undefined ? [] : [`column ${where.column}`]),
    ].join(', ');
    super(`${at}: ${problem}`);
    this.name = 'ReleaseError';
    this.sheet = where.sheet;
    this.row = where.row;
    this.column = where.column;
  }
}

type CellKind = 'date' | 'count' | 'text';
interface ColumnSpec {
  readonly header: string;
  readonly kind: CellKind;
  /** Whether the file may mark a cell "-" (not available). */
  readonly mayBeMissing: boolean;
}

/** The two tables the site reads, column by column, exactly as the Home Office heads them. */
export const SHEETS = {
  SB_01: [
    { header: 'Date', kind: 'date', mayBeMissing: false },
    { header: 'Migrants arrived', kind: 'count', mayBeMissing: true },
    { header: 'Boats arrived', kind: 'count', mayBeMissing: true },
    { header: 'Boats arrived - involved in uncontrolled landings', kind: 'count', mayBeMissing: true },
    { header: 'Notes', kind: 'text', mayBeMissing: true },
  ],
  SB_02: [
    { header: 'Week ending', kind: 'date', mayBeMissing: false },
    { header: 'Migrants arrived', kind: 'count', mayBeMissing: true },
    { header: 'Boats arrived', kind: 'count', mayBeMissing: true },
    { header: 'Boats arrived - involved in uncontrolled landings', kind: 'count', mayBeMissing: true },
    { header: 'Migrants prevented', kind: 'count', mayBeMissing: true },
    { header: 'Events prevented', kind: 'count', mayBeMissing: true },
    { header: 'Notes', kind: 'text', mayBeMissing: true },
  ],
} as const satisfies Record<string, readonly ColumnSpec[]>;
type SheetName = keyof typeof SHEETS;

const DAY_MS = 86_400_000;

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Headers compared as words: runs of spaces, and a line break inside a cell, count as one space. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function describeCell(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === '') return 'an empty cell';
  return JSON.stringify(cell.w ?? String(cell.v));
}

/** A cell the library read as a date: a day number with a date format (how ODS dates arrive), or a Date. */
function dateOf(cell: XLSX.CellObject | undefined): string | undefined {
  if (!cell) return undefined;
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  if (cell.t !== 'n' || typeof cell.v !== 'number' || !Number.isInteger(cell.v)) return undefined;
  if (typeof cell.z !== 'string' || !XLSX.SSF.is_date(cell.z)) return undefined;
  const parsed = XLSX.SSF.parse_date_code(cell.v);
  const iso = `${String(parsed.y).padStart(4, '0')}-${String(parsed.m).padStart(2, '0')}-${String(parsed.d).padStart(2, '0')}`;
  return iso;
}

interface SheetRow {
  readonly row: number;
  readonly cells: readonly (string | number | null)[];
}

function readSheet(workbook: XLSX.WorkBook, sheet: SheetName): SheetRow[] {
  const ws = workbook.Sheets[sheet];
  if (!ws || !workbook.SheetNames.includes(sheet)) {
    throw new ReleaseError(
      { sheet },
      `the sheet is missing (the file has: ${workbook.SheetNames.join(', ')}). A renamed sheet is refused: check the file is the Home Office's time series and, if the Home Office has changed its layout, change this importer`,
    );
  }
  const specs: readonly ColumnSpec[] = SHEETS[sheet];
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1:A1');
  const letter = (c: number) => XLSX.utils.encode_col(c);
  const columnName = (c: number) => `${letter(c)} (${specs[c]?.header ?? 'beyond the table'})`;
  const at = (r: number, c: number): XLSX.CellObject | undefined => ws[XLSX.utils.encode_cell({ r, c })];

  // The header: row 1, columns in order, nothing to their right.
  specs.forEach((spec, c) => {
    const cell = at(0, c);
    const text = cell?.v === undefined ? '' : normalise(String(cell.v));
    if (text !== spec.header) {
      throw new ReleaseError(
        { sheet, row: 1, column: letter(c) },
        `expected the header "${spec.header}", found ${describeCell(cell)}: a header changed or moved is refused`,
      );
    }
  });
  for (let c = specs.length; c <= range.e.c; c++) {
    for (let r = 0; r <= range.e.r; r++) {
      const cell = at(r, c);
      if (cell && cell.v !== undefined && cell.v !== '') {
        throw new ReleaseError(
          { sheet, row: r + 1, column: letter(c) },
          `found ${describeCell(cell)} to the right of the table (which ends at column ${letter(specs.length - 1)}): a column added or moved is refused`,
        );
      }
    }
  }

  // Trailing blank rows are not data; a blank row inside the table is a day (or week) missing, found below.
  let last = range.e.r;
  while (last > 0 && specs.every((_, c) => at(last, c)?.v === undefined || at(last, c)?.v === '')) last--;
  if (last === 0) throw new ReleaseError({ sheet, row: 2 }, 'the table has no rows');

  const rows: SheetRow[] = [];
  for (let r = 1; r <= last; r++) {
    const cells = specs.map((spec, c): string | number | null => {
      const cell = at(r, c);
      const where = { sheet, row: r + 1, column: columnName(c) };
      const empty = !cell || cell.v === undefined || (typeof cell.v === 'string' && cell.v.trim() === '');
      if (spec.kind === 'text') return empty ? null : normalise(String(cell?.v));
      if (empty) {
        throw new ReleaseError(
          where,
          spec.kind === 'date'
            ? 'is empty where a date belongs'
            : `is empty where a count belongs (the file marks a figure not available with "${NOT_AVAILABLE}")`,
        );
      }
      if (spec.kind === 'date') {
        const date = dateOf(cell);
        if (date === undefined) throw new ReleaseError(where, `${describeCell(cell)} is not a date`);
        return date;
      }
      if (cell?.t === 's' && typeof cell.v === 'string' && cell.v.trim() === NOT_AVAILABLE) {
        if (!spec.mayBeMissing)
          throw new ReleaseError(where, `is "${NOT_AVAILABLE}" (not available), and this column cannot be`);
        return null;
      }
      if (cell?.t !== 'n' || typeof cell.v !== 'number') {
        throw new ReleaseError(where, `${describeCell(cell)} is text where a count belongs`);
      }
      if (!Number.isInteger(cell.v)) throw new ReleaseError(where, `${describeCell(cell)} is not a whole number`);
      if (cell.v < 0) throw new ReleaseError(where, `${describeCell(cell)} is negative: a count cannot be`);
      return cell.v;
    });
    rows.push({ row: r + 1, cells });
  }
  return rows;
}

/** Dates must run one step apart with no gap, repeat or step back, naming the first row that breaks that. */
function checkSequence(sheet: SheetName, rows: readonly SheetRow[], stepDays: number, what: string): void {
  const column = `A (${SHEETS[sheet][0].header})`;
  rows.forEach((row, i) => {
    const date = row.cells[0] as string;
    if (stepDays === 7 && new Date(`${date}T00:00:00Z`).getUTCDay() !== 0) {
      throw new ReleaseError({ sheet, row: row.row, column }, `${date} is not a Sunday (weeks end on Sundays)`);
    }
    const previous = rows[i - 1];
    if (!previous) return;
    const before = previous.cells[0] as string;
    const expected = addDays(before, stepDays);
    if (date === expected) return;
    if (date === before) {
      throw new ReleaseError({ sheet, row: row.row, column }, `${date} is repeated (also row ${previous.row})`);
    }
    if (date < before) {
      throw new ReleaseError(
        { sheet, row: row.row, column },
        `${date} is out of order: it comes after ${before} (row ${previous.row})`,
      );
    }
    const later = rows.findIndex((r, j) => j > i && r.cells[0] === expected);
    if (later !== -1) {
      throw new ReleaseError(
        { sheet, row: row.row, column },
        `${date} is out of order: ${expected} should come next, and comes later (row ${rows[later]?.row ?? '?'})`,
      );
    }
    throw new ReleaseError(
      { sheet, row: row.row, column },
      `${date} follows ${before} (row ${previous.row}): the ${what} ${expected}${date > addDays(expected, stepDays) ? ` to ${addDays(date, -stepDays)}` : ''} is missing`,
    );
  });
}

/**
 * Reads an issue of the file. Throws ReleaseError, naming sheet, row and column, for anything not in the
 * published shape; returns every day and week otherwise.
 */
export function readRelease(bytes: Uint8Array): Release {
  let workbook: XLSX.WorkBook;
  // SheetJS logs a note on every conditional number format it meets in ODS styles; the cells the importer
  // reads are checked below, so those notes (about display formats only) are dropped, and nothing else.
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('ODS number format may be incorrect')) return;
    consoleError(...args);
  };
  try {
    workbook = XLSX.read(bytes, { type: 'buffer', dense: false, cellDates: false });
  } catch (error) {
    throw new ReleaseError({ sheet: '(none)' }, `the file could not be read as a spreadsheet: ${String(error)}`);
  } finally {
    console.error = consoleError;
  }
  if (workbook.bookType !== undefined && workbook.bookType !== 'ods') {
    // Not fatal in itself, but the Home Office publishes ODS; another format is a different file.
    throw new ReleaseError({ sheet: '(none)' }, `the file is ${workbook.bookType}, not OpenDocument (ods)`);
  }

  const dailyRows = readSheet(workbook, 'SB_01');
  checkSequence('SB_01', dailyRows, 1, 'day');
  const weeklyRows = readSheet(workbook, 'SB_02');
  checkSequence('SB_02', weeklyRows, 7, 'week ending');

  const count = (v: string | number | null) => (typeof v === 'number' ? v : null);
  const text = (v: string | number | null) => (typeof v === 'string' ? v : null);
  return {
    daily: dailyRows.map(({ cells: [date, people, boats, uncontrolled, note] }) => ({
      date: date as string,
      people: count(people ?? null),
      boats: count(boats ?? null),
      uncontrolledBoats: count(uncontrolled ?? null),
      note: text(note ?? null),
    })),
    weekly: weeklyRows.map(({ cells: [week, people, boats, uncontrolled, prevented, events, note] }) => ({
      weekEnding: week as string,
      people: count(people ?? null),
      boats: count(boats ?? null),
      uncontrolledBoats: count(uncontrolled ?? null),
      peoplePrevented: count(prevented ?? null),
      eventsPrevented: count(events ?? null),
      note: text(note ?? null),
    })),
  };
}
