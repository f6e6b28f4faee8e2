/**
 * The checks that keep dated words true. A use of <Office> or <Status> must say something true on its
 * date (the date it names, or the date the figures run to for the present tense); and a chapter may not
 * type an office holder beside the office's title, or a route's status beside its name, in words of its
 * own: it cites the data, as it cites a number with <Num>. Each problem names file, line and field.
 */
import type { ComponentUse, TreeNode } from './chapter-tree.ts';
import type { At, ChapterWalk, Citable } from './chapter-walk.ts';
import type { DatedFact } from './dated.ts';
import { datedWords } from './dated-words.ts';
import type { ContentLocation } from './errors.ts';
import { isoDate } from './fields.ts';

export function datedProblems(use: ComponentUse, id: string, walk: ChapterWalk, citable: Citable, at: At): void {
  const fact = citable.dated.get(id);
  if (!fact) return;
  const office = use.name === 'Office';
  if (office !== (fact.what === 'office')) {
    walk.report(at('id'), `"${id}" is a ${fact.what}: cite it with <${fact.what === 'office' ? 'Office' : 'Status'}>`);
    return;
  }
  const on = use.attributes.values.get('on');
  if (on !== undefined && !isoDate.safeParse(on).success) {
    walk.report(at('on'), `must be the date the sentence is about, as YYYY-MM-DD (got "${on}")`);
    return;
  }
  if (on !== undefined && on > citable.asOf) {
    walk.report(
      at('on'),
      `is after the date the figures run to (${citable.asOf}): nothing here says what was true then`,
    );
    return;
  }
  const result = datedWords(
    fact,
    {
      on,
      holder: use.attributes.values.get('holder'),
      is: use.attributes.values.get('is'),
    },
    citable.asOf,
  );
  if ('problem' in result) walk.report(at(office ? 'holder' : 'is'), result.problem);
}

/** Status words a sentence might type about a route: "open to" (who may use it) is not a status. */
const statusWords = /\b(?:open(?!\s+to\b)|reopened|suspended|closed|in force|extended|proposed)\b/i;

/**
 * Sentences of prose (components' own words excluded; the words inside <Term> kept) that type what the
 * data holds: an office's title with one of its holders' names, or a route's name with a status word.
 */
export function typedDatedWords(
  tree: TreeNode,
  file: string,
  dated: ReadonlyMap<string, DatedFact>,
  report: (where: ContentLocation, problem: string) => void,
): void {
  for (const { text, line } of paragraphs(tree)) {
    for (const sentence of text.split(/(?<=[.!?:])\s+/)) {
      for (const fact of dated.values()) {
        const name = fact.name.toLowerCase();
        const lower = sentence.toLowerCase();
        if (!lower.includes(name)) continue;
        if (fact.what === 'office') {
          const holder = fact.periods.find((p) => p.holder !== undefined && sentence.includes(p.holder))?.holder;
          if (holder !== undefined) {
            report(
              { file, line, field: 'prose' },
              `types an office holder in its own words ("${fact.name}" and "${holder}"): cite <Office id="${fact.id}" on="YYYY-MM-DD"/>, which gives the words true on that date`,
            );
          }
        } else {
          const word = statusWords.exec(sentence)?.[0];
          if (word !== undefined) {
            report(
              { file, line, field: 'prose' },
              `types the status of ${fact.name} in its own words ("${word}"): cite <Status id="${fact.id}"/> (with on="YYYY-MM-DD" for a past date)`,
            );
          }
        }
      }
    }
  }
}

const blocks = new Set(['paragraph', 'heading', 'tableCell']);

/** Each paragraph's, heading's or table cell's words, and the line it starts on. */
function paragraphs(tree: TreeNode): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  const visit = (node: TreeNode) => {
    if (blocks.has(node.type)) {
      found.push({ text: textOf(node), line: node.position?.start.line ?? 1 });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** Text nodes only: a component's attributes are not words, and <Term>'s children are. */
function textOf(node: TreeNode): string {
  if (node.type === 'text' && typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}
