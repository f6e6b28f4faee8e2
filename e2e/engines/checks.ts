/**
 * Each behaviour checked once per engine, as lean as it can be: a few page loads, several checks each. The
 * Chromium suite (e2e/*.spec.ts) stays the complete one; these ask whether each enhancement works at all in
 * another engine, by pointer and by keyboard, and whether its fallback does where the engine lacks a feature.
 * A check throws to fail; the runner records it and goes on to the next.
 */
import { join } from 'node:path';
import type { Driver } from './driver.ts';

export interface Context {
  d: Driver;
  /** The site under test, e.g. http://localhost:4341 */
  site: string;
  /** A host article on another origin, with snippets pasted in (server.ts). */
  host: string;
  /** A served copy of the site for the service worker, and a way to take it off the network. */
  offline: { origin: string; cut(): Promise<void> };
  shots: string;
  /** CSP violation reports received since the last call. */
  cspReports(): string[];
  pages: string[];
}

export interface Check {
  name: string;
  /** Runs with JavaScript off and the system asking for dark (the second browser session). */
  session: 'on' | 'off';
  run(c: Context): Promise<void>;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Polls a function in the page until it returns something truthy; fails with `what` after `ms`. */
async function until<T>(d: Driver, fn: string, what: string, ms = 8000, ...args: unknown[]): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    last = await d.evaluate<T>(fn, ...args);
    if (last) return last as T;
    if (Date.now() > end) fail(`${what} (last: ${JSON.stringify(last)})`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Scrolls an element to the middle of the viewport and returns its box. */
async function box(d: Driver, selector: string): Promise<Box> {
  const found = await d.evaluate<Box | null>(
    `(s) => { const el = document.querySelector(s); if (!el) return null; el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
    selector,
  );
  return found ?? fail(`nothing at ${selector}`);
}

/**
 * Focuses a button and presses a key on it; where the driver's window cannot have focus (see Driver), clicks
 * it instead and notes what was not checked.
 */
async function activate(d: Driver, selector: string, key: 'Enter' | 'Space', what: string): Promise<void> {
  await d.evaluate(`(s) => document.querySelector(s).focus()`, selector);
  if (d.windowFocus) return d.press(key);
  d.notes.push(`${what}: ${key} not checked (window without focus), clicked instead`);
  const b = await box(d, selector);
  await d.click(b.x + b.width / 2, b.y + b.height / 2);
}

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

const isDarkBody = `() => { const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\\d+/g) ?? []).map(Number);
  return (r + g + b) / 3 < 128; }`;

async function load(c: Context, path: string): Promise<void> {
  await c.d.goto(`${c.site}${path}`);
  // Enhancements are module scripts: wait until the page's custom elements are defined.
  await until(c.d, `() => document.readyState === 'complete'`, 'the page loads');
  // The web font in use (a screenshot before it would show the metric-matched local font instead).
  await until(c.d, `() => document.fonts.ready.then(() => document.fonts.status === 'loaded')`, 'the fonts load');
}

/** Loads a page only where the check before left another one (checks share page loads, and run alone too). */
async function on(c: Context, path: string): Promise<void> {
  if (new URL(await c.d.url()).pathname !== path) await load(c, path);
}

const marks = '#chart-arrivals-by-year .chart-view:not([hidden]) .chart-frame--wide [data-row]';

export const checks: Check[] = [
  {
    name: 'theme control (pointer and keyboard), light and dark',
    session: 'on',
    async run(c) {
      const { d } = c;
      await d.setViewport(1280, 900);
      await load(c, '/the-announcement/');
      if (await d.evaluate<boolean>(isDarkBody)) fail('the page starts dark on a light system');
      const font = await d.evaluate<string[]>(
        `() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replaceAll('"', ''))`,
      );
      if (!font.some((family) => family.startsWith('Atkinson Hyperlegible Next')))
        fail(`the body's web font did not load: ${font.join(', ') || 'none'}`);
      await d.screenshot(join(c.shots, `${d.engine}-desktop-light.png`));
      const dark = await box(d, '[aria-label="Colour scheme"] button:nth-of-type(3)');
      await d.click(centre(dark).x, centre(dark).y);
      await until(d, `() => document.documentElement.dataset.theme === 'dark'`, 'a click on Dark sets the dark theme');
      if (!(await d.evaluate<boolean>(isDarkBody))) fail('Dark chosen, but the page is not dark');
      await d.evaluate(`() => scrollTo(0, 0)`);
      await d.screenshot(join(c.shots, `${d.engine}-desktop-dark.png`));
      // By keyboard: Enter on Light, Space on System.
      await activate(d, '[aria-label="Colour scheme"] button:nth-of-type(2)', 'Enter', 'theme');
      await until(d, `() => document.documentElement.dataset.theme === 'light'`, 'Enter on Light sets the light theme');
      await activate(d, '[aria-label="Colour scheme"] button:nth-of-type(1)', 'Space', 'theme');
      await until(d, `() => !('theme' in document.documentElement.dataset)`, 'Space on System clears the choice');
      if (await d.evaluate<boolean>(isDarkBody)) fail('System chosen on a light system, but the page is dark');
    },
  },
  {
    name: 'chart tooltips (pointer and keyboard)',
    session: 'on',
    async run(c) {
      const { d } = c;
      await on(c, '/the-announcement/');
      const row = (n: number) =>
        d.evaluate<[string[], string[]]>(
          `(n) => [[...document.querySelectorAll('#chart-arrivals-by-year .chart-tooltip dd')].map((e) => e.textContent.trim()),
            [...document.querySelectorAll('#chart-arrivals-by-year .chart-view:not([hidden]) tbody tr')[n].querySelectorAll('th, td')].map((e) => e.textContent.trim())]`,
          n,
        );
      const tooltipShown = `() => { const t = document.querySelector('#chart-arrivals-by-year .chart-tooltip'); return t && !t.hidden && t.getBoundingClientRect().height > 0; }`;
      const mark = await box(d, `${marks}:nth-of-type(3)`);
      await d.move(centre(mark).x, centre(mark).y);
      await until(d, tooltipShown, 'hovering a bar shows its tooltip');
      const [shown, table] = await row(2);
      if (JSON.stringify(shown) !== JSON.stringify(table))
        fail(`the tooltip ${JSON.stringify(shown)} is not the table row ${JSON.stringify(table)}`);
      await d.move(2, 2);
      await until(d, `() => !(${tooltipShown})()`, 'moving away hides the tooltip');
      // Keyboard: focus the first mark, ArrowRight to the second, Escape hides its tooltip and keeps focus.
      await d.evaluate(`(s) => document.querySelector(s).focus()`, marks);
      await d.press('ArrowRight');
      await until(
        d,
        `(s) => document.activeElement === document.querySelectorAll(s)[1]`,
        'ArrowRight moves to the second bar',
        5000,
        marks,
      );
      if (!d.windowFocus) {
        d.notes.push("tooltips: a focused bar's tooltip not checked (no focus events without window focus)");
        return;
      }
      await until(d, tooltipShown, 'a focused bar shows its tooltip');
      await d.press('Escape');
      await until(d, `() => !(${tooltipShown})()`, 'Escape hides the tooltip');
      await until(d, `(s) => document.activeElement === document.querySelectorAll(s)[1]`, 'focus stays', 2000, marks);
    },
  },
  {
    name: 'glossary popover (anchored, or its fallback)',
    session: 'on',
    async run(c) {
      await popover(c, 1280);
    },
  },
  {
    name: 'guess the line (keyboard and pointer)',
    session: 'on',
    async run(c) {
      const { d } = c;
      await on(c, '/the-announcement/');
      const sliders = `guess-line [role="slider"]`;
      const now = () =>
        d.evaluate<string[]>(
          `(s) => [...document.querySelectorAll(s)].map((e) => e.getAttribute('aria-valuenow'))`,
          sliders,
        );
      await box(d, 'guess-line');
      await d.evaluate(`(s) => document.querySelector(s).focus()`, sliders);
      const before = await now();
      await d.press('PageUp');
      const after = await now();
      if (Number(after[0]) <= Number(before[0]))
        fail(`PageUp did not raise the first slider: ${before[0]} → ${after[0]}`);
      // Pointer: drag from the first year's slider to the right edge along one height.
      const chart = await box(d, 'guess-line .guess-chart');
      const first = await d.evaluate<Box>(
        `(s) => { const r = document.querySelector(s).getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
        sliders,
      );
      const y = chart.y + chart.height * 0.3;
      const points = [];
      for (let x = first.x + first.width / 2; x <= chart.x + chart.width - 2; x += 12) points.push({ x, y });
      await d.drag(points);
      const dragged = await now();
      if (dragged.slice(1).some((v, i) => v === before[i + 1]))
        fail(`a drag left sliders unchanged: ${JSON.stringify(dragged)}`);
      await activate(d, 'guess-line .guess-reveal', 'Enter', 'guess the line');
      await until(
        d,
        `() => document.querySelector('guess-line .guess-layer--answer').getBoundingClientRect().height > 0`,
        'Show me reveals the line',
      );
      await until(
        d,
        `() => document.querySelector('guess-line .guess-result').textContent.trim().length > 10`,
        'the result is said',
      );
    },
  },
  {
    name: 'print media',
    session: 'on',
    async run(c) {
      const { d } = c;
      await load(c, '/the-announcement/');
      // Classic WebDriver cannot emulate print media: apply the page's own print rules to the screen instead,
      // by turning each `@media print` rule (and print-only sheet) into `all` in the CSS object model.
      const applied = await d.evaluate<number>(`() => { let n = 0;
        const walk = (rules) => { for (const rule of rules) { if (rule.media && /\\bprint\\b/.test(rule.media.mediaText)) { rule.media.mediaText = 'all'; n++; } else if (rule.cssRules) walk(rule.cssRules); } };
        for (const sheet of document.styleSheets) { if (/\\bprint\\b/.test(sheet.media.mediaText)) { sheet.media.mediaText = 'all'; n++; } walk(sheet.cssRules); }
        return n; }`);
      if (applied < 3) fail(`only ${applied} print rules found`);
      const seen = await d.evaluate<
        Record<string, boolean>
      >(`() => { const shown = (s) => { const el = document.querySelector(s); return !!el && el.getBoundingClientRect().height > 0; };
        return { header: shown('.site-header, header'), guess: shown('guess-line'), question: shown('.guess-question'), chart: shown('#chart-arrivals-by-year svg') }; }`);
      if (seen['header'] || seen['guess'] || !seen['question'] || !seen['chart'])
        fail(`in print, expected no site header or guess, the question and the chart: ${JSON.stringify(seen)}`);
    },
  },
  {
    name: 'view toggles',
    session: 'on',
    async run(c) {
      const { d } = c;
      await load(c, '/the-money/');
      const id = await d.evaluate<string>(
        `() => document.querySelector('.chart-views').closest('figure.chart').dataset.chart`,
      );
      const second = await box(d, `#chart-${id} .chart-views button:nth-of-type(2)`);
      const view = await d.evaluate<string>(
        `(s) => document.querySelector(s).dataset.view`,
        `#chart-${id} .chart-views button:nth-of-type(2)`,
      );
      await d.click(centre(second).x, centre(second).y);
      await until(
        d,
        `(s) => document.querySelector(s).getAttribute('aria-pressed') === 'true'`,
        'the clicked view is pressed',
        5000,
        `#chart-${id} .chart-views button:nth-of-type(2)`,
      );
      await until(
        d,
        `(s) => { const v = document.querySelector(s); return v && !v.hidden && v.getBoundingClientRect().height > 0; }`,
        'its view shows',
        5000,
        `#chart-${id} .chart-view[data-view="${view}"]`,
      );
      const hash = new URL(await d.url()).hash;
      if (hash !== `#chart-${id}/${view}`) fail(`the address keeps the view: ${hash}`);
      // By keyboard: Enter on the first button goes back.
      await activate(d, `#chart-${id} .chart-views button:nth-of-type(1)`, 'Enter', 'view toggles');
      await until(
        d,
        `(s) => document.querySelector(s).getAttribute('aria-pressed') === 'true'`,
        'Enter on the first view presses it',
        5000,
        `#chart-${id} .chart-views button:nth-of-type(1)`,
      );
    },
  },
  {
    name: 'guess the amount (keyboard and pointer)',
    session: 'on',
    async run(c) {
      const { d } = c;
      await on(c, '/the-money/');
      const slider = 'guess-amount [role="slider"]';
      const now = () =>
        d.evaluate<number>(`(s) => Number(document.querySelector(s).getAttribute('aria-valuenow'))`, slider);
      await box(d, 'guess-amount');
      await d.evaluate(`(s) => document.querySelector(s).focus()`, slider);
      await d.press('Home');
      const zero = await now();
      await d.press('ArrowRight');
      if ((await now()) <= zero) fail('ArrowRight did not raise the guess');
      await d.press('End');
      const most = await now();
      const bar = await box(d, 'guess-amount .guess-layer--question rect');
      const y = bar.y + bar.height / 2;
      await d.drag([
        { x: bar.x + 2, y },
        { x: bar.x + bar.width * 0.25, y },
        { x: bar.x + bar.width * 0.5, y },
      ]);
      const dragged = await now();
      if (!(dragged > zero && dragged < most))
        fail(`a drag to the middle gave ${dragged} (between ${zero} and ${most}?)`);
      await activate(d, 'guess-amount .guess-reveal', 'Enter', 'guess the amount');
      await until(
        d,
        `() => document.querySelector('guess-amount .guess-layer--answer').getBoundingClientRect().height > 0`,
        'Show me reveals the split',
      );
    },
  },
  {
    name: 'stepped money story',
    session: 'on',
    async run(c) {
      const { d } = c;
      await on(c, '/the-money/');
      await until(
        d,
        `() => document.querySelector('step-story').hasAttribute('data-stepped')`,
        'the story is enhanced',
      );
      const count = await d.evaluate<number>(`() => document.querySelectorAll('step-story > .step-text').length`);
      const seen: string[] = [];
      for (let i = 0; i < count; i++) {
        await d.evaluate(
          `(i) => { const el = document.querySelectorAll('step-story > .step-text')[i]; scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.5); }`,
          i,
        );
        seen.push(
          await until<string>(
            d,
            `(i) => { const s = document.querySelector('step-story').dataset.step; const a = document.querySelectorAll('step-story > .step-figure')[i];
              return s === String(i + 1) && a.hasAttribute('data-active') && getComputedStyle(a).opacity === '1' ? s : ''; }`,
            `step ${i + 1} shows its chart`,
            5000,
            i,
          ),
        );
      }
      if (seen.join() !== Array.from({ length: count }, (_, i) => i + 1).join()) fail(`steps seen: ${seen.join()}`);
    },
  },
  {
    name: 'copy buttons',
    session: 'on',
    async run(c) {
      const { d } = c;
      await on(c, '/the-money/');
      const summary = await box(d, 'details.chart-share summary');
      await d.click(centre(summary).x, centre(summary).y);
      await until(d, `() => document.querySelector('details.chart-share').open`, 'Share opens');
      const copy = await box(d, 'details.chart-share button.chart-share-copy');
      await d.click(centre(copy).x, centre(copy).y);
      // Copied to the clipboard, or (where the engine refuses the clipboard) the text is selected with a
      // one-line hint: both leave the reader able to copy.
      const said = await until<string>(
        d,
        `() => document.querySelector('details.chart-share [role="status"]').textContent.trim()`,
        'the copy button says what it did',
      );
      if (said.startsWith('Selected')) {
        const selected = await d.evaluate<number>(
          `() => { const a = document.activeElement; return a && 'selectionEnd' in a ? a.selectionEnd - a.selectionStart : 0; }`,
        );
        if (selected < 20) fail(`"${said}", but nothing is selected`);
      }
    },
  },
  {
    name: 'phone width (360 px), light and dark',
    session: 'on',
    async run(c) {
      const { d } = c;
      await d.setViewport(360, 740);
      await load(c, '/the-announcement/');
      const overflow = await d.evaluate<number>(`() => document.documentElement.scrollWidth - innerWidth`);
      if (overflow > 0) fail(`the page is ${overflow} px wider than the phone`);
      await d.screenshot(join(c.shots, `${d.engine}-phone-light.png`));
      const dark = await box(d, '[aria-label="Colour scheme"] button:nth-of-type(3)');
      await d.click(centre(dark).x, centre(dark).y);
      await until(d, `() => document.documentElement.dataset.theme === 'dark'`, 'Dark on a phone');
      await d.evaluate(`() => scrollTo(0, 0)`);
      await d.screenshot(join(c.shots, `${d.engine}-phone-dark.png`));
      await popover(c, 360);
      await d.evaluate(`() => localStorage.removeItem('crossings-theme')`);
      await d.setViewport(1280, 900);
    },
  },
  {
    name: 'embeds resize in a host page (and 2,000 px below the fold)',
    session: 'on',
    async run(c) {
      const { d } = c;
      await d.setViewport(360, 740);
      await d.goto(`${c.host}/`);
      await until(d, `() => document.readyState === 'complete'`, 'the host page loads');
      const misfits: string[] = [];
      const ids = await d.evaluate<string[]>(
        `() => [...document.querySelectorAll('iframe')].map((f) => f.dataset.chart)`,
      );
      /** How far the frame's height is from its content's (NaN while the frame is not loaded), after waiting. */
      const fit = async (id: string): Promise<{ gap: number; height: number }> => {
        const until = Date.now() + 10_000;
        let gap = Number.NaN;
        let height = 0;
        while (Date.now() < until) {
          height = await d.evaluate<number>(
            `(id) => document.querySelector('iframe[data-chart="' + id + '"]').getBoundingClientRect().height`,
            id,
          );
          await d.inFrame(`iframe[data-chart="${id}"]`);
          const bottom =
            await d.evaluate<number>(`() => { const credit = document.querySelector('.embed-credit'); if (!credit) return NaN; const s = getComputedStyle(document.body);
            return credit.getBoundingClientRect().bottom + scrollY + parseFloat(s.marginBottom) + parseFloat(s.paddingBottom); }`);
          await d.outOfFrame();
          // No credit line, or one not laid out yet (WebKit loads an off-screen lazy frame's document but
          // lays it out only when scrolled near): not loaded, for the reader.
          gap = bottom > 0 ? height - bottom : Number.NaN;
          if (Math.abs(gap) <= 2) break;
          await new Promise((done) => setTimeout(done, 200));
        }
        return { gap, height };
      };
      const misfit = (id: string, { gap, height }: { gap: number; height: number }): string | undefined =>
        Math.abs(gap) <= 2
          ? undefined
          : Number.isNaN(gap)
            ? `${id}: its frame has not loaded or been laid out (no credit line), left at ${height} px`
            : `${id}: iframe ${gap > 0 ? 'taller' : 'shorter'} than its content by ${Math.abs(gap).toFixed(0)} px`;
      // Before any scroll: every frame the engine has loaded must be sized already, the one far below the
      // fold included. Gecko and WebKit do not load a loading="lazy" frame until the reader scrolls near it
      // (Chromium loads it from further away), so nothing of ours runs in it before then: those frames are
      // noted, then scrolled to, and must fit once they load.
      const deferred: string[] = [];
      for (const id of ids) {
        const result = await fit(id);
        if (Number.isNaN(result.gap)) deferred.push(id);
        else {
          const problem = misfit(id, result);
          if (problem) misfits.push(problem);
        }
      }
      const scrolled = await d.evaluate<number>(`() => scrollY`);
      if (scrolled !== 0) fail(`the host page scrolled (${scrolled}) before the check`);
      for (const id of deferred) {
        d.notes.push(
          `embeds: ${id} not loaded or laid out by the engine before a scroll (loading="lazy"); checked once scrolled to`,
        );
        await d.evaluate(`(id) => document.querySelector('iframe[data-chart="' + id + '"]').scrollIntoView()`, id);
        const problem = misfit(id, await fit(id));
        if (problem) misfits.push(`${problem}, once scrolled to`);
      }
      await d.setViewport(1280, 900);
      if (misfits.length > 0) fail(misfits.join('; '));
    },
  },
  {
    name: 'offline reading (service worker)',
    session: 'on',
    async run(c) {
      const { d } = c;
      await d.goto(`${c.offline.origin}/`);
      await until(d, `() => 'serviceWorker' in navigator`, 'the engine has service workers', 1000);
      await until(
        d,
        `() => navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller || new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', () => done(true), { once: true })))`,
        'the service worker installs and controls the page',
        60_000,
      );
      await c.offline.cut();
      await d.goto(`${c.offline.origin}/the-money/`);
      const title = await d.evaluate<string>(`() => document.querySelector('h1')?.textContent ?? ''`);
      if (!/money/i.test(title)) fail(`offline, /the-money/ showed "${title}"`);
    },
  },
  {
    name: 'no console error or CSP violation on any page',
    session: 'on',
    async run(c) {
      const { d } = c;
      // The walk reads each page as a returning reader has it: the service worker installed and in control.
      // Leaving a page within a frame of its load, while the worker of a first visit was still precaching,
      // made Gecko log the favicon's request, cut short by the next navigation, as an error (seen once in
      // CI: "A ServiceWorker intercepted the request and encountered an unexpected error"). The first visit
      // and its install are the offline check's.
      const first = c.pages[0];
      if (first !== undefined) {
        await d.goto(`${c.site}${first}`);
        await until(
          d,
          `() => !('serviceWorker' in navigator) || navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller || new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', () => done(true), { once: true })))`,
          'the service worker installs and controls the page',
          60_000,
        );
      }
      c.cspReports();
      d.consoleErrors();
      const found: string[] = [];
      for (const path of c.pages) {
        await d.goto(`${c.site}${path}`);
        await until(d, `() => document.readyState === 'complete'`, `${path} loads`);
        // A frame for late module scripts and their first work.
        await d.evaluate(`() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))`);
        found.push(...d.consoleErrors().map((e) => `${path}: ${e}`), ...c.cspReports().map((r) => `${path}: CSP ${r}`));
      }
      if (found.length > 0)
        fail(
          found
            .slice(0, 5)
            .map((line) => line.slice(0, 300))
            .join('\n'),
        );
    },
  },
  {
    name: 'JavaScript off (and a dark system)',
    session: 'off',
    async run(c) {
      const { d } = c;
      await d.setViewport(1280, 900);
      await d.goto(`${c.site}/the-announcement/`);
      if (!(await d.evaluate<boolean>(isDarkBody))) fail('the system asks for dark, but the page is light');
      await d.screenshot(join(c.shots, `${d.engine}-nojs-dark.png`));
      const seen = await d.evaluate<
        Record<string, boolean>
      >(`() => { const shown = (s) => { const el = document.querySelector(s); return !!el && el.getBoundingClientRect().height > 0; };
        return { chart: shown('#chart-arrivals-by-year svg'), question: shown('.guess-question'), guess: shown('guess-line') }; }`);
      if (!seen['chart'] || !seen['question'] || seen['guess']) fail(`without JavaScript: ${JSON.stringify(seen)}`);
      // The glossary popover needs no script: the button's popovertarget opens it.
      const term = await box(d, 'article button.term');
      await d.click(centre(term).x, centre(term).y);
      const open = await d.evaluate<boolean>(
        `() => document.querySelector('article .term-popover').getBoundingClientRect().height > 0`,
      );
      if (!open) fail('a term does not open its definition without JavaScript');
    },
  },
];

/** Opens the first glossary term with a click; checks where its definition opens; Escape closes it. */
async function popover(c: Context, width: number): Promise<void> {
  const { d } = c;
  if (!(await d.evaluate<boolean>(`() => !!document.querySelector('article button.term')`)))
    await load(c, '/the-announcement/');
  const anchored = await d.evaluate<boolean>(`() => CSS.supports('position-area: bottom')`);
  // The word is marked as one that explains itself: a dotted underline, drawn.
  const mark = await d.evaluate<string>(
    `() => { const s = getComputedStyle(document.querySelector('article button.term')); return s.textDecorationLine + ' ' + s.textDecorationStyle; }`,
  );
  if (mark !== 'underline dotted') fail(`a term is not marked by a dotted underline: ${mark}`);
  const term = await box(d, 'article button.term');
  await d.click(centre(term).x, centre(term).y);
  await until(
    d,
    `() => document.querySelector('article .term-popover').matches(':popover-open')`,
    'a click opens the definition',
  );
  const pop = await d.evaluate<Box>(
    `() => { const r = document.querySelector('article .term-popover').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
  );
  const word = await d.evaluate<Box>(
    `() => { const r = document.querySelector('article button.term').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
  );
  const viewport = await d.evaluate<[number, number]>(`() => [document.documentElement.clientWidth, innerHeight]`);
  if (pop.x < 0 || pop.x + pop.width > viewport[0] + 0.5 || pop.y < 0 || pop.y + pop.height > viewport[1] + 0.5)
    fail(`at ${width} px the definition is outside the screen: ${JSON.stringify(pop)} in ${viewport.join('×')}`);
  await d.screenshot(join(c.shots, `${d.engine}-${width}-popover${anchored ? '' : '-fallback'}.png`));
  if (anchored) {
    // Anchored: just below or above the word.
    const gap = pop.y >= word.y ? pop.y - (word.y + word.height) : word.y - (pop.y + pop.height);
    if (gap < -1 || gap > 24)
      fail(`anchored, but ${gap.toFixed(0)} px from its word: ${JSON.stringify({ pop, word })}`);
  }
  await d.press('Escape');
  await until(d, `() => !document.querySelector('article .term-popover').matches(':popover-open')`, 'Escape closes it');
  await until(
    d,
    `() => document.activeElement === document.querySelector('article button.term')`,
    'focus returns to the word',
    2000,
  );
}
