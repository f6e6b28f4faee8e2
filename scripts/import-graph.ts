/**
 * Prints which folder of src/ and scripts/ imports which, and fails (exit 1) naming a cycle if there is one.
 * Usage: node scripts/import-graph.ts
 */
import { resolve } from 'node:path';
import { findCycle, folderGraph, graphText } from './lib/import-graph.ts';

const graph = folderGraph(resolve(import.meta.dirname, '..'));
console.log(graphText(graph));
const cycle = findCycle(graph);
if (cycle) {
  console.error(`Cycle: ${cycle.join(' → ')}`);
  process.exit(1);
}
console.log('No cycle.');
