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
