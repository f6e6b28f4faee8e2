/**
 * The corrections and updates log (content/changes.yaml): its order on the page, how an item is cut into
 * words and figures, and the live file. Bad input is in e2e/fixtures/bad-input/change-* (scripts/bad-input.test.ts).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kindRegistry } from '../../charts/kinds/index.ts';
import { newestFirst, segments, type Change } from './changes.ts';
import { loadContent } from './load.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const change = (date: string, title: string, n = 1): Change => ({
  id: n === 1 ? `change-${date}` : `change-${date}-${n}`,
  date,
  kind: 'update',
  title,
  items: ['Words.'],
});

describe('the changes log', () => {
  it('lists the newest first, keeping the file’s order within a day', () => {
    const listed = newestFirst([
      change('2026-11-30', 'a'),
      change('2026-12-04', 'b'),
      change('2026-12-04', 'c', 2),
      change('2026-12-01', 'd'),
    ]);
    expect(listed.map((c) => c.title)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('cuts an item into its bold lead, its words and its cited figures', () => {
    expect(segments('**Lead <Num id="x"/>.** Then <Num id="y"/> words.')).toEqual([
      { text: 'Lead ', strong: true },
      { figure: 'x' },
      { text: '.', strong: true },
      { text: ' Then ' },
      { figure: 'y' },
      { text: ' words.' },
    ]);
  });

  it('holds the corrections of 30 November and 4 December 2026, each entry with its own anchor', () => {
    const { changes } = loadContent({ contentDir: `${root}content`, kinds: kindRegistry });
    const corrections = changes.filter((c) => c.kind === 'correction').map((c) => c.date);
    expect(corrections).toEqual(expect.arrayContaining(['2026-11-30', '2026-12-04']));
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
  });
});
