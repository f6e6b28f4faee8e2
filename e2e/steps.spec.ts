import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, schemes } from './axe.ts';

/** The stepped money story (<Steps>, <step-story>) in "The money". */
const chapter = '/the-money/';
const screens = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 740 },
] as const;

const story = (page: Page) => page.locator('step-story');
const texts = (page: Page) => page.locator('step-story > .step-text');
const figures = (page: Page) => page.locator('step-story > .step-figure');

/** The figure the reader actually sees: the one painted at the middle of the chart's place. */
async function figureOnTop(page: Page): Promise<number> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('step-story > .step-figure')];
    const active = document.querySelector('step-story > .step-figure[data-active]');
    // The layout drawn at this width (the other is display: none, with an empty box).
    const box = [...((active ?? all[0])?.querySelectorAll('svg') ?? [])]
      .map((svg) => svg.getBoundingClientRect())
      .find((b) => b.width > 0);
    if (!box) return -1;
    // Several points across the drawing: whichever figure is painted there, on top of the others.
    const hits = [0.3, 0.5, 0.7].map((f) => {
      const el = document.elementFromPoint(box.left + box.width * f, box.top + box.height * 0.3);
      return all.findIndex((figure) => figure.contains(el));
    });
    return hits.every((h) => h === hits[0]) ? (hits[0] ?? -1) : -2;
  });
}

/** Scrolls step `i`'s words so their top is `at` of the way down the viewport. */
const bringStep = (page: Page, i: number, at = 0.5) =>
  texts(page)
    .nth(i)
    .evaluate((el, f) => scrollBy(0, el.getBoundingClientRect().top - innerHeight * f), at);

/** Opacity of each step's figure, as painted now. */
const opacities = (page: Page) =>
  figures(page).evaluateAll((els) => els.map((el) => Number(getComputedStyle(el).opacity)));

/** Scrolls down in small wheel steps, as a reader does, noting each step shown on the way. */
async function scrollThrough(page: Page): Promise<number[]> {
  const seen: number[] = [];
  const end = await story(page).evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
  const start = await story(page).evaluate((el) => el.getBoundingClientRect().top + scrollY - innerHeight);
  await page.evaluate((y) => scrollTo(0, y), Math.max(0, start));
  for (let i = 0; i < 400; i++) {
    await page.mouse.wheel(0, 120);
    // Two frames: the scroll is painted and the observer has reported it (it runs in the rendering steps),
    // however slowly a busy machine paints; a wait in milliseconds could read the state before either.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const step = Number(await story(page).getAttribute('data-step'));
    if (step && seen.at(-1) !== step) seen.push(step);
    if ((await page.evaluate(() => scrollY + innerHeight)) > end + 200) break;
  }
  return seen;
}

for (const screen of screens) {
  test.describe(`on a ${screen.name} (${screen.width} px)`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('scrolling through the steps changes the chart in order, and its summary follows', async ({ page }) => {
      await page.goto(chapter);
      const count = await texts(page).count();
      expect(count).toBe(5);
      await expect(figures(page)).toHaveCount(count);
      await expect(story(page)).toHaveAttribute('data-stepped', '');

      // Scrolled by wheel, the steps come one after another, each once, in order.
      expect(await scrollThrough(page)).toEqual([1, 2, 3, 4, 5]);

      // At each step: its figure alone is shown, it is in view beside (or under) the words, and its summary
      // is that step's own: each differs from the last, and the timeline's states add amounts in order.
      const summaries: string[] = [];
      const amounts: number[] = [];
      for (let i = 0; i < count; i++) {
        await bringStep(page, i);
        await expect(story(page)).toHaveAttribute('data-step', String(i + 1));
        await expect(figures(page).nth(i)).toHaveAttribute('data-active', '');
        await expect.poll(() => opacities(page)).toEqual(Array.from({ length: count }, (_, k) => (k === i ? 1 : 0)));
        expect(await figureOnTop(page)).toBe(i);
        const figure = figures(page).nth(i);
        const box = await figure.locator('.step-figure-title').boundingBox();
        expect(box, 'the chart stays in view').not.toBeNull();
        expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(screen.height);
        const summary = (await figure.locator('.step-figure-summary').textContent())?.trim() ?? '';
        expect(summary.length).toBeGreaterThan(20);
        summaries.push(summary);
        // Amounts drawn in the visible chart: its focusable-free still picture names them in text.
        const layout = screen.width >= 1024 ? '.chart-frame--wide' : '.chart-frame--compact';
        amounts.push(await figure.locator(`${layout} svg text`).count());
      }
      expect(new Set(summaries).size).toBe(count);
      expect(summaries[0]).toContain('17 September 2024');
      expect(summaries[0]).not.toContain('4 November 2024');
      expect(summaries[1]).toContain('4 November 2024');
      expect(summaries[2]).toContain('5 November 2024');
      expect(summaries[3]).toContain('11 June 2025');
      // The timeline's four states only ever add words to the drawing.
      for (let i = 1; i < 4; i++) expect(amounts[i]).toBeGreaterThan(amounts[i - 1] ?? 0);

      // Scrolling back up goes back through the states.
      await bringStep(page, 1);
      await expect(story(page)).toHaveAttribute('data-step', '2');
      await expect.poll(() => figureOnTop(page)).toBe(1);
    });

    test('a screen reader gets each step’s words, then its chart’s name and summary, in order', async ({ page }) => {
      await page.goto(chapter);
      // In the stepped layout the charts not shown are transparent, not hidden: all stay in the reading order.
      const region = page.getByRole('region', { name: 'The money, step by step' });
      await expect(region.getByRole('figure')).toHaveCount(5);
      const order = await story(page).evaluate((el) =>
        [...el.children].map((child) =>
          child.matches('.step-text') ? 'text' : child.matches('figure') ? 'figure' : '',
        ),
      );
      expect(order).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 'text' : 'figure')));
      for (const figure of await region.getByRole('figure').all()) {
        const name = await figure.getAttribute('aria-labelledby');
        expect(name).toBeTruthy();
        await expect(figure.getByRole('img').first()).toHaveAccessibleName(/\S/);
        await expect(figure.locator('.step-figure-summary')).toHaveText(/\S{20,}|.{20,}/);
      }
      // No focus stop in a chart nothing enhances (the pictures are still).
      expect(await story(page).locator('svg [tabindex]').count()).toBe(0);
    });

    test('Tab only ever lands on what is shown: never on a link in a chart that is not', async ({ page }) => {
      await page.goto(chapter);
      await bringStep(page, 0);
      await expect(story(page)).toHaveAttribute('data-step', '1');
      await texts(page).first().locator('a, button').first().focus();
      let inStory = 0;
      for (let i = 0; i < 60; i++) {
        const where = await page.evaluate(() => {
          const el = document.activeElement;
          const figure = el?.closest('step-story > .step-figure');
          return {
            inStory: Boolean(el?.closest('step-story')),
            hiddenFigure: figure ? !figure.hasAttribute('data-active') : false,
          };
        });
        if (!where.inStory) break;
        inStory += 1;
        expect(where.hiddenFigure, 'focus in a chart that is not shown').toBe(false);
        await page.keyboard.press('Tab');
      }
      expect(inStory).toBeGreaterThan(5);
      // The charts' links ("the full chart") are out of the Tab order while they are laid over one another.
      expect(
        await figures(page)
          .locator('a')
          .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).tabIndex)),
      ).toEqual([-1, -1, -1, -1, -1]);

      // A browser that scrolls a focused link only just into view (not to the middle, as Chromium does)
      // can leave the last step shown while focus is in the next step's words: Tab must not go on into
      // that next step's chart, which is not shown yet.
      await bringStep(page, 0);
      await expect(story(page)).toHaveAttribute('data-step', '1');
      await texts(page)
        .nth(1)
        .locator('a, button')
        .last()
        .evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
      await expect(story(page)).toHaveAttribute('data-step', '1');
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.activeElement?.closest('step-story > .step-figure:not([data-active])')),
        'focus in a chart that is not shown',
      ).toBeNull();
    });

    test('with reduced motion the chart changes at once, with no transition', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(chapter);
      const durations = await figures(page).evaluateAll((els) =>
        els.map((el) => getComputedStyle(el).transitionDuration),
      );
      expect(durations.every((d) => d.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
      await bringStep(page, 1);
      await expect(story(page)).toHaveAttribute('data-step', '2');
      // At once: no animation running, and the new state is fully shown on the next frame.
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
      expect(await opacities(page)).toEqual([0, 1, 0, 0, 0]);
    });

    test('without reduced motion the change is a short fade (so the test above can fail)', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.goto(chapter);
      const duration = await figures(page)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
      expect(duration).toBeGreaterThan(0);
      expect(duration).toBeLessThanOrEqual(0.5);
      // While the new state fades in on top, the one left stays solid under it, so what the two share
      // never dims; then it goes. The page's animations are held still while the test reads them (Chromium's
      // DevTools protocol): on a busy machine a 0.35 s fade could be over, or the one left already fading,
      // before the test read it (CI read an opacity of 1, and once 0.135, where the fade was mid-way).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Animation.enable');
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
      await bringStep(page, 1);
      await expect(story(page)).toHaveAttribute('data-step', '2');
      const during = await opacities(page);
      expect(during[0]).toBe(1);
      expect(during[1]).toBeLessThan(1);
      expect(await figureOnTop(page)).toBe(1);
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 1 });
      await expect.poll(() => opacities(page)).toEqual([0, 1, 0, 0, 0]);
    });

    for (const scheme of schemes) {
      test(`axe finds nothing at each step (${scheme})`, async ({ page }) => {
        // The story at each of its five states; the page around it is checked whole by a11y.spec.ts. Five axe
        // runs in one test: a longer limit.
        test.slow();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(chapter);
        const count = await texts(page).count();
        for (let i = 0; i < count; i++) {
          await bringStep(page, i);
          await expect(story(page)).toHaveAttribute('data-step', String(i + 1));
          // Once the fade is over: axe measures contrast through a half-faded chart's opacity.
          await expect.poll(() => opacities(page)).toEqual(Array.from({ length: count }, (_, k) => (k === i ? 1 : 0)));
          await expectNoAxeViolations(page, `${chapter} step ${i + 1}, ${screen.name}, ${scheme}`, {
            scheme,
            include: 'step-story',
          });
        }
      });
    }
  });
}

test.describe('on a tall phone (390 × 844 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('each step’s chart, with its summary, fits on the screen while its words pass', async ({ page }) => {
    await page.goto(chapter);
    const count = await texts(page).count();
    for (let i = 0; i < count; i++) {
      await bringStep(page, i, 0.7);
      await expect(story(page)).toHaveAttribute('data-step', String(i + 1));
      const figure = figures(page).nth(i);
      // Shown, not only there for screen readers (a visually hidden paragraph is a 1 px box).
      const summary = await figure.locator('.step-figure-summary').boundingBox();
      expect(summary?.width ?? 0, `step ${i + 1}: its summary is shown`).toBeGreaterThan(200);
      expect(summary?.height ?? 0).toBeGreaterThan(20);
      const box = await figure.boundingBox();
      expect(box?.y ?? -1, `step ${i + 1}: top of its chart`).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? Infinity), `step ${i + 1}: foot of its chart`).toBeLessThanOrEqual(844);
    }
  });
});

test.describe('on a short screen (a phone on its side, 740 × 360 px)', () => {
  test.use({ viewport: { width: 740, height: 360 } });

  test('each chart follows its words, as without JavaScript, and its link takes focus', async ({ page }) => {
    await page.goto(chapter);
    await expect(story(page)).toHaveAttribute('data-stepped', '');
    expect(await figures(page).evaluateAll((els) => els.map((el) => getComputedStyle(el).position))).toEqual(
      Array.from({ length: 5 }, () => 'static'),
    );
    expect(await opacities(page)).toEqual([1, 1, 1, 1, 1]);
    expect(
      await figures(page)
        .locator('a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).tabIndex)),
    ).toEqual([0, 0, 0, 0, 0]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

  test('every step’s static chart is there, after its words, in order', async ({ page }) => {
    await page.goto(chapter);
    await expect(story(page)).not.toHaveAttribute('data-stepped');
    const count = await texts(page).count();
    expect(count).toBe(5);
    await expect(figures(page)).toHaveCount(count);
    const tops: number[] = [];
    for (let i = 0; i < count; i++) {
      const text = await texts(page).nth(i).boundingBox();
      const figure = figures(page).nth(i);
      await expect(figure).toBeVisible();
      expect(await figure.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      const svg = figure.locator('.chart-frame svg').filter({ visible: true });
      await expect(svg).toHaveCount(1);
      const box = await svg.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(100);
      // Below its own words, above the next step's.
      expect(box?.y ?? 0).toBeGreaterThan((text?.y ?? 0) + (text?.height ?? 0) - 1);
      tops.push(box?.y ?? 0);
      await expect(figure.locator('.step-figure-summary')).toBeVisible();
    }
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  });
});

test('in print every step’s chart is printed, small and in order, whatever step the reader was at', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(chapter);
  await bringStep(page, 2);
  await expect(story(page)).toHaveAttribute('data-step', '3');
  await page.emulateMedia({ media: 'print' });
  // A fade the step began on screen may still be running as the media changes (CI read an opacity of 0.72
  // once): the printed state is the one after it, so wait for every running transition to end or be cancelled.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
  );
  const count = await figures(page).count();
  let last = -Infinity;
  for (let i = 0; i < count; i++) {
    const figure = figures(page).nth(i);
    expect(await figure.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await figure.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    const svg = figure.locator('.chart-frame--compact svg');
    await expect(svg).toBeVisible();
    await expect(figure.locator('.chart-frame--wide svg')).toBeHidden();
    const box = await figure.boundingBox();
    expect(box?.y ?? 0).toBeGreaterThan(last);
    last = box?.y ?? 0;
  }
});

test('in the print edition the story is one figure of small multiples, side by side, then the words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/print/');
  await page.emulateMedia({ media: 'print' });
  const section = page.locator('#chapter-the-money .steps');
  // No sequence of step figures: the words, then one numbered figure.
  await expect(section.locator('.step-figure')).toHaveCount(0);
  await expect(section.locator('.step-text')).toHaveCount(5);
  const figure = section.locator('figure.step-multiples');
  await expect(figure).toHaveCount(1);
  await expect(figure.locator('.chart-number')).toHaveText(/^Figure \d+\. $/);
  const panels = figure.locator('.step-multiple');
  await expect(panels).toHaveCount(5);
  await expect(panels.locator('.step-multiple-date')).toHaveText([
    'By 17 September 2024',
    'By 4 November 2024',
    'By 5 November 2024',
    'By 3 August 2025',
    'The whole chart',
  ]);
  // What each date added, from the data: one announcement, one, one, then the three of 2025.
  expect(
    await panels.evaluateAll((els) => els.map((el) => el.querySelectorAll('.step-multiple-adds li').length)),
  ).toEqual([1, 1, 1, 3, 1]);
  const firstWords = await section.locator('.step-text').first().boundingBox();
  const boxes = [];
  // The four dated states are drawn; the whole chart the story ends on is named, with its figure number
  // and a link to it, since it is printed whole as that figure.
  const all = await panels.all();
  for (const panel of all.slice(0, 4)) {
    const svg = panel.locator('svg');
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg.locator('[tabindex]')).toHaveCount(0);
    boxes.push(await svg.boundingBox());
  }
  const last = all[4];
  if (!last) throw new Error('five panels');
  await expect(last.locator('svg')).toHaveCount(0);
  const link = last.locator('.step-multiple-full a');
  await expect(link).toHaveText(/^Figure \d+$/);
  const target = (await link.getAttribute('href')) ?? '';
  await expect(page.locator(`${target} .chart-number`)).toHaveText(`${(await link.textContent()) ?? ''}.`);
  // Three to a row: the first three drawings level and left to right, the fourth on a row below.
  const [a, b, c, d] = boxes.map((box) => box ?? { x: 0, y: 0, width: 0, height: 0 });
  if (!a || !b || !c || !d) throw new Error('four drawings');
  expect(Math.abs(a.y - b.y)).toBeLessThan(1);
  expect(Math.abs(b.y - c.y)).toBeLessThan(1);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x);
  expect(b.x + b.width).toBeLessThanOrEqual(c.x);
  expect(d.y).toBeGreaterThan(a.y + a.height);
  expect(Math.abs(d.x - a.x)).toBeLessThan(1);
  // The figure, whole, before the steps' words (each of which starts with its date).
  const whole = await figure.boundingBox();
  expect((whole?.y ?? 0) + (whole?.height ?? 0)).toBeLessThanOrEqual(firstWords?.y ?? 0);
});
