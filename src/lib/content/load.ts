/**
 * Reads everything under content/, validates it and checks every cross-reference (chart → dataset →
 * source, figure → dataset row or source, chapter → figure and chart). One loader per concept, each with
 * its own schema and checks; this composes them in the order they depend on one another. Plain Node: the
 * Astro loaders, the validation script and the tests all call this one function.
 */
import { loadChanges, type Change } from './changes.ts';
import { loadChapters, type Chapter } from './chapters.ts';
import { loadCharts, type ChartEntry } from './charts.ts';
import { loadDatasets, type Dataset } from './datasets.ts';
import { chapterFiguresTo } from './dates.ts';
import { loadDated, type DatedFact } from './dated.ts';
import { ContentErrors } from './errors.ts';
import { loadFigures, type Figure } from './figures.ts';
import { loadGlossary, type Term } from './glossary.ts';
import type { KindRegistry } from './kinds.ts';
import { loadQuotes, type Quote } from './quotes.ts';
import { createReader } from './reader.ts';
import { loadSources, type Source } from './sources.ts';

export type { Change, Chapter, Dataset, Figure };
export { chapterId } from './chapters.ts';
export { chartCaveats } from './charts.ts';
export { currenciesIn } from './datasets.ts';

export interface Content {
  sources: Map<string, Source>;
  datasets: Map<string, Dataset>;
  charts: Map<string, ChartEntry>;
  figures: Map<string, Figure>;
  quotes: Map<string, Quote>;
  /** Glossary terms, in the order content/glossary.yaml lists them. */
  glossary: Map<string, Term>;
  /** Offices and statuses over time (content/dated.yaml), in the file's order. */
  dated: Map<string, DatedFact>;
  /** Chapters in order, each with the newest publication date among the figures and charts it cites. */
  chapters: (Chapter & { figuresTo?: string })[];
  /** The newest publication date among the datasets: the site's "figures as of". */
  asOf: string;
  /** Corrections and updates, from content/changes.yaml (see ./changes.ts), in the file's order. */
  changes: Change[];
}

export interface LoadOptions {
  /**
   * The folder holding chapters/, data/, sources.yaml, charts.yaml, figures.yaml and quotes.yaml, and
   * optionally glossary.yaml.
   */
  contentDir: string;
  /**
   * The chart kinds charts.yaml may name: `kindRegistry` from src/charts/kinds/index.ts. Handed in, not
   * imported, because src/lib/ is a leaf that the kinds import (see ./kinds.ts).
   */
  kinds: KindRegistry;
}

/** All of content/, checked; throws ContentErrors with every problem found, each naming file, line and field. */
export function loadContent({ contentDir, kinds }: LoadOptions): Content {
  const reader = createReader(contentDir);
  const cited = loadSources(reader);
  const { sources } = cited;
  const datasets = loadDatasets(reader, cited);
  const charts = loadCharts(reader, datasets, kinds);
  const figures = loadFigures(reader, cited, datasets);
  const quotes = loadQuotes(reader, cited);
  const glossary = loadGlossary(reader, cited);
  const dated = loadDated(reader, cited);
  // Known before the chapters are read: a sentence in the present tense is checked against this date.
  const asOf =
    [...datasets.values()]
      .map((d) => d.meta.updated)
      .sort()
      .at(-1) ?? '';
  const chapters = loadChapters(reader, { figures, charts, sources, quotes, glossary, datasets, kinds, dated, asOf });
  const changes = loadChanges(reader, figures, datasets);
  if (reader.errors.length > 0) throw new ContentErrors(reader.errors);
  const datesOf = { sources, datasets, figures, charts };
  const datedChapters = chapters.map((c) => {
    const figuresTo = chapterFiguresTo(c.uses, datesOf);
    return figuresTo === undefined ? c : { ...c, figuresTo };
  });
  return { sources, datasets, charts, figures, quotes, glossary, dated, chapters: datedChapters, asOf, changes };
}

/** One line saying what was loaded, for the validation script and the build. */
export function contentSummary(content: Content): string {
  return (
    `Content is valid: ${content.chapters.length} chapters, ${content.datasets.size} datasets, ${content.charts.size} charts, ` +
    `${content.figures.size} figures, ${content.quotes.size} quotes, ${content.sources.size} sources; figures as of ${content.asOf}.`
  );
}
