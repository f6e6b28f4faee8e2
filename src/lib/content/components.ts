/**
 * The components a chapter may use, as validation and the build's plugin see them: the attributes each
 * takes (a zod schema, so an unknown or missing attribute fails with its name), which of them name an
 * entry of another concept, what each holds, and which are told their chapter at compile time
 * (src/mdx/chapter-ids.ts) to number their own notes and figures. src/mdx/index.ts exports exactly one
 * component of each name (its type says so, checked by `astro check`).
 */
import { z } from 'zod';

/** A concept an attribute can name, and where its entries live. */
export const collections = {
  figures: { what: 'figure', file: 'content/figures.yaml' },
  charts: { what: 'chart', file: 'content/charts.yaml' },
  sources: { what: 'source', file: 'content/sources.yaml' },
  quotes: { what: 'quote', file: 'content/quotes.yaml' },
  glossary: { what: 'term', file: 'content/glossary.yaml' },
  dated: { what: 'dated fact', file: 'content/dated.yaml' },
} as const;
export type Collection = keyof typeof collections;

/** What a citing component adds to the chapter's notes (a chart also gets a figure number). */
export type Citation = 'figure' | 'chart' | 'source' | 'quote';
/** What a chapter's walk records in order: what it cites, and each stepped story (a figure on paper). */
export type RefKind = Citation | 'steps';

export interface ComponentSpec {
  /** Its attributes, all written as text: `name="…"`. */
  readonly props: z.ZodObject;
  /** Attributes that name an entry, and of which concept. */
  readonly names: Readonly<Record<string, Collection>>;
  /** The citation its `id` makes, numbered in the chapter's notes and figures. */
  readonly cites?: Citation;
  /** Told its chapter by src/mdx/chapter-ids.ts (a `chapter` prop), to number its own note or figure. */
  readonly toldChapter?: boolean;
  /** What it holds: nothing (`<Num id="…"/>`), words, or only `<Step>`s. */
  readonly holds: 'nothing' | 'words' | 'steps';
  /** The component it must sit directly in. */
  readonly inside?: string;
}

const named = (what: string) => z.string({ error: `is missing: it names ${what}` });
const words = (what: string) => z.string({ error: `is missing: ${what}` });

export const chapterComponents = {
  Num: {
    props: z.strictObject({ id: named('a figure id') }),
    names: { id: 'figures' },
    cites: 'figure',
    toldChapter: true,
    holds: 'nothing',
  },
  Chart: {
    props: z.strictObject({ id: named('a chart id') }),
    names: { id: 'charts' },
    cites: 'chart',
    toldChapter: true,
    holds: 'nothing',
  },
  Source: {
    props: z.strictObject({ id: named('a source id') }),
    names: { id: 'sources' },
    cites: 'source',
    toldChapter: true,
    holds: 'nothing',
  },
  Quote: {
    props: z.strictObject({ id: named('a quote id') }),
    names: { id: 'quotes' },
    cites: 'quote',
    toldChapter: true,
    holds: 'nothing',
  },
  // A guess is asked before the chart that answers it, and named by that chart's id; the <Chart> after it
  // is the chart's place in the chapter and its notes. Its question cites the chart's first source.
  Guess: {
    props: z.strictObject({ id: named('a chart id'), from: words('the key of the last row the reader is shown') }),
    names: { id: 'charts' },
    toldChapter: true,
    holds: 'nothing',
  },
  // Two figures, both amounts in pounds. The question, its words, cites the whole with a <Num> of its own;
  // the answer is only shown after "Show me", and cited where the prose gives it.
  GuessAmount: {
    props: z.strictObject({
      answer: named('a figure id'),
      of: named('a figure id'),
      part: words('what the answer is, for its key ("New money")'),
      rest: words('what the rest of the whole is ("Moved from another budget")'),
    }),
    names: { answer: 'figures', of: 'figures' },
    holds: 'words',
  },
  // Dated facts (content/dated.yaml): the words true on the date the sentence is about (`on`), or on the
  // date the figures run to for the present tense; `holder` or `is` asserts what the sentence says, and
  // the build fails where that is false on the date (./dated-checks.ts).
  Office: {
    props: z.strictObject({
      id: named('an office in content/dated.yaml'),
      on: z.string().optional(),
      holder: z.string().optional(),
      start: z.literal('sentence', { error: 'is "sentence" or absent' }).optional(),
    }),
    names: { id: 'dated' },
    holds: 'nothing',
  },
  Status: {
    props: z.strictObject({
      id: named('a route, scheme, treaty, law or policy in content/dated.yaml'),
      on: z.string().optional(),
      is: z.string().optional(),
    }),
    names: { id: 'dated' },
    holds: 'nothing',
  },
  Term: {
    props: z.strictObject({ id: named('a term id') }),
    names: { id: 'glossary' },
    holds: 'words',
  },
  Steps: {
    props: z.strictObject({ label: words('what the story is about, naming its region') }),
    names: {},
    holds: 'steps',
  },
  // A step of a stepped story shows a chart (in one state) beside its words; the full chart is a <Chart>.
  Step: {
    props: z.strictObject({
      id: z.string({ error: 'needs id, the chart the step shows' }),
      through: z.string().optional(),
      what: z.string().optional(),
    }),
    names: { id: 'charts' },
    holds: 'words',
    inside: 'Steps',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof chapterComponents;

export function isComponent(name: string): name is ComponentName {
  return Object.hasOwn(chapterComponents, name);
}

/** The components src/mdx/chapter-ids.ts tells their chapter. */
export const toldTheirChapter: ReadonlySet<string> = new Set(
  Object.entries(chapterComponents).flatMap(([name, spec]) => ('toldChapter' in spec ? [name] : [])),
);
