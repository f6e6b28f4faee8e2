import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kindRegistry } from '../../charts/kinds/index.ts';
import { loadContent } from './load.ts';
import { contentFromJson, contentToJson } from './snapshot.ts';

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));

describe('the content handed to Astro by the build', () => {
  it('is the content loaded, maps in their order', () => {
    const content = loadContent({ contentDir, kinds: kindRegistry });
    const back = contentFromJson(contentToJson(content));
    expect(back).toEqual(content);
    expect([...back.figures.keys()]).toEqual([...content.figures.keys()]);
  });
});
