import { describe, expect, it } from 'vitest';
import { findCycle, folderGraph, folderOf } from './lib/import-graph.ts';

describe('the folder import graph', () => {
  it('has no cycle among the folders of src/ and scripts/ (node scripts/import-graph.ts prints it)', () => {
    const graph = folderGraph('.');
    expect(graph.has('src/charts') && graph.has('scripts/postbuild'), 'the walk found the folders').toBe(true);
    expect(findCycle(graph)).toBeUndefined();
  });

  it('finds a cycle where there is one, and folds sub-folders into their top folder', () => {
    const graph = new Map([
      ['src/a', new Set(['src/b'])],
      ['src/b', new Set(['src/c'])],
      ['src/c', new Set(['src/a'])],
    ]);
    expect(findCycle(graph)).toEqual(['src/a', 'src/b', 'src/c', 'src/a']);
    expect(findCycle(new Map([['src/a', new Set(['src/b'])]]))).toBeUndefined();
    expect(folderOf('src/charts/timeline/plot.ts')).toBe('src/charts');
    expect(folderOf('scripts/build.ts')).toBe('scripts');
  });

  it('browser code and build code stay apart: src/ imports nothing from scripts/', () => {
    const graph = folderGraph('.');
    for (const [folder, edges] of graph)
      if (folder.startsWith('src')) expect([...edges].filter((to) => to.startsWith('scripts'))).toEqual([]);
  });
});
