/**
 * content/dated.yaml: facts that are true for a time. Who holds an office, and whether a route, scheme,
 * treaty or law is open, suspended, closed, proposed, in force or extended, each as periods with a start
 * date, an end date where one is known, a source and a confidence, as every number has. Chapters cite them
 * with <Office> and <Status> (src/mdx/), which render the words true on the date a sentence is about; the
 * checks here and in ./dated-checks.ts fail the build, naming file, line and field, where a period lacks its
 * date or source, or a sentence would be false on its date.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { confidence, id, partialDate } from './fields.ts';
import type { Reader } from './reader.ts';
import type { Sources } from './sources.ts';

export const statuses = ['open', 'suspended', 'closed', 'proposed', 'in-force', 'extended'] as const;
export type Status = (typeof statuses)[number];

const period = z.strictObject({
  /** Who held the office (offices only). */
  holder: z.string().min(1).optional(),
  /** The state it was in (routes, schemes, treaties, laws and policies only). */
  status: z.enum(statuses, { error: `must be one of: ${statuses.join(', ')}` }).optional(),
  /** The first day it was true, at the precision the source gives (2015 where only the year is known). */
  from: partialDate,
  /** The day it stopped being true; none while it still is, as far as our sources go. */
  to: partialDate.optional(),
  source: id,
  confidence,
  note: z.string().min(1).optional(),
});
export type Period = z.output<typeof period>;

export const datedSchema = z
  .strictObject({
    id,
    what: z.enum(['office', 'route', 'scheme', 'treaty', 'law', 'policy']),
    /** The office's title ("Home Secretary") or the route's name ("refugee family reunion"), as prose says it. */
    name: z.string().min(1),
    periods: z.array(period).min(1, 'needs at least one period, with its dates and source'),
  })
  .superRefine((fact, ctx) => {
    fact.periods.forEach((p, i) => {
      const office = fact.what === 'office';
      if (office && p.holder === undefined) {
        ctx.addIssue({ code: 'custom', path: ['periods', i, 'holder'], message: 'an office period names its holder' });
      }
      if (!office && p.status === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', i, 'status'],
          message: `a ${fact.what} period gives its status`,
        });
      }
      if (p.to !== undefined && p.to < p.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', i, 'to'],
          message: `ends (${p.to}) before it starts (${p.from})`,
        });
      }
      const before = fact.periods[i - 1];
      if (before && (before.to === undefined || p.from < before.to)) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', i, 'from'],
          message: `starts (${p.from}) before the period above it ends (${before.to ?? 'never'}): list periods in order, each ended before the next`,
        });
      }
    });
  });
export type DatedFact = z.output<typeof datedSchema>;

/** The period true on `date` (ISO, YYYY-MM-DD), if any: it started on or before it and had not ended. */
export function periodOn(fact: DatedFact, date: string): Period | undefined {
  return fact.periods.find((p) => p.from <= date && (p.to === undefined || date < p.to));
}

/** The dated facts, in the order the file lists them. Optional as a file: a content folder may cite none. */
export function loadDated(reader: Reader, sources: Sources): Map<string, DatedFact> {
  const path = reader.path('dated.yaml');
  const yaml = existsSync(path) ? reader.readYaml(path) : undefined;
  return reader.readList<DatedFact>(yaml, (entry, index, file) => {
    const fact = reader.entry<DatedFact>(file, datedSchema, entry, index);
    fact?.periods.forEach((p, i) =>
      sources.check(p.source, reader.at(file, index, `periods[${i}].source`, 'periods', i, 'source')),
    );
    return fact;
  });
}
