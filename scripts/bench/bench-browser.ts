/**
 * The part of `npm run bench` that happens inside Chromium: one measured run
 * (load, memory, clicks, timeline gestures) in a fresh browser context.
 *
 * Code that runs in the page is kept as plain JavaScript strings: tsx compiles
 * this file with esbuild's keepNames, which wraps nested functions in a
 * `__name()` helper that does not exist in the page, so passing TypeScript
 * functions to page.evaluate/addInitScript would break.
 *
 * The app is observed only through its DOM (the selectors below), never
 * through its internals, so the benchmark survives refactors of the app.
 */
import type { Browser, Page } from '@playwright/test';

/** When each view counts as rendered: the first time its selector matches. */
export const VIEW_SELECTORS = {
  // Background items are the dataset's periods, drawn before any meeting.
  timeline: '[data-testid=timeline] .vis-item:not(.vis-background)',
  map: '[data-testid=world-map] path.country',
  charts: '[data-testid=topic-chart] .recharts-bar-rectangle',
  // The topics panel has tables too (hidden in <details>); only the meeting list counts.
  list: 'section.meeting-list table tbody tr',
} as const;
export type ViewName = keyof typeof VIEW_SELECTORS;
export const VIEW_NAMES = Object.keys(VIEW_SELECTORS) as ViewName[];

export const INTERACTIONS = ['topicBar', 'country', 'filterBar'] as const;
export type InteractionName = (typeof INTERACTIONS)[number];

/** Clicks per interaction per run; even, so every run ends with no filter set. */
const CLICKS_PER_INTERACTION = 6;
/** A view that has not rendered by then is reported as never rendered. */
const LOAD_TIMEOUT_MS = 30_000;
/** ~20 M iterations of an integer hash: about 140 ms on the project's 2-core machines. */
const CALIBRATION_ITERATIONS = 20_000_000;

/**
 * Installed before any app script runs. Records, relative to navigation start
 * (performance.now()): when each view first appears, LCP, long tasks, Event
 * Timing entries, and for every click the time until two animation frames
 * later (the fallback when Event Timing reports nothing because the
 * interaction was under its 16 ms threshold).
 */
const INIT_SCRIPT = `(() => {
  const selectors = ${JSON.stringify(VIEW_SELECTORS)};
  const b = { views: {}, lcp: null, progress: null, longTasks: [], events: [], clicks: [], frames: null };
  window.__bench = b;
  const check = () => {
    // The loading page's progress bar, the first sign that the load is under way.
    if (b.progress === null && document.querySelector('.load-progress progress')) b.progress = performance.now();
    let pending = 0;
    for (const name of Object.keys(selectors)) {
      if (b.views[name] !== undefined) continue;
      if (document.querySelector(selectors[name])) b.views[name] = performance.now();
      else pending += 1;
    }
    if (pending === 0) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  // The app draws a heavy view only once it scrolls into sight, so read the
  // page like a hurried reader: scroll down one screen every 100 ms, back to
  // the top from the bottom (a view can be passed over unseen when the page is
  // too busy to paint between two scrolls), and to the top for good once every
  // view has rendered.
  const reader = setInterval(() => {
    if (Object.keys(selectors).every((name) => b.views[name] !== undefined)) {
      clearInterval(reader);
      window.scrollTo(0, 0);
      return;
    }
    if (!document.querySelector('section.meeting-list')) return; // still loading
    const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    if (atBottom) window.scrollTo(0, 0);
    else window.scrollBy(0, window.innerHeight);
  }, 100);
  const watch = (type, options, record) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true, ...options });
    } catch (error) {
      console.warn('bench: no PerformanceObserver for ' + type);
    }
  };
  watch('largest-contentful-paint', {}, (e) => { b.lcp = e.startTime; });
  watch('longtask', {}, (e) => { b.longTasks.push({ start: e.startTime, duration: e.duration }); });
  watch('event', { durationThreshold: 16 }, (e) => {
    b.events.push({
      name: e.name, start: e.startTime, duration: e.duration,
      processing: e.processingEnd - e.processingStart, delay: e.processingStart - e.startTime,
    });
  });
  addEventListener('click', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      b.clicks.push({ start, end: performance.now() });
    }));
  }, true);
  b.startFrames = () => {
    const durations = [];
    b.frames = durations;
    let last;
    const tick = (time) => {
      if (b.frames !== durations) return;
      if (last !== undefined) durations.push(time - last);
      last = time;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  b.stopFrames = () => {
    const durations = b.frames || [];
    b.frames = null;
    return durations;
  };
})();`;

const CALIBRATION_SCRIPT = `(() => {
  const t0 = performance.now();
  let x = 1;
  for (let i = 0; i < ${CALIBRATION_ITERATIONS}; i++) x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + i) | 0;
  // Returning x keeps the loop from being optimised away.
  return { ms: performance.now() - t0, x };
})()`;

/**
 * In-page expressions that find a click target, scroll it to the middle of
 * the viewport, wait two frames, and return its centre, or null if absent or
 * covered by something else. `state` carries the chosen target between clicks
 * so that every second click toggles the same filter off again.
 */
const TARGET_HELPERS = `
  // \`find\` (optional) finds the element again after the wait: a view that
  // re-renders meanwhile may replace its nodes, as React may.
  const centreOf = async (found, find) => {
    found.scrollIntoView({ block: 'center', inline: 'center' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const element = (find && find()) || found;
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    return hit && (element === hit || element.contains(hit)) ? { x, y } : null;
  };
  const area = (element) => {
    const box = element.getBoundingClientRect();
    return box.width * box.height;
  };
`;

const TARGETS: Record<InteractionName, (click: number) => string> = {
  // The widest bar of the topic chart; the same bar again on every click.
  topicBar: () => `(async () => {
    ${TARGET_HELPERS}
    const bars = [...document.querySelectorAll('${VIEW_SELECTORS.charts}')];
    const s = window.__benchTargets || (window.__benchTargets = {});
    if (s.bar === undefined) {
      const widths = bars.map((bar) => bar.getBoundingClientRect().width);
      s.bar = widths.indexOf(Math.max(...widths));
    }
    const bar = bars[s.bar];
    s.topic ??= bar?.getAttribute('data-topic');
    const again = () =>
      document.querySelector('${VIEW_SELECTORS.charts}[data-topic="' + s.topic + '"]');
    return bar ? centreOf(bar, again) : null;
  })()`,
  // The largest clickable country whose centre is on the country itself.
  country: () => `(async () => {
    ${TARGET_HELPERS}
    const s = window.__benchTargets || (window.__benchTargets = {});
    if (s.country === undefined) {
      const paths = [...document.querySelectorAll('[data-testid=world-map] path.country[role=button]')]
        .sort((a, b) => area(b) - area(a));
      for (const path of paths) {
        if (await centreOf(path)) { s.country = path.getAttribute('data-code'); break; }
      }
    }
    const path = document.querySelector('[data-testid=world-map] path.country[data-code="' + s.country + '"]');
    return path ? centreOf(path) : null;
  })()`,
  // Odd clicks tick the first "Partner kind" checkbox in the filter bar, even
  // clicks remove the chip that appeared: both are a filter change.
  filterBar: (click) =>
    click % 2 === 0
      ? `(async () => {
    ${TARGET_HELPERS}
    const facet = [...document.querySelectorAll('details.facet')]
      .find((d) => d.querySelector('summary')?.textContent?.startsWith('Partner kind'));
    if (!facet) return null;
    facet.open = true;
    const box = facet.querySelector('input[type=checkbox]:not(:checked)');
    return box ? centreOf(box) : null;
  })()`
      : `(async () => {
    ${TARGET_HELPERS}
    const chip = document.querySelector('button[aria-label^="Remove filter"]');
    return chip ? centreOf(chip) : null;
  })()`,
};

export interface ClickSample {
  ms: number;
  method: 'event-timing' | 'double-raf';
  /** Click→second animation frame, kept for every click as a cross-check. */
  rafMs: number | null;
  /** From the Event Timing entry: waiting before the handlers, and in them; the rest is rendering. */
  inputDelayMs?: number;
  processingMs?: number;
}

export interface FrameStats {
  frames: number;
  over20ms: number;
  slowShare: number;
  worstMs: number;
  /** Whether the visible window changed: a gesture that moved nothing measured nothing. */
  moved: boolean;
  windowBefore: string;
  windowAfter: string;
}

export interface RunResult {
  calibrationMs: number;
  views: Record<ViewName, number | null>;
  allViewsMs: number | null;
  lcpMs: number | null;
  /** When the loading page first showed its progress bar; null if the load never needed one. */
  firstProgressMs: number | null;
  longestLongTaskMs: number;
  longTasks: number;
  heapMiB: number | null;
  interactions: Partial<Record<InteractionName, ClickSample[]>>;
  timeline: { pan: FrameStats; zoom: FrameStats } | null;
  errors: string[];
}

interface PageState {
  views: Partial<Record<ViewName, number>>;
  lcp: number | null;
  progress: number | null;
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number; processing: number; delay: number }[];
  clicks: { start: number; end: number }[];
}

const readState = (page: Page) =>
  page.evaluate<PageState>(`(() => {
    const { views, lcp, progress, longTasks, events, clicks } = window.__bench;
    return { views, lcp, progress, longTasks, events, clicks };
  })()`);

/** One run: a fresh context (empty cache), calibration, then the app at `url`. */
export async function measureRun(browser: Browser, url: string): Promise<RunResult> {
  // The harness polls with string predicates, which the site's CSP (no eval) would
  // block; the browser tests, not the benchmark, check the policy.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));

    // Calibrate in the same browser right before the run, so the ratio
    // reflects how busy the machine was at that moment. Median of three.
    const calibrations: number[] = [];
    for (let i = 0; i < 3; i++) {
      calibrations.push((await page.evaluate<{ ms: number }>(CALIBRATION_SCRIPT)).ms);
    }

    await page.addInitScript({ content: INIT_SCRIPT });
    await page.goto(url, { waitUntil: 'load' });
    await page
      .waitForFunction(
        `Object.keys(window.__bench.views).length === ${VIEW_NAMES.length}`,
        undefined,
        { timeout: LOAD_TIMEOUT_MS, polling: 100 },
      )
      .catch(() => errors.push(`not every view rendered within ${LOAD_TIMEOUT_MS / 1000} s`));
    // Lazy chunks and the map geometry may still be arriving; then let the
    // main thread settle so trailing long tasks count as part of the load.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);

    // Read load figures before any input: LCP stops updating on the first input.
    const loaded = await readState(page);
    const views = Object.fromEntries(
      VIEW_NAMES.map((name) => [name, loaded.views[name] ?? null]),
    ) as Record<ViewName, number | null>;
    const viewTimes = Object.values(views);
    const allViewsMs = viewTimes.every((t) => t !== null)
      ? Math.max(...(viewTimes as number[]))
      : null;

    const cdp = await context.newCDPSession(page);
    // Collect garbage first: the heap that stays, not what happens to await collection.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;

    const interactions: Partial<Record<InteractionName, ClickSample[]>> = {};
    for (const name of INTERACTIONS) {
      try {
        interactions[name] = await measureClicks(page, name);
      } catch (error) {
        errors.push(`${name}: ${(error as Error).message}`);
      }
    }

    let timeline: RunResult['timeline'] = null;
    try {
      timeline = {
        pan: await timelineGesture(page, 'pan'),
        zoom: await timelineGesture(page, 'zoom'),
      };
    } catch (error) {
      errors.push(`timeline: ${(error as Error).message}`);
    }

    return {
      calibrationMs: median(calibrations),
      views,
      allViewsMs,
      lcpMs: loaded.lcp,
      firstProgressMs: loaded.progress,
      longestLongTaskMs: Math.max(0, ...loaded.longTasks.map((t) => t.duration)),
      longTasks: loaded.longTasks.length,
      heapMiB: heap === undefined ? null : heap / 1024 / 1024,
      interactions,
      timeline,
      errors,
    };
  } finally {
    await context.close();
  }
}

/**
 * Clicks one target CLICKS_PER_INTERACTION times (on, off, on, off…) and
 * returns click→next-paint for each: the Event Timing duration of the click
 * (max of its 'pointerup'/'click' entries), or, when the browser reported no
 * entry because it took under 16 ms, click→double-rAF measured in the page.
 */
async function measureClicks(page: Page, name: InteractionName): Promise<ClickSample[]> {
  const starts: number[] = [];
  for (let click = 0; click < CLICKS_PER_INTERACTION; click++) {
    const target = await page.evaluate<{ x: number; y: number } | null>(TARGETS[name](click));
    if (!target) throw new Error(`click ${click + 1}: no clickable target found`);
    // Hover first, so hover effects are not billed to the click.
    await page.mouse.move(target.x, target.y);
    await page.waitForTimeout(100);
    const clicksBefore = await page.evaluate<number>('window.__bench.clicks.length');
    starts.push(await page.evaluate<number>('performance.now()'));
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction(`window.__bench.clicks.length > ${clicksBefore}`, undefined, {
      timeout: 15_000,
    });
    await page.waitForTimeout(150);
  }
  // Event Timing entries are delivered after the paint, sometimes a little later.
  await page.waitForTimeout(300);
  const { events, clicks } = await readState(page);
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? Number.POSITIVE_INFINITY;
    const inWindow = (t: number) => t >= start && t < end;
    const timed = events.filter(
      (e) => (e.name === 'click' || e.name === 'pointerup') && inWindow(e.start),
    );
    const raf = clicks.find((c) => inWindow(c.start));
    if (!raf) throw new Error(`click ${i + 1} was not seen by the page`);
    const rafMs = raf.end - raf.start;
    // 'click' and 'pointerup' end at the same paint; the one that ran the handlers explains it.
    const slowest = timed.sort((a, b) => b.duration - a.duration || b.processing - a.processing)[0];
    return slowest
      ? {
          ms: slowest.duration,
          method: 'event-timing',
          rafMs,
          inputDelayMs: slowest.delay,
          processingMs: slowest.processing,
        }
      : { ms: rafMs, method: 'double-raf', rafMs };
  });
}

/** What the visible window looks like: the time axis labels and where they are. */
const AXIS_SIGNATURE = `(() => {
  const el = document.querySelector('[data-testid=timeline]');
  const labels = [...document.querySelectorAll('[data-testid=timeline] .vis-time-axis .vis-text')]
    .slice(0, 12)
    .map((t) => t.textContent + '@' + Math.round(t.getBoundingClientRect().left));
  return (el?.dataset.windowStart ?? '') + '…' + (el?.dataset.windowEnd ?? '') + ' | ' + labels.join(',');
})()`;

/**
 * A scripted pan (mouse drag) or zoom (Ctrl+wheel, as the app's help text
 * says) on the timeline, recording the duration of every animation frame.
 */
async function timelineGesture(page: Page, kind: 'pan' | 'zoom'): Promise<FrameStats> {
  const panel = page.locator('[data-testid=timeline] .vis-panel.vis-center').first();
  await panel.scrollIntoViewIfNeeded();
  const box = await panel.boundingBox();
  if (!box) throw new Error('the timeline has no drawing area');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 60);
  await page.mouse.move(x, y);
  await page.waitForTimeout(200);
  const before = await page.evaluate<string>(AXIS_SIGNATURE);

  await page.evaluate('window.__bench.startFrames()');
  if (kind === 'pan') {
    // ~0.5 s drag of 400 px, one step per frame, like a hand would.
    await page.mouse.down();
    for (let step = 1; step <= 30; step++) {
      await page.mouse.move(x - (400 * step) / 30, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  } else {
    await page.keyboard.down('Control');
    for (let step = 0; step < 8; step++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(50);
    }
    await page.keyboard.up('Control');
  }
  await page.waitForTimeout(300);
  const frames = await page.evaluate<number[]>('window.__bench.stopFrames()');
  const after = await page.evaluate<string>(AXIS_SIGNATURE);

  const over20ms = frames.filter((d) => d > 20).length;
  return {
    frames: frames.length,
    over20ms,
    slowShare: frames.length > 0 ? over20ms / frames.length : 0,
    worstMs: Math.max(0, ...frames),
    moved: before !== after,
    windowBefore: before,
    windowAfter: after,
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (rank - low);
}

export const median = (values: readonly number[]) => percentile(values, 0.5);
