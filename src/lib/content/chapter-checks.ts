/**
 * The checks on one component use in a chapter, read from the chapter's tree (./chapter-tree.ts): it is a
 * component chapters can use, its attributes are the ones it takes, written as text, each id names an
 * entry that exists, it sits where it must and holds what it should; then what each kind of component
 * checks beyond that (a term marked once, a step's date, a guessed amount's figures).
 */
import { attributesOf, isElement, type ComponentUse } from './chapter-tree.ts';
import type { At, ChapterWalk, Citable } from './chapter-walk.ts';
import { chapterComponents, collections, isComponent, type ComponentSpec } from './components.ts';
import type { ContentLocation } from './errors.ts';
import { datedProblems } from './dated-checks.ts';
import { amountProblems, guessProblems } from './guess-checks.ts';
import { stepProblems } from './step-checks.ts';
import { stepsFigureId } from '../figure-numbers.ts';

export type { ChapterWalk, Citable };

const usesOf = { figure: 'figures', chart: 'charts', source: 'sources', quote: 'quotes' } as const;

export function checkUse(use: ComponentUse, walk: ChapterWalk, citable: Citable): void {
  const at = (attribute?: string): ContentLocation => ({
    file: walk.file,
    line: use.line,
    field: attribute === undefined ? `<${use.name}>` : `<${use.name} ${attribute}>`,
  });
  if (!isComponent(use.name)) {
    // Lower-case names are HTML elements, which MDX passes through.
    if (/^[A-Z]/.test(use.name)) {
      const known = Object.keys(chapterComponents).join(', ');
      walk.report(at(), `is not a component chapters can use (they can use: ${known})`);
    }
    return;
  }
  const spec: ComponentSpec = chapterComponents[use.name];
  checkAttributes(use, spec, walk, at);
  checkPlace(use, spec, walk, at);
  const ids = knownIds(use, spec, walk, citable, at);
  const id = ids.get('id');
  if (use.name === 'Term' && id !== undefined) markTerm(id, use.line, walk, at);
  // A chart is one figure, numbered once (src/lib/figure-numbers.ts): shown again in the same chapter it
  // would be a second copy, with the same anchor, where a briefing refers back to it.
  if (use.name === 'Chart' && id !== undefined && walk.uses.charts.includes(id)) {
    walk.report(
      at('id'),
      `chart "${id}" is already shown in this chapter: link back to it ([…](#chart-${id})) instead`,
    );
  }
  if (spec.cites && id !== undefined) {
    walk.refs.push({ kind: spec.cites, id });
    const list = walk.uses[usesOf[spec.cites]];
    if (!list.includes(id)) list.push(id);
  }
  if (use.name === 'Steps') stepsFigure(use, walk);
  if (use.name === 'Step') stepProblems(use, walk, citable, at);
  if (use.name === 'GuessAmount') amountProblems(ids, walk, citable, at);
  if (use.name === 'Guess') guessProblems(use, walk, citable, at);
  if ((use.name === 'Office' || use.name === 'Status') && id !== undefined) datedProblems(use, id, walk, citable, at);
}

/** Every attribute is text (`name="…"`), one the component takes; none it needs is missing. */
function checkAttributes(use: ComponentUse, spec: ComponentSpec, walk: ChapterWalk, at: At) {
  for (const { name, form } of use.attributes.unreadable) {
    const problem = {
      expression: `must be written as ${name}="…", in quotes: an expression cannot be checked before the page renders`,
      bare: `needs a value, written as ${name}="…"`,
      spread: 'spreads attributes from an expression, which cannot be checked: write each as name="…"',
    }[form];
    walk.report(at(name), problem);
  }
  const written = Object.fromEntries(use.attributes.values);
  const unreadable = new Set(use.attributes.unreadable.map((u) => u.name));
  const takes = Object.keys(spec.props.shape).join(', ');
  for (const issue of spec.props.safeParse(written).error?.issues ?? []) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) walk.report(at(key), `is not an attribute of <${use.name}> (it takes: ${takes})`);
      continue;
    }
    const name = String(issue.path[0] ?? '');
    if (!unreadable.has(name)) walk.report(at(name || undefined), issue.message);
  }
}

/** It sits where it must (a <Step> in <Steps>) and holds what it should. */
function checkPlace(use: ComponentUse, spec: ComponentSpec, walk: ChapterWalk, at: At) {
  if (spec.inside !== undefined && use.parent !== spec.inside) {
    walk.report(at(), `must be inside <${spec.inside}>`);
  }
  if (spec.holds === 'nothing' && use.children.length > 0) {
    walk.report(at(), `holds nothing: write it as one tag, <${use.name} … />`);
  }
  if (spec.holds === 'words' && use.children.length === 0) {
    walk.report(at(), `needs its words between <${use.name} …> and </${use.name}>`);
  }
  if (spec.holds === 'steps') {
    const others = use.children.filter((c) => !('name' in c && c.name === 'Step'));
    if (others.length > 0) walk.report(at(), 'holds only <Step> elements: put other words before or after the story');
  }
}

/** The ids its attributes name that exist; an unknown one is reported. */
function knownIds(
  use: ComponentUse,
  spec: ComponentSpec,
  walk: ChapterWalk,
  citable: Citable,
  at: At,
): Map<string, string> {
  const known = new Map<string, string>();
  for (const [attribute, collection] of Object.entries(spec.names)) {
    const ref = use.attributes.values.get(attribute);
    if (ref === undefined) continue;
    const { what, file } = collections[collection];
    if (citable[collection].has(ref)) known.set(attribute, ref);
    else walk.report(at(attribute), `unknown ${what} id "${ref}" (see ${file})`);
  }
  return known;
}

function markTerm(id: string, line: number, walk: ChapterWalk, at: At) {
  const first = walk.termLines.get(id);
  if (first === undefined) {
    walk.termLines.set(id, line);
    walk.uses.terms.push(id);
  } else {
    const problem = `term "${id}" is already marked on line ${first}: <Term> marks only its first use in a chapter`;
    walk.report(at('id'), problem);
  }
}

/**
 * A stepped story is one figure on paper (its states as small multiples), numbered where it starts: it is
 * recorded among the chapter's references, named by its first step (a chart and date no other step shows).
 */
function stepsFigure(use: ComponentUse, walk: ChapterWalk) {
  const steps = use.children.filter(isElement).filter((c) => c.name === 'Step');
  const shows = [...new Set(steps.flatMap((s) => attributesOf(s).values.get('id') ?? []))];
  const first = steps[0] && attributesOf(steps[0]).values;
  const chart = first?.get('id');
  const label = use.attributes.values.get('label');
  if (chart === undefined) return;
  const id = stepsFigureId(chart, first?.get('through'));
  walk.refs.push({ kind: 'steps', id, ...(label ? { title: label } : {}), shows });
}
