import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chartSpec } from './index.ts';
import { fixtureChart, legibilityProblems } from './test-helpers.ts';
import { frames, type FrameName } from './types.ts';
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

/** Every chart in the frozen fixtures, in every view and layout, through chartSpec as the site draws it. */
describe('every fixture chart', () => {
  const entries = (
    parse(readFileSync(new URL('./__fixtures__/charts.yaml', import.meta.url), 'utf8')) as { id: string }[]
  ).map((e) => fixtureChart(e.id));
  const cases = entries.flatMap(({ chart, dataset }) =>
    [...(chart.views?.map((v) => v.id) ?? [undefined])].flatMap((view) =>
      (Object.keys(frames) as FrameName[]).map(
        (name) => [chart.id, view ?? 'default', name, chart, dataset, view] as const,
      ),
    ),
  );

  it.each(cases)('%s (%s view, %s layout) is legible: no overlaps, nothing cut off, no text under 12 px', (...args) => {
    const [, , name, chart, dataset, view] = args;
    const spec = chartSpec(chart, dataset, frames[name], view);
    expect(legibilityProblems(spec, name)).toEqual([]);
    // Words may be cut short with an ellipsis (the table has them whole); a number or a year never is.
    expect(spec.marks.filter((m) => m.type === 'text' && /^[≥£€]?\d[\d,.]*…$/.test(m.text))).toEqual([]);
  });
});
