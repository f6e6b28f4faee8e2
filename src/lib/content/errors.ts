/**
 * A problem in the content a maintainer wrote. The message always names the file, and where it can the
 * line (or CSV row) and the field, so the fix is one look away. Thrown at build time; never reaches readers.
 */
export interface ContentLocation {
  /** Path relative to the project root, e.g. `content/data/small-boat-arrivals.csv`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** CSV data row (1 = first row after the header), when the problem is in a row. */
  row?: number;
  /** Column, key or property path, e.g. `people` or `sources[2]`. */
  field?: string;
}

export class ContentError extends Error {
  readonly location: ContentLocation;

  constructor(location: ContentLocation, problem: string) {
    super(`${formatLocation(location)}: ${problem}`);
    this.name = 'ContentError';
    this.location = location;
  }
}

export function formatLocation({ file, line, row, field }: ContentLocation): string {
  let where = file;
  if (line !== undefined) where += `:${line}`;
  if (row !== undefined) where += ` (row ${row})`;
  if (field !== undefined) where += ` field "${field}"`;
  return where;
}

/** Several problems at once: a maintainer fixing a file wants to see all of them, not one per build. */
export class ContentErrors extends Error {
  readonly problems: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(
      `Content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  - ${e.message}`).join('\n'),
    );
    this.name = 'ContentErrors';
    this.problems = errors;
  }
}
