import { describe, expect, it } from 'vitest';
import { cssString, runningHeadCss } from './running-heads.ts';

describe('runningHeadCss', () => {
  it('names each chapter’s pages and gives them its head', () => {
    const css = runningHeadCss([{ id: 'the-money', head: 'Chapter 2: The money' }]);
    expect(css).toContain('#chapter-the-money{page:chapter-the-money}');
    expect(css).toContain('@page chapter-the-money{@top-left{content:"Chapter 2: The money" !important}}');
  });

  it('escapes what would end the string, and refuses an id that cannot name a page', () => {
    expect(cssString('A "quoted" \\ word\nand more')).toBe('"A \\"quoted\\" \\\\ word and more"');
    expect(() => runningHeadCss([{ id: 'x}y', head: 'X' }])).toThrow(/cannot name a page/);
  });
});
