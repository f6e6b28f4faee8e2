import { describe, expect, test } from 'vitest';
import { parseHeaders, parsePolicy, patternMatches, rulesFor } from './headers.ts';

describe('_headers', () => {
  const rules = parseHeaders(`# comment
/*
  X-Content-Type-Options: nosniff

/:page/
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
/embed/:id/
  Content-Security-Policy: default-src 'self'; frame-ancestors *
`);

  test('reads rules and their headers', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/:page/', '/embed/:id/']);
    expect(rules[1]?.headers).toEqual([['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"]]);
  });

  test('matches splats across segments and placeholders within one', () => {
    expect(patternMatches('/*', '/embed/a/')).toBe(true);
    expect(patternMatches('/:page/', '/sources/')).toBe(true);
    expect(patternMatches('/:page/', '/embed/a/')).toBe(false);
    expect(rulesFor(rules, '/embed/a/').map((r) => r.pattern)).toEqual(['/*', '/embed/:id/']);
  });

  test('reads a policy into directives', () => {
    expect(parsePolicy("default-src 'self';script-src 'self' 'sha256-x'; ").get('script-src')).toEqual([
      "'self'",
      "'sha256-x'",
    ]);
  });
});
