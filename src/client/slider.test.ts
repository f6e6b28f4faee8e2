import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keyedValue, snapped } from './slider.ts';

describe('keyedValue', () => {
  it('moves by a step, ten steps, or to the ends, and ignores other keys', () => {
    expect(keyedValue('ArrowRight', 10, 5, 150)).toBe(15);
    expect(keyedValue('ArrowUp', 10, 5, 150)).toBe(15);
    expect(keyedValue('ArrowLeft', 10, 5, 150)).toBe(5);
    expect(keyedValue('PageUp', 10, 5, 150)).toBe(60);
    expect(keyedValue('PageDown', 60, 5, 150)).toBe(10);
    expect(keyedValue('Home', 60, 5, 150)).toBe(0);
    expect(keyedValue('End', 60, 5, 150)).toBe(150);
    expect(keyedValue('a', 60, 5, 150)).toBeUndefined();
  });

  it('never leaves 0 to max', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 50 }),
        (key, now, step) => {
          const next = keyedValue(key, Math.min(now, 500), step, 500) ?? NaN;
          expect(next).toBeGreaterThanOrEqual(0);
          expect(next).toBeLessThanOrEqual(500);
        },
      ),
      { seed: 13 },
    );
  });
});

describe('snapped', () => {
  it('rounds to the nearest step within 0 to max', () => {
    expect(snapped(72.4e6, 5e6, 150e6)).toBe(70e6);
    expect(snapped(73e6, 5e6, 150e6)).toBe(75e6);
    expect(snapped(-3, 5, 150)).toBe(0);
    expect(snapped(170, 5, 150)).toBe(150);
  });
});
