/**
 * Measures text in the site's own font in a real browser, and writes the widths to
 * src/charts/__fixtures__/text-widths.json. text.test.ts checks textWidth against these recorded
 * measurements, so the layout's width estimate is judged by the font, not by itself.
 * Usage: node scripts/measure-text.ts (again only when the font or the samples change).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from './lib/browser.ts';

const root = resolve(import.meta.dirname, '..');
// Inlined as a data: URL: a blank page may not load file:// fonts, and no server is needed for one file.
const font = `data:font/woff2;base64,${readFileSync(
  `${root}/node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2`,
).toString('base64')}`;

/** Labels of the kinds the charts write: numbers, money, dates, names, sentences; wide and narrow glyphs. */
const samples = [
  '45,774',
  '≥2,231,206',
  '£15.3bn',
  '£280m a year',
  '17 Sep 2024',
  'Border Security Command (BSC)',
  'Refugee Council',
  'French authorities (OLTIM)',
  'Not added to the running total',
  'Each square is 10 people.',
  'WWW MMM mmm www @@@ %%%',
  'illiterate lily, 1111',
];

const browser = findBrowser();
if (!browser) throw new Error('No Chromium found (see scripts/lib/browser.ts)');
const instance = await chromium.launch({ executablePath: browser.path, args: chromiumArgs });
const page = await instance.newPage();
await page.setContent(
  `<style>@font-face{font-family:M;src:url(${font}) format('woff2');font-weight:100 900}</style><p style="font-family:M">x</p>`,
);
const widths = await page.evaluate(async (texts) => {
  await document.fonts.load('14px M');
  await document.fonts.load('bold 14px M');
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('no canvas');
  const out: Record<string, { normal: number; bold: number }> = {};
  for (const text of texts) {
    context.font = '100px M';
    const normal = context.measureText(text).width / 100;
    context.font = 'bold 100px M';
    const bold = context.measureText(text).width / 100;
    out[text] = { normal, bold };
  }
  return { fontLoaded: document.fonts.check('14px M'), out };
}, samples);
await instance.close();
if (!widths.fontLoaded) throw new Error('The font did not load: the widths would be a fallback font’s');
const file = resolve(root, 'src/charts/__fixtures__/text-widths.json');
const rounded = Object.fromEntries(
  Object.entries(widths.out).map(([text, w]) => [
    text,
    { normal: Math.round(w.normal * 1000) / 1000, bold: Math.round(w.bold * 1000) / 1000 },
  ]),
);
writeFileSync(
  file,
  `${JSON.stringify({ font: 'Atkinson Hyperlegible Next (variable, latin)', unit: 'em', widths: rounded }, null, 2)}\n`,
);
console.log(`Wrote ${samples.length} widths to ${file}`);
