/** content/quotes.yaml: short, exact quotes, each with its speaker, occasion, date and source. */
import { z } from 'zod';
import { confidence, id, partialDate } from './fields.ts';
import type { Reader } from './reader.ts';
import type { Sources } from './sources.ts';

export const sides = ['enforcement', 'safe-routes', 'neutral'] as const;

export const quoteSchema = z
  .strictObject({
    id,
    /** Exact words, short. Typographic apostrophes as the source prints them. */
    text: z.string().min(1).max(400, 'is too long for a quote: keep quotes short and link to the source'),
    speaker: z.string().min(1),
    /** The speaker's role at the time, e.g. "Home Secretary". */
    role: z.string().min(1),
    /** Where and when it was said or written. */
    occasion: z.string().min(1),
    /** At the precision the source gives (a report dated only "January 2024" gives 2024-01). */
    date: partialDate,
    source: id,
    /** Whose case the quote makes: chapters give each side the same room. */
    side: z.enum(sides, { error: `must be one of: ${sides.join(', ')}` }),
    /** The quote (id) this one was said in answer to, if any: the balance test keeps replies out of a case's own words. */
    answers: id.optional(),
    /** L when the words were read only in a secondary copy (a news report): then `caveat` says so. */
    confidence: confidence.default('V'),
    caveat: z.string().min(1).optional(),
  })
  .refine((q) => q.confidence !== 'L' || q.caveat !== undefined, {
    message: 'a quote of confidence L must carry its caveat in `caveat` (e.g. read only in a news copy)',
    path: ['caveat'],
  });
export type Quote = z.output<typeof quoteSchema>;

export function loadQuotes(reader: Reader, sources: Sources): Map<string, Quote> {
  const yaml = reader.readYaml(reader.path('quotes.yaml'));
  return reader.readList<Quote>(yaml, (entry, index, file) => {
    const quote = reader.entry<Quote>(file, quoteSchema, entry, index);
    if (quote) sources.check(quote.source, reader.at(file, index, 'source'));
    return quote;
  });
}
