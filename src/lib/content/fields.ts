/**
 * Fields more than one concept's schema uses: permanent ids, dates at the precision a publisher gives,
 * https addresses and confidence. Messages are written for the person fixing the file: they say what is
 * expected, not how zod sees it.
 */
import { z } from 'zod';

/** Permanent ids: they appear in URLs (charts are embedded in other people's pages). */
export const id = z
  .string({ error: 'is missing (an id in kebab-case, e.g. "small-boat-arrivals")' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** YAML turns bare dates into Date objects; authors write them bare, so accept both and keep the text. */
const dateText = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'must be an ISO 8601 date (YYYY-MM-DD)' }),
);

export const isoDate = dateText.refine(
  (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value),
  'must be an ISO 8601 date (YYYY-MM-DD), e.g. 2024-11-04',
);

/** A publication date at the precision the publisher gives: 2025, 2025-03 or 2025-03-31. */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  dateText.refine(
    (value) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && isRealDate(value),
    'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
  ),
);

export const httpsUrl = z.string().refine((value) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an https:// address');

/** V: checked against the source's own text; L: likely (a secondary copy, or simple arithmetic). */
export const confidence = z.enum(['V', 'L'], { error: 'must be V (verified) or L (likely)' });
