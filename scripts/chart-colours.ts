/**
 * Writes src/styles/chart-colours.css from src/styles/chart-colours.ts, the one source of chart colours,
 * and src/styles/chart-marks.css from src/styles/chart-marks.ts, the one source of how marks are painted.
 * Usage: npm run colours (unit tests fail while a committed stylesheet differs from its module).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chartColoursCss } from '../src/styles/chart-colours.ts';
import { chartMarksCss } from '../src/styles/chart-marks.ts';

for (const [name, css] of [
  ['chart-colours.css', chartColoursCss()],
  ['chart-marks.css', chartMarksCss()],
] as const) {
  const file = resolve(import.meta.dirname, '../src/styles', name);
  writeFileSync(file, css);
  console.log(`Wrote ${file}`);
}
