/**
 * Which folder of src/ and scripts/ imports which: every static import, re-export and dynamic import of a
 * relative path in .ts, .mjs, .js and .astro files (tests left out: they may reach anywhere), folded to
 * folders (src/charts, src/lib, scripts/postbuild; src/charts/timeline counts as src/charts). Used by
 * scripts/import-graph.ts to print the graph and by its test to check it has no cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type FolderGraph = Map<string, Set<string>>;

const sourceFile = /\.(ts|mjs|js|astro)$/;
const specifiers = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name.startsWith('__') ? [] : files(path);
    return sourceFile.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** A file's folder: `src/<top>` or `scripts/<top>` for a file in a sub-folder, else `src` or `scripts`. */
export function folderOf(path: string): string {
  const [root, top, ...rest] = path.split('/');
  return rest.length > 0 ? `${root}/${top}` : (root ?? path);
}

/** The folder graph of `roots` (relative to `repo`): each folder and the other folders it imports from. */
export function folderGraph(repo: string, roots: readonly string[] = ['src', 'scripts']): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of roots.flatMap((root) => files(join(repo, root)))) {
    const from = folderOf(relative(repo, file));
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(specifiers)) {
      const target = relative(repo, resolve(dirname(file), spec.replace(/\?.*$/, '')));
      if (target.startsWith('..') || !roots.some((r) => target.startsWith(`${r}/`))) continue;
      const to = folderOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** One cycle of folders (first folder again at the end), or undefined where there is none. */
export function findCycle(graph: FolderGraph): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** The graph as lines, `folder → a, b`, sorted. */
export function graphText(graph: FolderGraph): string {
  return [...graph.keys()]
    .sort()
    .map((folder) => `${folder} → ${[...(graph.get(folder) ?? [])].sort().join(', ') || '(nothing)'}`)
    .join('\n');
}
