import { describe, expect, it } from 'vitest';
import { headersUnderBase, normalizeBase, stripBase, withBasePath } from './base.ts';
import { headersForPath, parseHeaders } from './headers.ts';

describe('base path helpers', () => {
  it('normalises a base to one leading and one trailing slash', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('crossings')).toBe('/crossings/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });

  it('strips the base from served paths and refuses paths outside it', () => {
    expect(stripBase('/crossings/embed/x/', '/crossings/')).toBe('/embed/x/');
    expect(stripBase('/crossings/', '/crossings/')).toBe('/');
    expect(stripBase('/crossings', '/crossings/')).toBe('/');
    expect(stripBase('/embed/x/', '/crossings/')).toBeUndefined();
    expect(stripBase('/crossingsx/', '/crossings/')).toBeUndefined();
    expect(stripBase('/embed/x/', '/')).toBe('/embed/x/');
    expect(withBasePath('/embed/x/', '/crossings/')).toBe('/crossings/embed/x/');
  });

  it('moves every _headers rule under the base, so each page still matches one policy', () => {
    const text = [
      '# comment',
      '/*',
      '  X-A: 1',
      '/',
      '  Content-Security-Policy: home',
      '/:page/',
      '  Content-Security-Policy: page',
      '/embed/:id/',
      '  Content-Security-Policy: embed',
    ].join('\n');
    const rules = parseHeaders(headersUnderBase(text, '/crossings/'));
    expect(rules.map((r) => r.pattern)).toEqual([
      '/crossings/*',
      '/crossings/',
      '/crossings/:page/',
      '/crossings/embed/:id/',
    ]);
    expect(headersForPath(rules, '/crossings/')['content-security-policy']).toBe('home');
    expect(headersForPath(rules, '/crossings/the-money/')['content-security-policy']).toBe('page');
    expect(headersForPath(rules, '/crossings/embed/x/')['content-security-policy']).toBe('embed');
    expect(headersForPath(rules, '/crossings/embed/x/')['x-a']).toBe('1');
    expect(headersUnderBase(text, '/')).toBe(text);
  });
});
