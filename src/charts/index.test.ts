import { describe, expect, it } from 'vitest';
import { comparisonViews } from './comparison.ts';
import { timelineViews } from './timeline.ts';
import { kindRegistry, kinds } from './kinds/index.ts';

describe('the kind registry', () => {
  it('names each kind once', () => {
    const names = kinds.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(kindRegistry)).toEqual(names);
  });

  // Content validation checks a chart's views against the kind module; the drawing functions hold their own.
  it.each([
    ['timeline', timelineViews],
    ['comparison', comparisonViews],
  ] as const)('the %s kind declares exactly the views its drawing function draws', (kind, views) => {
    expect([...(kindRegistry[kind]?.views ?? [])]).toEqual([...views]);
  });
});
