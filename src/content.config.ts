/**
 * Content collections. Every collection is fed by one validated read of content/ (src/lib/content/load.ts),
 * so a bad CSV, an unknown source or an unknown <Num id> stops the build before a page is written, with a
 * message naming the file, the row or line, and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kindRegistry } from './charts/kinds/index.ts';
import { chapterId, loadContent, type Content } from './lib/content/load.ts';
import { contentFromJson, snapshotVariable } from './lib/content/snapshot.ts';
import {
  changeSchema,
  chapterSchema,
  chartSchema,
  datasetMetaSchema,
  datedSchema,
  figureTypes,
  quoteSchema,
  sourceSchema,
  termSchema,
  units,
} from './lib/content/schemas.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
/** Fixtures for bad input point this at another folder; everything else reads content/. */
const contentDir = process.env['CROSSINGS_CONTENT_DIR'] ?? `${projectRoot}content`;

let cached: Content | undefined;
/**
 * One read for all collections; a failure throws ContentErrors, which fails the build. `npm run build` has
 * already read and checked content, and hands it over in a file (src/lib/content/snapshot.ts); run alone
 * (astro dev, astro check), Astro reads it here.
 */
function content(): Content {
  const snapshot = process.env[snapshotVariable];
  cached ??= snapshot
    ? contentFromJson(readFileSync(snapshot, 'utf8'))
    : loadContent({ contentDir, kinds: kindRegistry });
  return cached;
}

const cell = z.union([z.string(), z.number(), z.null()]);

export const collections = {
  chapters: defineCollection({
    loader: {
      name: 'crossings-chapters',
      // Validate the whole of content/ first (cross-references included), then let glob load the MDX.
      load: async (context) => {
        content();
        await glob({
          pattern: '*.mdx',
          base: `${contentDir}/chapters`,
          generateId: ({ entry }) => chapterId(entry),
        }).load(context);
      },
    },
    schema: chapterSchema,
  }),
  sources: defineCollection({
    loader: async () => [...content().sources.values()],
    schema: sourceSchema,
  }),
  datasets: defineCollection({
    loader: async () => [...content().datasets.values()].map((d) => ({ ...d })),
    schema: z.object({
      id: z.string(),
      file: z.string(),
      meta: datasetMetaSchema,
      rows: z.array(z.record(z.string(), cell)),
    }),
  }),
  charts: defineCollection({
    loader: async () => [...content().charts.values()],
    schema: chartSchema,
  }),
  figures: defineCollection({
    loader: async () => [...content().figures.values()],
    schema: z.object({
      id: z.string(),
      value: z.union([z.number(), z.string()]),
      type: z.enum(figureTypes),
      unit: z.enum(units).optional(),
      sources: z.array(z.string()),
      confidence: z.enum(['V', 'L']),
      note: z.string().optional(),
      dataset: z.string().optional(),
    }),
  }),
  quotes: defineCollection({
    loader: async () => [...content().quotes.values()],
    schema: quoteSchema,
  }),
  /** Terms a reader can look up in place (<Term>) and on /glossary/. */
  glossary: defineCollection({
    loader: async () => [...content().glossary.values()],
    schema: termSchema,
  }),
  /** Chapter-level facts derived from the MDX: which figures, charts and sources each cites, in order. */
  chapterRefs: defineCollection({
    loader: async () =>
      content().chapters.map((c) => ({
        id: c.id,
        file: c.file,
        refs: c.refs,
        uses: c.uses,
        ...(c.figuresTo === undefined ? {} : { figuresTo: c.figuresTo }),
      })),
    schema: z.object({
      id: z.string(),
      file: z.string(),
      /** The newest publication date among the figures and charts the chapter cites (src/lib/content/dates.ts). */
      figuresTo: z.string().optional(),
      refs: z.array(
        z.object({
          kind: z.enum(['figure', 'chart', 'source', 'quote', 'steps']),
          id: z.string(),
          /** A stepped story's label: its figure's title in print. */
          title: z.string().optional(),
          /** The charts a stepped story draws, each once, in order. */
          shows: z.array(z.string()).optional(),
        }),
      ),
      uses: z.object({
        figures: z.array(z.string()),
        charts: z.array(z.string()),
        sources: z.array(z.string()),
        quotes: z.array(z.string()),
        terms: z.array(z.string()),
      }),
    }),
  }),
  /** Corrections and updates (content/changes.yaml), in the file's order: /changes/ lists them newest first. */
  changes: defineCollection({
    loader: async () => content().changes,
    schema: changeSchema.extend({ id: z.string() }),
  }),
  /** Offices and statuses over time (content/dated.yaml), cited by <Office> and <Status>. */
  dated: defineCollection({
    loader: async () => [...content().dated.values()],
    schema: datedSchema,
  }),
  /** Site-wide facts: the "figures as of" date. */
  site: defineCollection({
    loader: async () => [{ id: 'site', asOf: content().asOf }],
    schema: z.object({ id: z.string(), asOf: z.string() }),
  }),
};
