/** Facts about chapters that pages, embeds and exports share, read from the collections. */
import { getCollection } from 'astro:content';

/**
 * The chapter a chart first appears in, in chapter order: its permanent home, where `#chart-<id>`
 * resolves. Undefined for a chart no chapter uses.
 */
export async function homeChapterOf(chartId: string): Promise<string | undefined> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const refs = await getCollection('chapterRefs');
  return chapters.find((c) => refs.find((r) => r.id === c.id)?.data.uses.charts.includes(chartId))?.id;
}

export interface NumberedFigure {
  /** 1, 2, 3… through the edition, in chapter order and then in order of appearance. */
  number: number;
  chartId: string;
  chapterId: string;
}

/** Every chart the chapters show, numbered through the edition ("Figure 3"), as /print/ prints them. */
export async function figuresOfEdition(): Promise<NumberedFigure[]> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const refs = await getCollection('chapterRefs');
  const figures: NumberedFigure[] = [];
  for (const chapter of chapters) {
    const charts = refs.find((r) => r.id === chapter.id)?.data.refs.filter((r) => r.kind === 'chart') ?? [];
    for (const chart of charts) figures.push({ number: figures.length + 1, chartId: chart.id, chapterId: chapter.id });
  }
  return figures;
}

/** The figure number of a chart in a chapter; undefined for a chart no chapter shows. */
export async function figureNumber(chapterId: string, chartId: string): Promise<number | undefined> {
  return (await figuresOfEdition()).find((f) => f.chapterId === chapterId && f.chartId === chartId)?.number;
}
