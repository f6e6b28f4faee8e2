import { describe, expect, it } from 'vitest';
import { parseHeaders, parsePolicy, rulesFor } from './headers.ts';
import { frameAncestors, headerPolicy, withPagePolicies } from './page-policies.ts';

const meta = "default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def=';";

describe('page policies', () => {
  it('lets only embed pages be framed', () => {
    expect(frameAncestors('/embed/arrivals-by-year/')).toBe('*');
    expect(frameAncestors('/the-money/')).toBe("'none'");
    expect(frameAncestors('/')).toBe("'none'");
    expect(frameAncestors('/embed/')).toBe("'none'");
  });

  it("repeats the meta policy's directives exactly, and adds frame-ancestors", () => {
    const header = parsePolicy(headerPolicy({ path: '/embed/x/', policy: meta }));
    expect(header.get('frame-ancestors')).toEqual(['*']);
    header.delete('frame-ancestors');
    expect(header).toEqual(parsePolicy(meta));
  });

  it('writes one rule per page that matches that page alone', () => {
    const text = withPagePolicies('/*\n  X-Content-Type-Options: nosniff\n', [
      { path: '/', policy: meta },
      { path: '/the-money/', policy: meta.replace('abc', 'xyz') },
    ]);
    const rules = parseHeaders(text);
    const csp = (path: string): string[] =>
      rulesFor(rules, path).flatMap((r) =>
        r.headers.filter(([n]) => n === 'Content-Security-Policy').map(([, v]) => v),
      );
    expect(csp('/')).toHaveLength(1);
    expect(csp('/the-money/')).toEqual([expect.stringContaining("'sha256-xyz='")]);
    expect(csp('/the-money/')[0]).toContain("frame-ancestors 'none'");
  });

  it('refuses a _headers file that already sets the policy', () => {
    expect(() => withPagePolicies('/\n  Content-Security-Policy: default-src *\n', [])).toThrow(/one rule per page/);
  });
});
