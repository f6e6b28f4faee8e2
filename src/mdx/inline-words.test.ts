import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { unwrapInlineWords } from './inline-words.ts';

const compile = (source: string) => mdxToJs(source, { mdastPlugins: [unwrapInlineWords()] }).code;

describe('unwrapInlineWords', () => {
  it('gives <GuessAmount> its words without the paragraph the parser wraps them in', () => {
    const code = compile(
      '<GuessAmount answer="x">\nhow much of the *money*, <Num id="a"/>, was new?\n</GuessAmount>\n',
    );
    expect(code).not.toContain('_components.p');
    expect(code).toContain('_components.em');
    expect(code).toMatch(/_jsx\(Num, \{\s*id: "a"/);
  });

  it('leaves other components’ paragraphs, and words of more than one paragraph, as they are', () => {
    expect(compile('<Step what="x">\nSome words.\n</Step>\n')).toContain('_components.p');
    expect(compile('<GuessAmount answer="x">\nOne.\n\nTwo.\n</GuessAmount>\n')).toContain('_components.p');
  });
});
