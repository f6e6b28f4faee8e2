/**
 * The import end to end, on copies of content/: a refused file leaves every byte as it was; a dry run
 * writes nothing; the same file imported twice gives the same files; December 2025 then August 2026 reports
 * the new days and the 2025 total completed; an older file is refused unless asked for.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_CASES, REAL_FILES, badFile, readWorkbook, writeOds } from './fixtures.ts';
import { ImportRefused, runImport, type ImportOptions } from './run.ts';

const root = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'crossings-import-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let copies = 0;
/**
 * A fresh copy of a frozen content folder: the site's yearly arrivals, sources, charts and figures as they
 * stood before the first import (__fixtures__/content), so the tests never depend on what content/ holds.
 */
function contentCopy(): string {
  const dir = join(temp, `content-${++copies}`, 'content');
  cpSync(join(import.meta.dirname, '__fixtures__/content'), dir, { recursive: true });
  return dir;
}

/** Every file under a folder and its bytes, to compare before and after. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

const december = { file: REAL_FILES.december2025, published: '2025-12-12' };
const august = { file: REAL_FILES.august2026, published: '2026-08-21' };

function run(contentDir: string, issue: { file: string; published: string }, extra: Partial<ImportOptions> = {}) {
  return runImport({ ...issue, dryRun: false, allowOlder: false, contentDir, ...extra });
}

function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof ImportRefused) return error.message;
    throw error;
  }
  throw new Error('the import was not refused');
}

describe('a refused file writes nothing', { timeout: 120_000 }, () => {
  const contentDir = contentCopy();
  const before = snapshot(contentDir);
  const real = readFileSync(REAL_FILES.august2026);

  it.each(BAD_CASES.map((c) => [c.name, c] as const))('%s: refused, content/ byte for byte as it was', (name, bad) => {
    const file = join(temp, `${name}.ods`);
    writeFileSync(file, badFile(bad, real));
    const message = refusal(() => run(contentDir, { file, published: '2026-08-21' }));
    expect(message).toContain(bad.expected);
    expect(message).toContain('nothing was written');
    expect(snapshot(contentDir)).toEqual(before);
  });

  it('an older file than the data imported: refused, unless --allow-older', () => {
    const dir = contentCopy();
    run(dir, august);
    const imported = snapshot(dir);
    const message = refusal(() => run(dir, december));
    expect(message).toContain(
      'sheet SB_01, row 2903, column A (Date): the file (published 12 December 2025, to 11 December 2025) is older than the data already imported (published 21 August 2026, to 20 August 2026)',
    );
    expect(snapshot(dir)).toEqual(imported);
    const back = run(dir, december, { allowOlder: true });
    expect(back.report.dropped.length).toBeGreaterThan(0);
  });

  it('a publication date before the last day in the file: refused', () => {
    const dir = contentCopy();
    const start = snapshot(dir);
    expect(refusal(() => run(dir, { ...august, published: '2026-08-19' }))).toContain(
      'sheet SB_01, row 3155, column A',
    );
    expect(refusal(() => run(dir, { ...august, published: '2026-02-30' }))).toContain('YYYY-MM-DD');
    expect(snapshot(dir)).toEqual(start);
  });

  it('the command line: exit 1 and the place named on a bad file, exit 2 on bad usage', () => {
    const file = join(temp, 'cli-bad.ods');
    const textInCount = BAD_CASES.find((c) => c.name === 'text-in-count');
    if (!textInCount) throw new Error('no text-in-count case');
    writeFileSync(file, badFile(textInCount, real));
    const dir = contentCopy();
    const start = snapshot(dir);
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [join(root, 'scripts/import/cli.ts'), ...args], { encoding: 'utf8' });
    const bad = cli([file, '--published', '2026-08-21', '--content', dir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('sheet SB_01, row 2000, column B (Migrants arrived)');
    expect(cli([file]).status).toBe(2);
    expect(snapshot(dir)).toEqual(start);
  });
});

describe('imports', { timeout: 120_000 }, () => {
  it('a dry run prints what would change and writes nothing', () => {
    const dir = contentCopy();
    const start = snapshot(dir);
    const result = run(dir, december, { dryRun: true });
    expect(result.written).toEqual([]);
    expect(result.text).toContain('2020: 8,462 people in 641 boats (13 per boat), revised from 8,466.');
    expect(result.text).toContain('small-boat-arrivals 2022 people: 45,774 -> 45,755');
    expect(result.text).toContain('Dry run: nothing written.');
    expect(result.text).toContain('figures: arrivals-2020, arrivals-2022');
    expect(result.text).toContain(
      'content/chapters/01-arrivals.mdx (figures arrivals-2022; charts arrivals-by-year, people-per-boat)',
    );
    expect(snapshot(dir)).toEqual(start);
  });

  it('December 2025 then August 2026: the new days, and 2025 completed', () => {
    const dir = contentCopy();
    const first = run(dir, december);
    expect(first.text).toContain('2,902 new days of arrivals: 1 January 2018 to 11 December 2025.');
    expect(first.text).toContain('the site keeps its yearly total of 41,472');
    const second = run(dir, august);
    expect(second.text).toContain('252 new days of arrivals: 12 December 2025 to 20 August 2026.');
    expect(second.text).toContain(
      "2025: 41,472 people in 672 boats (62 per boat). The year is now complete in the Home Office's file",
    );
    expect(second.written).toContain('changes.yaml');
    const changes = readFileSync(join(dir, 'changes.yaml'), 'utf8');
    expect(changes).toContain(
      "- { dataset: small-boat-arrivals, key: '2022', column: people, old: 45774, new: 45755 }",
    );
    expect(changes.match(/^- date: /gm)).toHaveLength(2);
    // Newest first, as the file keeps them; the counts stay in the terminal report, the entry's words hold none.
    expect(changes.indexOf('- date: 2026-08-21')).toBeLessThan(changes.indexOf('- date: 2025-12-12'));
    expect(changes).toContain('For 2025, the year is now complete in the Home Office');
    expect(changes).not.toContain('41,472');
    expect(readFileSync(join(dir, 'data/small-boat-arrivals.csv'), 'utf8')).toContain('\n2025,41472,672,62,\n');
  });

  it('the same file twice gives the same files, byte for byte, and no second entry', () => {
    const a = contentCopy();
    const b = contentCopy();
    run(a, august);
    run(b, august);
    const once = snapshot(a);
    expect(snapshot(b)).toEqual(once);
    const again = run(a, august);
    expect(again.written).toEqual([]);
    expect(again.text).toContain('Nothing changes');
    expect(snapshot(a)).toEqual(once);
    expect(existsSync(join(a, 'changes.yaml'))).toBe(true);
  });

  it('a later file that revises earlier figures: every revision listed, old and new, and the year it changes', () => {
    const dir = contentCopy();
    run(dir, august);
    // The same file, as if published a week later with 22 June 2023 (row 2000) and the week ending
    // 31 May 2026 (row 440) revised.
    const workbook = readWorkbook(readFileSync(REAL_FILES.august2026));
    const daily = workbook.Sheets['SB_01'];
    const weekly = workbook.Sheets['SB_02'];
    if (!daily?.['B2000'] || !weekly?.['E440']) throw new Error('the fixture cells are missing');
    const people = Number(daily['B2000'].v);
    const prevented = Number(weekly['E440'].v);
    daily['B2000'] = { t: 'n', v: people + 5 };
    weekly['E440'] = { t: 'n', v: prevented + 10 };
    const file = join(temp, 'revised.ods');
    writeFileSync(file, writeOds(workbook));
    const result = run(dir, { file, published: '2026-08-28' });
    expect(result.report.newDays).toEqual([]);
    expect(result.report.revisions).toEqual([
      { dataset: 'small-boat-arrivals', key: '2023', column: 'people', old: 29437, new: 29442 },
      {
        dataset: 'small-boat-arrivals-weekly',
        key: '2026-05-31',
        column: 'people_prevented',
        old: prevented,
        new: prevented + 10,
      },
      { dataset: 'small-boat-arrivals-daily', key: '2023-06-22', column: 'people', old: people, new: people + 5 },
    ]);
    expect(result.text).toContain('2023: 29,442 people in 602 boats (49 per boat), revised from 29,437.');
    expect(result.text).toContain('figures: arrivals-2023');
    const changes = readFileSync(join(dir, 'changes.yaml'), 'utf8');
    expect(changes).toContain('- date: 2026-08-28\n  kind: correction\n');
    expect(changes).toContain(
      `- { dataset: small-boat-arrivals-daily, key: '2023-06-22', column: people, old: ${people}, new: ${people + 5} }`,
    );
    expect(readFileSync(join(dir, 'data/small-boat-arrivals.csv'), 'utf8')).toContain(
      '2023,29442,602,49,"Revised by the Home Office; earlier issues gave 29,437."',
    );
  });
});
