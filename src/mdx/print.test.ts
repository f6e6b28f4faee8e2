import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printSections } from './print.ts';

interface Rendered {
  type: unknown;
  props: Record<string, unknown>;
}

const headings = [
  { depth: 2, slug: 'what-critics-say' },
  { depth: 3, slug: 'the-staff' },
];
const sections = printSections('the-money', headings);
/** What a component MDX is handed renders: an element (Astro's JSX node) with its type and props. */
const render = (name: string, props: Record<string, unknown>): Rendered => {
  const component = sections[name];
  if (!component) throw new Error(`no print component for ${name}`);
  return component(props);
};

describe('printSections', () => {
  it("puts a section's heading one level lower, its id after the chapter's", () => {
    const h = render('h2', { id: 'what-critics-say', children: 'What critics say' });
    expect(h.type).toBe('h3');
    expect(h.props).toEqual({ id: 'the-money--what-critics-say', children: 'What critics say' });
    expect(render('h3', { id: 'the-staff' }).type).toBe('h4');
    expect(render('h6', { id: 'x' })).toMatchObject({ type: 'h6', props: { id: 'the-money--x' } });
  });

  it('keeps every attribute where the processor put it', () => {
    expect(Object.keys(render('h2', { class: 'a', id: 'what-critics-say', title: 't' }).props)).toEqual([
      'class',
      'id',
      'title',
    ]);
    const link = render('a', { href: '#the-staff', title: 'The staff', children: 'below' });
    expect(link).toMatchObject({ type: 'a', props: { href: '#the-money--the-staff' } });
    expect(Object.keys(link.props)).toEqual(['href', 'title', 'children']);
  });

  it("moves links to the chapter's own sections, and no others", () => {
    for (const href of ['#note-1', '#chart-arrivals-by-year', '#', '/the-money/#the-staff', 'https://www.gov.uk/'])
      expect(render('a', { href, children: 'x' }).props['href']).toBe(href);
    // A level-1 heading is not a section: print leaves it, and links to it, as they are.
    const top = printSections('c', [{ depth: 1, slug: 'top' }])['a'] as (p: object) => Rendered;
    expect(top({ href: '#top' }).props['href']).toBe('#top');
  });

  it('moves a link exactly when it names one of the sections', () => {
    const slug = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      // Half the time the link names one of the sections, else any id (rarely a section by chance).
      fc.property(
        fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }),
        slug,
        fc.nat(),
        fc.boolean(),
        (slugs, other, n, named) => {
          const target = named ? (slugs[n % slugs.length] ?? other) : other;
          const link = printSections(
            'ch',
            slugs.map((s) => ({ depth: 2, slug: s })),
          )['a'] as (p: object) => Rendered;
          const href = link({ href: `#${target}` }).props['href'];
          expect(href).toBe(slugs.includes(target) ? `#ch--${target}` : `#${target}`);
        },
      ),
      { seed: 20 },
    );
  });
});
