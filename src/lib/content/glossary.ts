/**
 * content/glossary.yaml: terms explained in place (<Term>) and on /glossary/. Optional as a file (a
 * content folder without terms needs none), but every <Term> a chapter marks must be in it.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { id } from './fields.ts';
import type { Reader } from './reader.ts';
import type { Sources } from './sources.ts';

/**
 * A term the chapters use that a reader may not know. The definition is our own plain words, short
 * enough to read in a popover; `source` names where the term's official meaning is set out, if anywhere.
 */
export const termSchema = z.strictObject({
  id,
  /** The term as a heading shows it, e.g. "Asylum claim". */
  term: z.string().min(1),
  definition: z.string().min(1).max(400, 'is too long for a definition read in place: keep it under 400 characters'),
  source: id.optional(),
});
export type Term = z.output<typeof termSchema>;

/** The terms, in the order the file lists them. */
export function loadGlossary(reader: Reader, sources: Sources): Map<string, Term> {
  const path = reader.path('glossary.yaml');
  const yaml = existsSync(path) ? reader.readYaml(path) : undefined;
  return reader.readList<Term>(yaml, (entry, index, file) => {
    const term = reader.entry<Term>(file, termSchema, entry, index);
    if (term?.source) sources.check(term.source, reader.at(file, index, 'source'));
    return term;
  });
}
