/**
 * Bad input fails loudly. Each folder in e2e/fixtures/bad-input/ holds the files that differ from a small
 * valid content folder (e2e/fixtures/content-base/) and expected.txt, the message it must produce. Each case
 * is validated in this process, by the same loadContent the validation script and the build call (a Node
 * process per case cost 25 s of the unit run); the script itself is run twice, to show it exits 1 with the
 * message on stderr and 0 on good content; one case goes through the real build to show that a failed
 * build publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kindRegistry } from '../src/charts/kinds/index.ts';
import { ContentErrors } from '../src/lib/content/errors.ts';
import { loadContent } from '../src/lib/content/load.ts';

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

/** The validation script, run as a maintainer runs it. */
function validateScript(contentDir: string) {
  return spawnSync(process.execPath, [join(root, 'scripts/validate-content.ts')], {
    env: { ...process.env, CROSSINGS_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
}

/** What validation says of a content folder: its error message, or '' where the content is valid. */
function problemsIn(contentDir: string): string {
  try {
    loadContent({ contentDir, kinds: kindRegistry });
    return '';
  } catch (error) {
    if (error instanceof ContentErrors) return error.message;
    throw error;
  }
}

describe('content validation', () => {
  it('accepts the valid base fixture', () => expect(problemsIn(contentFor(undefined))).toBe(''));

  it('has at least ten bad-input cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));

  it.each(cases)('rejects %s, naming the file, row or line, and field', (name) => {
    const expected = readFileSync(join(fixtures, 'bad-input', name, 'expected.txt'), 'utf8').trim();
    expect(problemsIn(contentFor(name))).toContain(expected);
  });

  it('also accepts the real content', () => expect(problemsIn(join(root, 'content'))).toBe(''));
});

// Two Node processes: on a loaded machine (CI, or several checkouts at once) each can take seconds.
describe('the validation script', { timeout: 60_000 }, () => {
  it('exits 1 and prints the problem on bad input', () => {
    const result = validateScript(contentFor('unknown-num-id'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown figure id "arrivals-2042"');
  });

  it('exits 0, silent on stderr, on the real content', () => {
    const result = validateScript(join(root, 'content'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the build', () => {
  it('fails on bad input and leaves the published folder untouched', () => {
    const out = join(temp, 'published');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'the last good build');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
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
