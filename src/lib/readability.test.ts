import { describe, expect, it } from 'vitest';
import { readingGrade } from './readability.ts';

describe('readingGrade', () => {
  it('reads short plain sentences low, and long abstract ones high', () => {
    expect(readingGrade('People die trying to cross the Channel. The count depends on who counts.')).toBeLessThan(6);
    expect(
      readingGrade(
        'Organisational accountability considerations necessitate comprehensive interdepartmental documentation of expenditure.',
      ),
    ).toBeGreaterThan(15);
  });
  it('treats a title without a full stop as one sentence, and a figure as one word', () => {
    expect(readingGrade('Crossings rose to a peak in 2022')).toBe(readingGrade('Crossings rose to a peak in 2022.'));
    expect(readingGrade('')).toBe(0);
  });
});
