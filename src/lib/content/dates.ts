/**
 * The dates a reader is shown of the figures: a chart's (its dataset's newest publication), a chapter's
 * (the newest among the figures and charts it cites) and the site's range. Each is a publication date from
 * the data, never the build's date, so moving the data moves them and nothing else does.
 */
import { formatDate } from '../format.ts';
import type { Dataset } from './datasets.ts';
import type { Figure } from './figures.ts';

/** What dating a figure needs: the datasets, and each source's publication date where it has one. */
export interface Dated {
  datasets: ReadonlyMap<string, Dataset>;
  sources: ReadonlyMap<string, { published?: string | undefined }>;
  figures: ReadonlyMap<string, Figure>;
  charts: ReadonlyMap<string, { dataset: string }>;
}

/**
 * Partial ISO dates (2025, 2025-08, 2025-08-21) compare as text: a year sorts before any day in it, so a
 * figure known only as "2025" never counts as newer than one dated within 2025.
 */
export function newest(dates: readonly (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => d !== undefined && d !== '')
    .sort()
    .at(-1);
}

/** A figure's date: its dataset's, or its first source's publication date (undefined where neither says). */
export function figureDate(figure: Figure, content: Dated): string | undefined {
  if (figure.dataset !== undefined) return content.datasets.get(figure.dataset)?.meta.updated;
  return newest(figure.sources.map((s) => content.sources.get(s)?.published));
}

/** The newest date among what a chapter cites: its <Num> figures and its charts' datasets. */
export function chapterFiguresTo(uses: { figures: string[]; charts: string[] }, content: Dated): string | undefined {
  const figures = uses.figures.flatMap((id) => {
    const figure = content.figures.get(id);
    return figure ? [figureDate(figure, content)] : [];
  });
  const charts = uses.charts.map((id) => {
    const chart = content.charts.get(id);
    return chart ? content.datasets.get(chart.dataset)?.meta.updated : undefined;
  });
  return newest([...figures, ...charts]);
}

/** "21 August 2026" → "on 21 August 2026"; a month or a year alone → "in August 2026", "in 2025". */
export function onDate(date: string): string {
  return `${/^\d{4}-\d{2}-\d{2}$/.test(date) ? 'on' : 'in'} ${formatDate(date)}`;
}

/**
 * A chart's date line, "Newest figures published on 21 August 2026.", with the dataset's word on any figure
 * whose date is not known (its date is then the newest dated one). One text for the figure and for the
 * embed's fixed height, which must hold it.
 */
export function figuresDateText(updated: string, undated?: string): string {
  return `Newest ${undated ? 'dated ' : ''}figures published ${onDate(updated)}.${undated ? ` ${undated}` : ''}`;
}
