/** content/sources.yaml: every source once. Every other concept cites sources by id. */
import { z } from 'zod';
import type { ContentLocation } from './errors.ts';
import { httpsUrl, id, isoDate, partialDate } from './fields.ts';
import type { Reader } from './reader.ts';

export const sourceKinds = [
  'official-statistics',
  'press-release',
  'speech',
  'parliament',
  'audit-office',
  'legislation',
  'ngo',
  'international-organisation',
  'news',
] as const;

export const sourceSchema = z
  .strictObject({
    id,
    /** The publication's own title, or, with `described: true`, our description of a document whose title we do not have. */
    title: z.string().min(1),
    /** The title is our description, not the document's own: shown as such, never as a citation. */
    described: z.boolean().optional(),
    /** Who published it: the primary publisher, not whoever repeated it. */
    publisher: z.string().min(1),
    kind: z.enum(sourceKinds, { error: `must be one of: ${sourceKinds.join(', ')}` }),
    /** Omitted when the address has not been seen: the source is then cited by title and date. */
    url: httpsUrl.optional(),
    /** At the precision the publisher gives. */
    published: partialDate.optional(),
    /** For pages without one publication date ("daily"). */
    updated: z.string().min(1).optional(),
    /** When Crossings last checked the figures it takes from this source. */
    accessed: isoDate,
    note: z.string().min(1).optional(),
  })
  .refine((s) => s.published !== undefined || s.updated !== undefined || s.note !== undefined, {
    // A date we have not seen is never guessed: without one, the note must say why.
    message:
      'needs a `published` date, or `updated` (e.g. "daily") for pages without one, or a `note` saying why the date is unknown',
    path: ['published'],
  });
export type Source = z.output<typeof sourceSchema>;

export interface Sources {
  sources: Map<string, Source>;
  /** Reports `ref` at `where` unless it is a source id. */
  check(ref: string, where: ContentLocation): void;
}

export function loadSources(reader: Reader): Sources {
  const yaml = reader.readYaml(reader.path('sources.yaml'));
  const sources = reader.readList<Source>(yaml, (entry, index, file) => reader.entry(file, sourceSchema, entry, index));
  return {
    sources,
    check(ref, where) {
      if (!sources.has(ref)) reader.report(where, `unknown source id "${ref}": add it to content/sources.yaml`);
    },
  };
}
