import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { scanHtml } from '../scripts/lib/html.ts';
import { parsePolicy, rulesFor } from '../scripts/lib/headers.ts';
import { allPagePaths, embedPaths, fileOf, headerRules, headersFor, isEmbedPath, sitemapPaths } from './site.ts';

const pages = sitemapPaths();

// The walk must see all a reader's browser fetches, the service worker's precache included
// (playwright.config.ts blocks the worker elsewhere).
test.use({ serviceWorkers: 'allow' });
/** Walked with the policies enforced: every page a reader reaches, and every embed page. */
const walked = [...pages, ...embedPaths()];
const files = allPagePaths();

/** Sources a policy must never allow for scripts, and hosts it must never name. */
function expectStrict(policy: string, label: string): void {
  const directives = parsePolicy(policy);
  expect(directives.get('default-src'), `${label}: default-src`).toEqual(["'self'"]);
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
    const sources = directives.get(name) ?? [];
    expect(sources, `${label}: ${name}`).not.toContain("'unsafe-inline'");
    expect(sources, `${label}: ${name}`).not.toContain("'unsafe-eval'");
    expect(sources, `${label}: ${name}`).not.toContain("'unsafe-hashes'");
  }
  // Only our own origin: no third-party host, scheme or wildcard in any fetch directive.
  for (const [name, sources] of directives) {
    if (name === 'frame-ancestors') continue;
    for (const source of sources) {
      expect(source, `${label}: ${name} allows ${source}`).toMatch(/^'(self|none|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/);
    }
  }
}

test('every page carries a strict Content-Security-Policy in a <meta> tag', () => {
  expect(pages.length).toBeGreaterThan(0);
  for (const path of files) {
    const { cspMeta } = scanHtml(readFileSync(fileOf(path), 'utf8'));
    expect(cspMeta, `${path}: one CSP meta tag`).toHaveLength(1);
    const policy = cspMeta[0] ?? '';
    expectStrict(policy, `${path} (meta)`);
    expect(parsePolicy(policy).has('script-src'), `${path}: script-src`).toBe(true);
    // frame-ancestors is ignored (with a console error) in a meta tag: it belongs in the headers.
    expect(parsePolicy(policy).has('frame-ancestors'), `${path}: no frame-ancestors in meta`).toBe(false);
  }
});

test('the headers give every page one policy, equal to its meta tag: embeds framable anywhere, others nowhere', () => {
  for (const path of files) {
    const policies = rulesFor(headerRules, path).flatMap((rule) =>
      rule.headers.filter(([name]) => name.toLowerCase() === 'content-security-policy').map(([, value]) => value),
    );
    expect(policies, `${path}: exactly one Content-Security-Policy rule in _headers matches`).toHaveLength(1);
    const policy = policies[0] ?? '';
    expectStrict(policy, `${path} (header)`);
    const header = parsePolicy(policy);
    expect(header.get('frame-ancestors'), `${path}: frame-ancestors`).toEqual(isEmbedPath(path) ? ['*'] : ["'none'"]);
    // The same directives with the same sources (hashes included) as the page's meta tag, frame-ancestors aside.
    header.delete('frame-ancestors');
    const meta = scanHtml(readFileSync(fileOf(path), 'utf8')).cspMeta[0] ?? '';
    expect(Object.fromEntries(header), `${path}: header policy = meta policy`).toEqual(
      Object.fromEntries(parsePolicy(meta)),
    );
  }
});

test('inline scripts and styles run only by their hashes, each listed in the policy', () => {
  for (const path of files) {
    const page = scanHtml(readFileSync(fileOf(path), 'utf8'));
    const policy = parsePolicy(page.cspMeta[0] ?? '');
    const inline = [
      ...page.scripts.filter((s) => s.src === undefined).map((s) => ['script-src', s.code] as const),
      ...page.styles.map((code) => ['style-src', code] as const),
    ];
    for (const [directive, code] of inline) {
      const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
      expect(policy.get(directive), `${path}: ${directive} lists the hash of ${code.slice(0, 40)}…`).toContain(hash);
    }
  }
});

test('no page has an inline event handler or a javascript: URL', () => {
  for (const path of files) {
    expect(scanHtml(readFileSync(fileOf(path), 'utf8')).inlineHandlers, path).toEqual([]);
  }
});

/**
 * Serves each same-origin response with the headers public/_headers gives it, so both policies (the meta
 * tag and the header) are enforced, as on a host that reads the file.
 */
async function serveWithHostHeaders(page: Page, origin: string): Promise<string[]> {
  const requests: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    if (url.origin !== origin) return route.abort();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(url.pathname) } });
  });
  return requests;
}

test('a walk of every sitemap and embed page reports no CSP violation, console error or third-party request', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(30_000 + walked.length * 10_000);
  const origin = new URL(baseURL ?? 'http://localhost:4321').origin;
  const requests = await serveWithHostHeaders(page, origin);
  const problems: string[] = [];
  let where = '';
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${where}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${where}: page error: ${error.message}`));
  // Recorded in the page from its first moment, before any of its own scripts run.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });

  for (const path of walked) {
    for (const width of [360, 1280]) {
      where = `${path} at ${width} px`;
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.waitForLoadState('load');
      const metas = await page.locator('meta[http-equiv="content-security-policy"]').count();
      if (metas !== 1) problems.push(`${where}: ${metas} CSP meta tags in the served page`);
      // Exercise the enhancements: the colour-scheme control and, where there is a chart, a mark's tooltip.
      const scheme = page.locator('[data-theme-switch]');
      if (await scheme.isVisible()) {
        await scheme.locator('[data-theme-choice="dark"]').click();
        await scheme.locator('[data-theme-choice="system"]').click();
      }
      const mark = page.locator('.chart-frame [data-row]:visible').first();
      if ((await mark.count()) > 0) {
        // An event rather than a mouse move: this walk is about what the scripts do, not hit-testing.
        await mark.dispatchEvent('pointerover');
        await mark.focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Escape');
      }
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      problems.push(...violations.map((v) => `${where}: CSP violation: ${v}`));
    }
  }
  expect(problems).toEqual([]);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  await page.goto(pages[0] ?? '/');
  const outcome = await page.evaluate(async () => {
    const reported = new Promise<string>((done) =>
      document.addEventListener('securitypolicyviolation', (event) => done(event.effectiveDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    return { directive: await reported, ran: (window as unknown as { injected?: boolean }).injected === true };
  });
  expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
});
