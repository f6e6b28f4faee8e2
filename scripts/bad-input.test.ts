/**
 * Bad input fails loudly. Each folder in e2e/fixtures/bad-input/ holds the files that differ from a small
 * valid content folder (e2e/fixtures/content-base/) and expected.txt, the message it must produce. The
 * validation script must exit non-zero with that message; one case goes through the real build to show
 * that a failed build publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'e2e/fixtures');
const cases = readdirSync(join(fixtures, 'bad-input')).sort();
const temp = mkdtempSync(join(tmpdir(), 'crossings-bad-input-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A content folder: the valid base with the case's files laid over it. */
function contentFor(name: string | undefined): string {
  const dir = join(temp, name ?? 'base', 'content');
  cpSync(join(fixtures, 'content-base'), dir, { recursive: true });
  if (name) {
    cpSync(join(fixtures, 'bad-input', name), dir, {
      recursive: true,
      filter: (src) => !src.endsWith('expected.txt'),
    });
  }
  return dir;
}

function validate(contentDir: string) {
  return spawnSync(process.execPath, [join(root, 'scripts/validate-content.ts')], {
    env: { ...process.env, CROSSINGS_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
}

// Each case starts Node: on a loaded machine (CI, or several checkouts at once) that can pass 5 s.
describe('content validation', { timeout: 30_000 }, () => {
  it('accepts the valid base fixture', () => {
    const result = validate(contentFor(undefined));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('has at least ten bad-input cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));

  it.each(cases)(
    'rejects %s, naming the file, row or line, and field',
    (name) => {
      const expected = readFileSync(join(fixtures, 'bad-input', name, 'expected.txt'), 'utf8').trim();
      const result = validate(contentFor(name));
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(expected);
      // Each case starts Node: on a loaded machine (CI, or several checkouts at once) that can pass 5 s.
    },
    30_000,
  );

  it('also accepts the real content', () => {
    const result = validate(join(root, 'content'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the build', () => {
  it('fails on bad input and leaves the published folder untouched', () => {
    const out = join(temp, 'published');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'the last good build');
    const result = spawnSync('npm', ['run', 'build', '--', '--out', out], {
      cwd: root,
      env: { ...process.env, CROSSINGS_CONTENT_DIR: contentFor('unknown-num-id') },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('unknown figure id "arrivals-2042"');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good build');
    expect(existsSync(`${out}.staging`)).toBe(false);
  }, 120_000);
});
