/**
 * A likely column in a verified dataset keeps its caveat wherever its figures go: into every <Num> drawn
 * from it, and beside every chart that draws it. Its neighbours in the same rows stay verified.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chartCaveats, loadContent } from './load.ts';
import { kindRegistry } from '../../charts/kinds/index.ts';
import { chartSchema } from './schemas.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const content = loadContent({ contentDir: `${root}content`, kinds: kindRegistry });
const grants = content.datasets.get('asylum-grants');

describe('confidence per column', () => {
  it('the grant-rate column is likely, with its caveat, in a verified dataset', () => {
    expect(grants?.meta.confidence).toBe('V');
    expect(grants?.meta.columns['grant_rate']?.confidence).toBe('L');
  });

  it('a figure from a likely column is likely and carries the column’s caveat', () => {
    const rate = content.figures.get('initial-grant-rate-2024');
    expect(rate?.confidence).toBe('L');
    expect(rate?.note).toContain(grants?.meta.columns['grant_rate']?.caveat ?? '—');
  });

  it('a figure from a verified column of the same row stays verified', () => {
    expect(content.figures.get('initial-grants-2024')?.confidence).toBe('V');
  });

  it('a chart that draws a likely column lists its caveat; one that does not, does not', () => {
    if (!grants) throw new Error('no asylum-grants dataset');
    const caveat = grants.meta.columns['grant_rate']?.caveat ?? '—';
    const chart = (y: string) =>
      chartSchema.parse({
        id: 'x',
        kind: 'bar',
        dataset: 'asylum-grants',
        encoding: { x: 'year', y },
        title: 't',
        subtitle: 's',
      });
    expect(chartCaveats(chart('grant_rate'), grants).join(' ')).toContain(caveat);
    expect(chartCaveats(chart('initial_grants'), grants).join(' ')).not.toContain(caveat);
  });
});
