// Contrast as the browser draws it: for every chart on every chapter page, in every view, in light, dark and
// print, the colours come from getComputedStyle of each mark (never from the palette module), and
//   - every data mark (and key swatch) is at least 3:1 against the chart's background;
//   - marks that touch are 3:1 against each other, or kept apart by a gap in the background colour;
//   - every text in the chart is at least 4.5:1;
//   - on screen, the focus ring (the same rule as :focus-visible, through .is-active) is 3:1 against the
//     mark it rings and against the page;
//   - likely and verified figures differ by more than colour (outline, pattern or shape).
import { expect, test, type Page } from '@playwright/test';
import { contrast, hex, over, parseColour, type Rgba } from '../scripts/lib/contrast.ts';
import { chapterPaths, chartIdsOn } from './site.ts';

const schemes = ['light', 'dark', 'print'] as const;
type SchemeName = (typeof schemes)[number];
const pages = chapterPaths().map((path) => ({ path, ids: chartIdsOn(path) }));

/** What one shape of a chart looks like, as computed. */
interface Drawn {
  tag: string;
  cls: string;
  label: string;
  row: string | null;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  strokeOpacity: number;
  dash: string;
  opacity: number;
  ring?: { stroke: string; width: number };
  box: { left: number; top: number; right: number; bottom: number };
}

async function readView(page: Page, id: string, rings: boolean) {
  return page.locator(`#chart-${id} .chart-view:not([hidden])`).evaluate((view, rings) => {
    const svgs = [...view.querySelectorAll('svg')].filter((s) => s.getBoundingClientRect().width > 0);
    let bg = 'rgba(0, 0, 0, 0)';
    for (let el: Element | null = svgs[0] ?? view; el; el = el.parentElement) {
      const c = getComputedStyle(el).backgroundColor;
      if (!/rgba\(0, 0, 0, 0\)|transparent/.test(c)) {
        bg = c;
        break;
      }
    }
    const shapes: Drawn[] = [];
    const texts: { text: string; fill: string; opacity: number }[] = [];
    for (const svg of svgs) {
      for (const el of svg.querySelectorAll<SVGGraphicsElement>('rect, circle, path, line, text')) {
        const s = getComputedStyle(el);
        if (s.display === 'none' || s.visibility === 'hidden') continue;
        if (el.tagName === 'text') {
          texts.push({ text: (el.textContent ?? '').slice(0, 40), fill: s.fill, opacity: Number(s.opacity) });
          continue;
        }
        const cls = el.getAttribute('class') ?? '';
        // Data marks and key swatches: the bar and series tones. Grid and axis lines are not data.
        if (!/\bm-(bar|series)/.test(cls)) continue;
        const b = el.getBoundingClientRect();
        const drawn: Drawn = {
          tag: el.tagName,
          cls,
          label: el.getAttribute('aria-label') ?? cls,
          row: el.getAttribute('data-row'),
          fill: s.fill,
          fillOpacity: Number(s.fillOpacity),
          stroke: s.stroke,
          strokeWidth: parseFloat(s.strokeWidth) * (el.getScreenCTM()?.a ?? 1),
          strokeOpacity: Number(s.strokeOpacity),
          dash: s.strokeDasharray,
          opacity: Number(s.opacity),
          box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
        };
        if (rings && el.hasAttribute('data-row')) {
          el.classList.add('is-active');
          const f = getComputedStyle(el);
          drawn.ring = { stroke: f.stroke, width: parseFloat(f.strokeWidth) };
          el.classList.remove('is-active');
        }
        shapes.push(drawn);
      }
    }
    return { bg, shapes, texts, svgs: svgs.length };
  }, rings);
}

/** The colour a shape shows a reader: its fill where that is solid, else its outline; undefined if unpainted. */
function shown(d: Drawn, bg: Rgba): Rgba | undefined {
  const fill = parseColour(d.fill);
  if (fill && fill.a > 0 && d.fillOpacity * d.opacity >= 0.99) return over(fill, bg);
  const stroke = parseColour(d.stroke);
  if (stroke && stroke.a > 0 && d.strokeWidth > 0 && d.strokeOpacity > 0)
    return over({ ...stroke, a: stroke.a * d.strokeOpacity * d.opacity }, bg);
  return undefined;
}

function touching(a: Drawn['box'], b: Drawn['box']): boolean {
  const overlap = (lo1: number, hi1: number, lo2: number, hi2: number) => Math.min(hi1, hi2) - Math.max(lo1, lo2);
  const x = overlap(a.left, a.right, b.left, b.right);
  const y = overlap(a.top, a.bottom, b.top, b.bottom);
  // Edge to edge (within half a pixel) along one axis, and side by side along the other.
  return (Math.abs(x) <= 0.5 && y > 1) || (Math.abs(y) <= 0.5 && x > 1);
}

async function problemsIn(page: Page, id: string, scheme: SchemeName, view: string): Promise<string[]> {
  const { bg: bgText, shapes, texts, svgs } = await readView(page, id, scheme !== 'print');
  if (svgs === 0) return [`${view}: no chart drawn`];
  const bg = parseColour(bgText) ?? { r: 255, g: 255, b: 255, a: 1 };
  const out: string[] = [];
  const at = (d: Drawn) => `${view}: ${d.tag} "${d.label.slice(0, 50)}"`;
  const ratio = (n: number) => n.toFixed(2);
  for (const d of shapes) {
    const c = shown(d, bg);
    if (!c) continue;
    const r = contrast(c, bg);
    if (r < 3) out.push(`${at(d)} ${hex(c)} on ${hex(bg)} is ${ratio(r)}:1`);
    if (d.ring) {
      const ring = parseColour(d.ring.stroke);
      if (!ring || d.ring.width < 2) out.push(`${at(d)}: no focus ring (${d.ring.stroke} ${d.ring.width})`);
      else {
        const markColour = shown({ ...d, stroke: 'none' }, bg) ?? c;
        const withMark = contrast(over(ring, bg), markColour);
        const withPage = contrast(over(ring, bg), bg);
        if (withMark < 3)
          out.push(`${at(d)}: focus ring ${hex(ring)} on the mark ${hex(markColour)} is ${ratio(withMark)}:1`);
        if (withPage < 3) out.push(`${at(d)}: focus ring ${hex(ring)} on the page is ${ratio(withPage)}:1`);
      }
    }
  }
  // Marks that touch: 3:1 between them, unless one is outlined in the background colour (a gap).
  const filled = shapes.filter((d) => d.tag === 'rect' && d.row !== null && shown({ ...d, stroke: 'none' }, bg));
  const gap = (d: Drawn) => {
    const s = parseColour(d.stroke);
    return s !== undefined && d.strokeWidth >= 1 && contrast(over(s, bg), bg) < 1.1;
  };
  for (let i = 0; i < filled.length; i++)
    for (let j = i + 1; j < filled.length; j++) {
      const a = filled[i];
      const b = filled[j];
      if (!a || !b || !touching(a.box, b.box) || gap(a) || gap(b)) continue;
      const ca = shown({ ...a, stroke: 'none' }, bg);
      const cb = shown({ ...b, stroke: 'none' }, bg);
      if (ca && cb && contrast(ca, cb) < 3)
        out.push(`${at(a)} touches "${b.label.slice(0, 50)}": ${hex(ca)} / ${hex(cb)} is ${ratio(contrast(ca, cb))}:1`);
    }
  for (const t of texts) {
    const fill = parseColour(t.fill);
    if (!fill || t.text.trim() === '') continue;
    const c = over({ ...fill, a: fill.a * t.opacity }, bg);
    const r = contrast(c, bg);
    if (r < 4.5) out.push(`${view}: text "${t.text}" ${hex(c)} on ${hex(bg)} is ${ratio(r)}:1`);
  }
  return out;
}

test('there are charts to check', () => expect(pages.flatMap((p) => p.ids).length).toBeGreaterThan(0));

for (const { path, ids } of pages) {
  if (ids.length === 0) continue;
  for (const scheme of schemes) {
    test(`${path} in ${scheme}: marks 3:1, text 4.5:1, focus rings 3:1, touching marks apart`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      if (scheme === 'print') await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      else await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const problems: string[] = [];
      for (const id of ids) {
        const buttons = page.locator(`#chart-${id} .chart-views button`);
        // Paper has the default view alone.
        const views = scheme === 'print' ? 1 : Math.max(await buttons.count(), 1);
        for (let v = 0; v < views; v++) {
          if (scheme !== 'print' && (await buttons.count()) > 0) await buttons.nth(v).click();
          const name = (await page.locator(`#chart-${id} .chart-view:not([hidden])`).getAttribute('data-view')) ?? '';
          problems.push(...(await problemsIn(page, id, scheme, `${id}${name ? ` (${name})` : ''}`)));
        }
      }
      expect(problems).toEqual([]);
    });
  }
}

test('likely and verified figures differ by more than colour', async ({ page }) => {
  const path = pages.find((p) => p.ids.includes('safe-routes-over-time'))?.path;
  test.skip(path === undefined, 'no page with safe-routes-over-time');
  await page.goto(path ?? '/');
  // The table says which figures are verified: the first-published totals (the "First" column); the rest
  // are likely figures transcribed from the Home Office's tables.
  const looks = await page
    .locator('#chart-safe-routes-over-time .chart-view:not([hidden]) svg')
    .first()
    .evaluate((svg) =>
      [...svg.querySelectorAll<SVGGraphicsElement>('[data-row]')].map((el) => {
        const s = getComputedStyle(el);
        return {
          // The route is a cell of the mark's own name ("Year: 2023, Route: First, …"), or, where marks are
          // grouped by route, the name of its group ("First published").
          verified:
            /(^|, )Route: First( published)?,/.test(el.getAttribute('aria-label') ?? '') ||
            /^First( published)?$/.test(el.closest('g[role="group"]')?.getAttribute('aria-label') ?? ''),
          // Everything but the colour: the shape, its outline's pattern and width, a paint server.
          look: [
            el.tagName,
            s.strokeDasharray,
            s.stroke === 'none' ? 'no outline' : `outline ${s.strokeWidth}`,
            /url/.test(s.fill) ? 'pattern' : 'flat',
          ].join(' | '),
        };
      }),
    );
  const verified = new Set(looks.filter((l) => l.verified).map((l) => l.look));
  const likely = new Set(looks.filter((l) => !l.verified).map((l) => l.look));
  expect(verified.size).toBeGreaterThan(0);
  expect(likely.size).toBeGreaterThan(0);
  for (const look of likely) expect(verified, `a likely figure looks like a verified one: ${look}`).not.toContain(look);
});
