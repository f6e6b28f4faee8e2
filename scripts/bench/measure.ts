/**
 * One cold load of a page on an emulated slow phone, timed to the frame that first shows the chart.
 *
 * A script injected before any of the page's own (Playwright's init script, outside the page's policy)
 * looks for the chart's SVG on every animation frame. The first frame in which the SVG is laid out with
 * a size and holds its marks is the frame that paints it; the time noted is the start of the frame after
 * it, when that paint is done. The browser runs no frame while rendering is blocked (by a stylesheet or
 * a blocking script), so a frame is never counted before the page could paint. As a check, the time is
 * never earlier than the first contentful paint, which the chart's paint would be at the latest.
 */
import type { Browser } from '@playwright/test';

export interface Phone {
  cpuSlowdown: number;
  /** Round trip added to every request, ms. */
  latency: number;
  /** Bytes per second. */
  down: number;
  up: number;
}

/** Lighthouse's mobile preset: 4× CPU slowdown, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const slowPhone: Phone = {
  cpuSlowdown: 4,
  latency: 150,
  down: (1.6 * 1024 * 1024) / 8,
  up: (750 * 1024) / 8,
};

export interface Load {
  /** Navigation start to the frame that first shows the chart, ms. */
  chartMs: number;
  firstContentfulPaintMs: number;
  requests: number;
  jsBytes: number;
  totalBytes: number;
}

interface Probe {
  chartShown?: number;
  fcp?: number;
}

export async function loadOnce(browser: Browser, url: string, chartSelector: string, phone: Phone): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: phone.cpuSlowdown });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: phone.latency,
      downloadThroughput: phone.down,
      uploadThroughput: phone.up,
    });
    await page.addInitScript((selector) => {
      const probe: Probe = {};
      (window as unknown as { benchProbe: Probe }).benchProbe = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
      }).observe({ type: 'paint', buffered: true });
      const shown = (): boolean => {
        for (const svg of document.querySelectorAll(selector)) {
          const box = svg.getBoundingClientRect();
          if (box.width > 0 && box.height > 0 && svg.querySelector('[data-row], rect.bar')) return true;
        }
        return false;
      };
      const tick = (): void => {
        if (shown()) requestAnimationFrame(() => (probe.chartShown = performance.now()));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, chartSelector);
    const sizes: Promise<{ js: boolean; bytes: number }>[] = [];
    page.on('requestfinished', (request) =>
      sizes.push(
        request.sizes().then((s) => ({
          js: request.resourceType() === 'script',
          bytes: s.responseBodySize + s.responseHeadersSize,
        })),
      ),
    );
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(
      () => {
        const p = (window as unknown as { benchProbe: Probe }).benchProbe;
        return p.chartShown !== undefined && p.fcp !== undefined;
      },
      undefined,
      { timeout: 30_000 },
    );
    const probe = await page.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe);
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    const fcp = probe.fcp ?? Number.NaN;
    return {
      chartMs: Math.max(probe.chartShown ?? Number.NaN, fcp),
      firstContentfulPaintMs: fcp,
      requests: all.length,
      jsBytes: all.filter((s) => s.js).reduce((sum, s) => sum + s.bytes, 0),
      totalBytes: all.reduce((sum, s) => sum + s.bytes, 0),
    };
  } finally {
    await context.close();
  }
}
