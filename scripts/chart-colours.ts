/**
 * Writes src/styles/chart-colours.css from src/styles/chart-colours.ts, the one source of chart colours.
 * Usage: npm run colours (a unit test fails while the committed stylesheet differs from the module).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chartColoursCss } from '../src/styles/chart-colours.ts';

const file = resolve(import.meta.dirname, '../src/styles/chart-colours.css');
writeFileSync(file, chartColoursCss());
console.log(`Wrote ${file}`);
