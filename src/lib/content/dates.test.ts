import { describe, expect, it } from 'vitest';
import type { Dataset } from './datasets.ts';
import { chapterFiguresTo, newest, onDate } from './dates.ts';
import type { Figure } from './figures.ts';

const dataset = (id: string, updated: string) => [id, { id, meta: { updated } } as unknown as Dataset] as const;
const content = {
  datasets: new Map([dataset('arrivals', '2026-08-21'), dataset('money', '2025-05-08'), dataset('costs', '2025')]),
  sources: new Map([
    ['speech', { published: '2024-11-04' }],
    ['undated', {}],
  ]),
  figures: new Map<string, Figure>([
    [
      'arrivals-2025',
      { id: 'arrivals-2025', value: 1, type: 'count', sources: [], confidence: 'V', dataset: 'arrivals' },
    ],
    ['speech-figure', { id: 'speech-figure', value: 1, type: 'count', sources: ['speech'], confidence: 'V' }],
    ['no-date', { id: 'no-date', value: 1, type: 'count', sources: ['undated'], confidence: 'V' }],
  ]),
  charts: new Map([
    ['money-chart', { dataset: 'money' }],
    ['costs-chart', { dataset: 'costs' }],
  ]),
};

describe("the figures' dates", () => {
  it("a chapter's is the newest of its figures' and charts' data, never today's", () => {
    expect(chapterFiguresTo({ figures: ['speech-figure'], charts: ['money-chart'] }, content)).toBe('2025-05-08');
    expect(chapterFiguresTo({ figures: ['arrivals-2025'], charts: ['money-chart'] }, content)).toBe('2026-08-21');
    expect(chapterFiguresTo({ figures: ['no-date'], charts: [] }, content)).toBeUndefined();
    expect(chapterFiguresTo({ figures: [], charts: [] }, content)).toBeUndefined();
  });

  it('a year alone is never newer than a day within it', () => {
    expect(newest(['2025', '2025-01-02'])).toBe('2025-01-02');
    expect(chapterFiguresTo({ figures: [], charts: ['costs-chart'] }, content)).toBe('2025');
  });

  it('says "on" a day, "in" a month or a year', () => {
    expect(onDate('2026-08-21')).toBe('on 21 August 2026');
    expect(onDate('2026-07')).toBe('in July 2026');
    expect(onDate('2025')).toBe('in 2025');
  });
});
