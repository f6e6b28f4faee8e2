import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberFigures, stepsFigureId } from './figure-numbers.ts';

describe('numberFigures', () => {
  it('numbers a chart once, where it first appears, and a stepped story where it starts', () => {
    const figures = numberFigures([
      {
        id: 'one',
        refs: [
          { kind: 'figure', id: 'x' },
          { kind: 'chart', id: 'a' },
        ],
      },
      {
        id: 'two',
        refs: [
          { kind: 'steps', id: stepsFigureId('b', '2024-09-17') },
          { kind: 'chart', id: 'b' },
          { kind: 'chart', id: 'a' },
          { kind: 'chart', id: 'b' },
          { kind: 'source', id: 's' },
        ],
      },
    ]);
    expect(figures).toEqual([
      { number: 1, kind: 'chart', id: 'a', chapterId: 'one', target: 'chart-a' },
      { number: 2, kind: 'steps', id: 'steps-b-2024-09-17', chapterId: 'two', target: 'steps-b-2024-09-17' },
      { number: 3, kind: 'chart', id: 'b', chapterId: 'two', target: 'chart-b' },
    ]);
  });

  it('gives numbers 1, 2, 3… and every target once, whatever the chapters cite', () => {
    const ref = fc.record({
      kind: fc.constantFrom('chart', 'steps', 'figure', 'source'),
      id: fc.constantFrom('a', 'b', 'c'),
    });
    const chapters = fc.array(fc.record({ id: fc.string(), refs: fc.array(ref, { maxLength: 8 }) }), { maxLength: 5 });
    fc.assert(
      fc.property(chapters, (input) => {
        // Stepped stories are unique by validation: give each its own id.
        let n = 0;
        const unique = input.map((c) => ({
          ...c,
          refs: c.refs.map((r) => (r.kind === 'steps' ? { ...r, id: `steps-${r.id}-${n++}` } : r)),
        }));
        const figures = numberFigures(unique);
        expect(figures.map((f) => f.number)).toEqual(figures.map((_, i) => i + 1));
        expect(new Set(figures.map((f) => f.target)).size).toBe(figures.length);
        const charts = new Set(unique.flatMap((c) => c.refs.filter((r) => r.kind === 'chart').map((r) => r.id)));
        expect(
          figures
            .filter((f) => f.kind === 'chart')
            .map((f) => f.id)
            .sort(),
        ).toEqual([...charts].sort());
      }),
      { seed: 21 },
    );
  });
});
