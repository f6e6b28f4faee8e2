/**
 * Figure numbers through the print edition, from each chapter's references in document order. A pure
 * function of the content, so the edition (src/queries/chapters.ts) and the tests that read the PDF number
 * alike.
 *
 * As in a Commons Library briefing, a chart is one figure, numbered once, where it first appears: a later
 * use of it refers back to that number rather than printing it again under a new one. A stepped story
 * (<Steps>) is a figure of its own on paper (its states as small multiples), numbered where it starts.
 */

/** What a chapter's walk records, in document order (src/lib/content/chapter-walk.ts). */
export interface FigureRef {
  kind: string;
  id: string;
  /** A stepped story's label. */
  title?: string | undefined;
  /** The charts a stepped story draws. */
  shows?: readonly string[] | undefined;
}

export interface NumberedFigure {
  /** 1, 2, 3… through the edition, in chapter order and then in order of appearance. */
  number: number;
  /** A chart (`<Chart>`), or a stepped story drawn as small multiples (`<Steps>`). */
  kind: 'chart' | 'steps';
  /** The chart's id, or the story's (stepsFigureId). */
  id: string;
  /** The chapter it first appears in. */
  chapterId: string;
  /** The id of its element in /print/, which the list of figures links to and finds the page of. */
  target: string;
  /** A stepped story's title (its label); a chart's is in content/charts.yaml. */
  title?: string;
  /** The charts a stepped story draws, each once, in order. */
  shows?: readonly string[];
}

/** A stepped story's figure, named by its first step's chart and date: validation makes that pair unique. */
export function stepsFigureId(chart: string, through: string | undefined): string {
  return `steps-${chart}-${through ?? 'whole'}`;
}

export function numberFigures(chapters: readonly { id: string; refs: readonly FigureRef[] }[]): NumberedFigure[] {
  const figures: NumberedFigure[] = [];
  const charts = new Set<string>();
  for (const chapter of chapters) {
    for (const ref of chapter.refs) {
      if (ref.kind === 'chart') {
        if (charts.has(ref.id)) continue;
        charts.add(ref.id);
        figures.push({
          number: figures.length + 1,
          kind: 'chart',
          id: ref.id,
          chapterId: chapter.id,
          target: `chart-${ref.id}`,
        });
      } else if (ref.kind === 'steps') {
        const { id, title, shows } = ref;
        figures.push({
          number: figures.length + 1,
          kind: 'steps',
          id,
          chapterId: chapter.id,
          target: id,
          ...(title === undefined ? {} : { title }),
          ...(shows === undefined ? {} : { shows }),
        });
      }
    }
  }
  return figures;
}
