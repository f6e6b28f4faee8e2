import { describe, expect, it } from 'vitest';
import { comparisonViews } from './comparison.ts';
import { timelineViews } from './timeline.ts';
import { stackedViews } from './adapt/stacked.ts';
import { chartChannels } from '../lib/content/schemas.ts';

describe('chart kinds and the content contract', () => {
  // Content validation checks a chart's views against chartChannels; the kinds draw their own lists.
  it.each([
    ['timeline', timelineViews],
    ['comparison', comparisonViews],
    ['stacked', stackedViews],
  ] as const)('the %s kind draws exactly the views content may declare', (kind, views) => {
    expect([...chartChannels[kind].views]).toEqual([...views]);
  });
});
