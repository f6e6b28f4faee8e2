/**
 * Charts as a screen reader meets them, read from the accessibility tree Chromium builds (the figure's
 * ARIA snapshot), in every view: what it says comes before its marks, its title is said once, no mark
 * says a cell it does not have, and a reader is never made to sit through a long run of stops.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapterPaths, chartIdsOn } from './site.ts';

const charts = chapterPaths().flatMap((path) => chartIdsOn(path).map((id) => ({ path, id })));

/**
 * Stops before the summary: the figure, its heading and subtitle; where it has views, their group, two
 * buttons and the line that says which is shown.
 */
const beforeSummaryBudget = 7;
/** Stops for a reader who skips each group of marks whole: what the chart costs to pass through. */
const skimBudget = 50;
/** The longest run of marks a reader must pass one by one, with no group to skip. */
const runBudget = 12;

interface Line {
  depth: number;
  role: string;
  name: string;
}

/** One node a line of an ARIA snapshot: `- img "Year: 2018, People detected: 299"` → role and name. */
function parse(snapshot: string): Line[] {
  const lines = snapshot.split('\n').flatMap((raw) => {
    const match = /^(\s*)- (.*)$/.exec(raw);
    if (!match) return [];
    let body = (match[2] ?? '').trim();
    // Quoted lines: '- 'img "…"'' (YAML quotes a line with a colon in it).
    if (/^'.*'$/.test(body)) body = body.slice(1, -1).replaceAll("''", "'");
    if (body.startsWith('/url:')) return [];
    const node = /^([a-z]+)(?: "((?:[^"\\]|\\.)*)")?(?:\s*\[[^\]]*\])*:?\s*(.*)$/.exec(body);
    const role = node?.[1] ?? 'text';
    const name = node?.[2] ?? node?.[3]?.replace(/^"|"$/g, '') ?? body;
    return [{ depth: (match[1] ?? '').length / 2, role, name }];
  });
  // An empty paragraph with nothing in it (the view switch's live region, before it speaks) is no stop.
  return lines.filter((l, i) => l.name !== '' || l.role !== 'paragraph' || (lines[i + 1]?.depth ?? 0) > l.depth);
}

async function readChart(page: Page, id: string): Promise<{ lines: Line[]; summary: string; title: string }> {
  const figure = page.locator(`#chart-${id}`);
  const title = ((await figure.locator('.chart-title').textContent()) ?? '').trim();
  const summary = ((await figure.locator('.chart-view:not([hidden]) .chart-summary').textContent()) ?? '').trim();
  return { lines: parse(await figure.ariaSnapshot()), summary, title };
}

/** Counts of a snapshot, for the report: all stops, stops before the summary, the longest run of marks. */
function measure(lines: Line[], summary: string) {
  const summaryAt = lines.findIndex((l) => l.name.includes(summary.slice(0, 40)));
  const firstMark = lines.findIndex((l) => l.role === 'img');
  let run = 0;
  let longest = 0;
  let depth = -1;
  for (const line of lines) {
    if (line.role === 'img' && line.depth === depth) run++;
    else if (line.role === 'img') [run, depth] = [1, line.depth];
    else [run, depth] = [0, -1];
    longest = Math.max(longest, run);
  }
  // Inside a named group of marks (a year, a route), every line below the group's own is skipped with it.
  let skipped = 0;
  for (let i = 0; i < lines.length; i++) {
    const group = lines[i] as Line;
    if (group.role !== 'group' || group.name === '' || lines[i + 1]?.role !== 'img') continue;
    for (let j = i + 1; j < lines.length && (lines[j] as Line).depth > group.depth; j++) skipped++;
  }
  return { stops: lines.length, skim: lines.length - skipped, summaryAt, firstMark, longest };
}

for (const { path, id } of charts) {
  test(`${id} reads in order: summary, then marks in groups; the title once; no empty cells`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const buttons = page.locator(`#chart-${id} .chart-views button`);
    const views = Math.max(1, await buttons.count());
    for (let v = 0; v < views; v++) {
      if (v > 0) await buttons.nth(v).click();
      const { lines, summary, title } = await readChart(page, id);
      const m = measure(lines, summary);
      // The counts, for a person comparing builds: `CROSSINGS_READING=1` prints them.
      if (process.env['CROSSINGS_READING']) console.log(`${id} view ${v}: ${JSON.stringify(m)}`, lines.slice(0, 8));
      expect(m.summaryAt, `${id}: the summary is in the tree`).toBeGreaterThan(-1);
      expect(m.firstMark, `${id}: the marks are in the tree`).toBeGreaterThan(-1);
      expect(m.summaryAt, `${id}: summary before the first mark`).toBeLessThan(m.firstMark);
      expect(m.summaryAt, `${id}: stops before the summary`).toBeLessThanOrEqual(beforeSummaryBudget);
      expect(m.longest, `${id}: marks in one run`).toBeLessThanOrEqual(runBudget);
      expect(m.skim, `${id}: stops, skipping each group of marks`).toBeLessThanOrEqual(skimBudget);
      const saysTitle = lines.filter((l) => l.name.includes(title));
      expect(saysTitle.length, `${id}: title said once, not ${saysTitle.length} times`).toBe(1);
      const names = lines.filter((l) => l.role === 'img').map((l) => l.name);
      for (const name of names) {
        expect(name, `${id}: a mark names only what it has`).not.toMatch(/:\s*[–—-]?\s*(,|$)/);
        expect(name, `${id}: amounts in words`).not.toMatch(/\d(bn|m)\b/);
      }
    }
  });
}
