import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { kindRegistry } from '../../charts/kinds/index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const article = new URL('../../../../shared/research/source-article.txt', import.meta.url);

/** Curly and straight quotes, dashes and spacing differ between copies of the same words. */
function normalise(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

describe('quotes', () => {
  const content = loadContent({ contentDir: `${root}content`, kinds: kindRegistry });
  const fromArticle = [...content.quotes.values()].filter((q) => q.source === 'source-article-pa-2024-11-04');

  it('come from the source article', () => expect(fromArticle.length).toBeGreaterThan(0));

  // The research brief sits beside the repository (../shared), as in CI. A maintainer's clone without it
  // cannot check the words, so the test is skipped there (reported as skipped, not passed); in CI a missing
  // article is a failure, so the check can never quietly stop running.
  const required = Boolean(process.env['CI']);
  it.runIf(existsSync(article) || required)('are word for word what the source article reports', () => {
    expect(existsSync(article), `${fileURLToPath(article)} is missing: the quotes cannot be checked`).toBe(true);
    const text = normalise(readFileSync(article, 'utf8'));
    for (const quote of fromArticle) expect(text, quote.id).toContain(normalise(quote.text));
  });

  it('give both sides of the debate a voice', () => {
    const sides = new Set([...content.quotes.values()].map((q) => q.side));
    expect(sides).toContain('enforcement');
    expect(sides).toContain('safe-routes');
  });
});
