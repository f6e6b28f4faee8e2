import { csvParseRows } from 'd3-dsv';
import { ContentError } from './errors.ts';
import type { Column } from './columns.ts';

/** A typed cell: numbers for numeric columns, text otherwise, null where a published figure is absent. */
export type Cell = string | number | null;
export type Row = Readonly<Record<string, Cell>>;

const patterns = {
  whole: /^-?\d+$/,
  decimal: /^-?\d+(?:\.\d+)?$/,
  isoDate: /^\d{4}-\d{2}-\d{2}$/,
  year: /^\d{4}$/,
};

/** Whether a YYYY-MM-DD string names a day that exists (not 2024-02-30). */
export function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Why a cell is wrong, or its typed value. */
function parseCell(raw: string, column: Column): { value: Cell } | { problem: string } {
  const text = raw.trim();
  if (text === '') {
    return column.optional ? { value: null } : { problem: 'is empty, and this column is required' };
  }
  const shown = JSON.stringify(raw);
  switch (column.type) {
    case 'year':
      return patterns.year.test(text) ? { value: Number(text) } : { problem: `${shown} is not a four-digit year` };
    case 'date':
      return patterns.isoDate.test(text) && isRealDate(text)
        ? { value: text }
        : { problem: `${shown} is not an ISO 8601 date (YYYY-MM-DD)` };
    case 'count':
    case 'gbp':
    case 'eur':
    case 'money': {
      if (!patterns.decimal.test(text)) return { problem: `${shown} is not a number (write digits only: 36816)` };
      if (!patterns.whole.test(text)) return { problem: `${shown} is not a whole number` };
      const value = Number(text);
      if (value < 0)
        return { problem: `${shown} is negative; a ${column.type === 'count' ? 'count' : 'sum of money'} cannot be` };
      return { value };
    }
    case 'number':
    case 'percent': {
      if (!patterns.decimal.test(text)) return { problem: `${shown} is not a number (write digits only: 12.5)` };
      const value = Number(text);
      if (value < 0) return { problem: `${shown} is negative; this column cannot be` };
      if (column.type === 'percent' && value > 100) return { problem: `${shown} is not a percentage from 0 to 100` };
      return { value };
    }
    case 'confidence':
      return text === 'V' || text === 'L'
        ? { value: text }
        : { problem: `${shown} must be V (verified) or L (likely)` };
    case 'enum':
      return column.values?.includes(text)
        ? { value: text }
        : { problem: `${shown} is not one of: ${(column.values ?? []).join(', ')}` };
    case 'source':
    case 'text':
      return { value: text };
  }
}

/**
 * Parses a dataset's CSV against its declared columns. Every problem is collected (file, line, row and
 * column named), so one build shows a maintainer everything to fix in the file.
 */
export function parseCsv(
  file: string,
  text: string,
  columns: Readonly<Record<string, Column>>,
): { rows: Row[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const lines = csvParseRows(text.replace(/^\uFEFF/, ''));
  // A trailing newline is normal; blank lines elsewhere are not data.
  while (lines.length > 0 && lines.at(-1)?.every((cell) => cell.trim() === '')) lines.pop();
  const header = lines[0];
  const declared = Object.keys(columns);
  if (!header) {
    return { rows: [], errors: [new ContentError({ file, line: 1 }, 'is empty: expected a header row and data rows')] };
  }
  if (header.join(',') !== declared.join(',')) {
    return {
      rows: [],
      errors: [
        new ContentError(
          { file, line: 1, field: 'header' },
          `columns are "${header.join(',')}" but the sidecar declares "${declared.join(',')}" (same names, same order)`,
        ),
      ],
    };
  }
  if (lines.length === 1) {
    return {
      rows: [],
      errors: [new ContentError({ file, line: 2 }, 'has a header but no data rows: a dataset cannot be empty')],
    };
  }
  const rows: Row[] = [];
  lines.slice(1).forEach((cells, index) => {
    const rowNumber = index + 1;
    const line = index + 2;
    if (cells.length !== declared.length) {
      errors.push(
        new ContentError(
          { file, line, row: rowNumber },
          `has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the header has ${declared.length}`,
        ),
      );
      return;
    }
    const row: Record<string, Cell> = {};
    declared.forEach((name, i) => {
      const column = columns[name];
      if (!column) return;
      const parsed = parseCell(cells[i] ?? '', column);
      if ('problem' in parsed)
        errors.push(new ContentError({ file, line, row: rowNumber, field: name }, parsed.problem));
      else row[name] = parsed.value;
    });
    rows.push(row);
  });
  return { rows, errors };
}
