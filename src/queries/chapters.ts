/** Facts about chapters that pages, embeds and exports share, read from the collections. */
import { getCollection } from 'astro:content';
import { numberFigures, type NumberedFigure } from '../lib/figure-numbers.ts';

export type { NumberedFigure };

/**
 * The chapter a chart first appears in, in chapter order: its permanent home, where `#chart-<id>`
 * resolves. Undefined for a chart no chapter uses.
 */
export async function homeChapterOf(chartId: string): Promise<string | undefined> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const refs = await getCollection('chapterRefs');
  return chapters.find((c) => refs.find((r) => r.id === c.id)?.data.uses.charts.includes(chartId))?.id;
}

/**
 * Every figure of the edition, numbered through it ("Figure 3"), as /print/ prints them: each chart once,
 * where it first appears, and each stepped story (src/lib/figure-numbers.ts).
 */
export async function figuresOfEdition(): Promise<NumberedFigure[]> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const refs = await getCollection('chapterRefs');
  return numberFigures(chapters.map((c) => ({ id: c.id, refs: refs.find((r) => r.id === c.id)?.data.refs ?? [] })));
}

/** A chart's figure number in the edition, where it first appears; undefined for a chart no chapter shows. */
export async function chartFigure(chartId: string): Promise<NumberedFigure | undefined> {
  return (await figuresOfEdition()).find((f) => f.kind === 'chart' && f.id === chartId);
}

/** A stepped story's figure, by its id (stepsFigureId); undefined outside the chapters. */
export async function stepsFigure(id: string): Promise<NumberedFigure | undefined> {
  return (await figuresOfEdition()).find((f) => f.kind === 'steps' && f.id === id);
}
