/** What checking a chapter's components needs: what can be cited, and what the walk of a chapter keeps. */
import type { ChartEntry } from './charts.ts';
import type { RefKind } from './components.ts';
import type { Dataset } from './datasets.ts';
import type { DatedFact } from './dated.ts';
import type { ContentLocation } from './errors.ts';
import type { Figure } from './figures.ts';
import type { KindRegistry } from './kinds.ts';

/** Everything a chapter can cite, by concept, and what checking a step needs. */
export interface Citable {
  figures: ReadonlyMap<string, Figure>;
  charts: ReadonlyMap<string, ChartEntry>;
  sources: ReadonlyMap<string, unknown>;
  quotes: ReadonlyMap<string, unknown>;
  glossary: ReadonlyMap<string, unknown>;
  datasets: ReadonlyMap<string, Dataset>;
  kinds: KindRegistry;
  /** Offices and statuses over time (content/dated.yaml). */
  dated: ReadonlyMap<string, DatedFact>;
  /** The date the site's figures run to: what a sentence in the present tense is about. */
  asOf: string;
}

/** What the walk of one chapter keeps, and what it shares across chapters. */
export interface ChapterWalk {
  file: string;
  /** Ids cited, in order of first appearance. */
  uses: { figures: string[]; charts: string[]; sources: string[]; quotes: string[]; terms: string[] };
  /** Every citation and stepped story in document order: notes and figures are numbered from this. */
  refs: { kind: RefKind; id: string; title?: string; shows?: string[] }[];
  /** Line of each term's <Term> in this chapter: a term is marked once, at its first use. */
  termLines: Map<string, number>;
  /** Each step's chart and date, where first met: a step's figure is named by the two, site-wide. */
  steps: Map<string, string>;
  report(where: ContentLocation, problem: string): void;
}

/** Where an attribute of the component being checked is: file, line and field (`<Step through>`). */
export type At = (attribute?: string) => ContentLocation;
