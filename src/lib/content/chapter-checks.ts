/**
 * The checks on one component use in a chapter, read from the chapter's tree (./chapter-tree.ts): it is a
 * component chapters can use, its attributes are the ones it takes, written as text, each id names an
 * entry that exists, it sits where it must and holds what it should; then what each kind of component
 * checks beyond that (a term marked once, a step's date, a guessed amount's figures).
 */
import type { ChartEntry } from './charts.ts';
import type { ComponentUse } from './chapter-tree.ts';
import { chapterComponents, collections, isComponent, type Citation, type ComponentSpec } from './components.ts';
import { isRealDate } from './csv.ts';
import type { Dataset } from './datasets.ts';
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
}

/** What the walk of one chapter keeps, and what it shares across chapters. */
export interface ChapterWalk {
  file: string;
  /** Ids cited, in order of first appearance. */
  uses: { figures: string[]; charts: string[]; sources: string[]; quotes: string[]; terms: string[] };
  /** Every citation in document order: notes and figures are numbered from this. */
  refs: { kind: Citation; id: string }[];
  /** Line of each term's <Term> in this chapter: a term is marked once, at its first use. */
  termLines: Map<string, number>;
  /** Each step's chart and date, where first met: a step's figure is named by the two, site-wide. */
  steps: Map<string, string>;
  report(where: ContentLocation, problem: string): void;
}

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
  if (spec.cites && id !== undefined) {
    walk.refs.push({ kind: spec.cites, id });
    const list = walk.uses[usesOf[spec.cites]];
    if (!list.includes(id)) list.push(id);
  }
  if (use.name === 'Step') stepProblems(use, walk, citable, at);
  if (use.name === 'GuessAmount') amountProblems(ids, walk, citable, at);
}

/** Every attribute is text (`name="…"`), one the component takes; none it needs is missing. */
function checkAttributes(
  use: ComponentUse,
  spec: ComponentSpec,
  walk: ChapterWalk,
  at: (a?: string) => ContentLocation,
) {
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
function checkPlace(use: ComponentUse, spec: ComponentSpec, walk: ChapterWalk, at: (a?: string) => ContentLocation) {
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
  at: (a?: string) => ContentLocation,
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

function markTerm(id: string, line: number, walk: ChapterWalk, at: (a?: string) => ContentLocation) {
  const first = walk.termLines.get(id);
  if (first === undefined) {
    walk.termLines.set(id, line);
    walk.uses.terms.push(id);
  } else {
    const problem = `term "${id}" is already marked on line ${first}: <Term> marks only its first use in a chapter`;
    walk.report(at('id'), problem);
  }
}

/** <GuessAmount answer of>: both amounts in pounds, the answer no larger than the whole. */
function amountProblems(
  ids: ReadonlyMap<string, string>,
  walk: ChapterWalk,
  { figures }: Citable,
  at: (a?: string) => ContentLocation,
) {
  const found: Record<string, Figure> = {};
  for (const name of ['answer', 'of']) {
    const id = ids.get(name);
    const figure = id === undefined ? undefined : figures.get(id);
    if (!figure) continue;
    if (figure.type !== 'gbp' || typeof figure.value !== 'number') {
      walk.report(at(name), `figure "${id}" is ${figure.type}: a guess of an amount needs gbp figures`);
    } else found[name] = figure;
  }
  const { answer, of: whole } = found;
  if (answer && whole && Number(answer.value) > Number(whole.value)) {
    walk.report(at('answer'), `figure "${answer.id}" is larger than "${whole.id}", the whole it is a part of`);
  }
}

/**
 * A `<Step id="chart" through="YYYY-MM-DD">`'s problems beyond its chart id: no two steps show one chart
 * in one state; a `through` date must be a real date, for a chart whose kind can draw a date's state, on
 * or after its first dated row, so that no step shows an empty chart.
 */
function stepProblems(use: ComponentUse, walk: ChapterWalk, citable: Citable, at: (a?: string) => ContentLocation) {
  const id = use.attributes.values.get('id');
  const through = use.attributes.values.get('through');
  if (id === undefined) return;
  const key = `${id} ${through ?? 'whole'}`;
  const first = walk.steps.get(key);
  if (first !== undefined) {
    const state = through ? ` through ${through}` : '';
    walk.report(at('id'), `another step already shows chart "${id}"${state} (${first}): each step shows its own state`);
    return;
  }
  walk.steps.set(key, `${walk.file}:${use.line}`);
  const chart = citable.charts.get(id);
  if (through === undefined || !chart) return;
  const problem = throughProblem(id, through, chart, use.attributes.values.has('what'), citable);
  if (problem) walk.report(at(problem.attribute), problem.message);
}

function throughProblem(
  id: string,
  through: string,
  chart: ChartEntry,
  hasWhat: boolean,
  { kinds, datasets }: Citable,
): { attribute: string; message: string } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(through) || !isRealDate(through)) {
    return { attribute: 'through', message: `"${through}" must be a real date, written YYYY-MM-DD` };
  }
  const channel = kinds[chart.kind]?.through?.channel;
  if (!channel) {
    const message = `chart "${id}" is a ${chart.kind} chart, which cannot be drawn as it stood on a date`;
    return { attribute: 'through', message };
  }
  if (!hasWhat) {
    const message =
      'a step drawn through a date needs `what`, the words its title starts with ("Money announced for the BSC")';
    return { attribute: 'what', message };
  }
  const column = chart.encoding[channel];
  const dates = (datasets.get(chart.dataset)?.rows ?? []).flatMap((row) => {
    const value = column ? row[column] : undefined;
    return typeof value === 'string' ? [value] : [];
  });
  if (!dates.some((date) => date <= through)) {
    const message = `chart "${id}" has nothing dated on or before ${through}: the step would be empty`;
    return { attribute: 'through', message };
  }
  return undefined;
}
