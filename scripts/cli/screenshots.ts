/**
 * `npm run screenshots`: the committed screenshots under docs/screenshots/,
 * one per state of the explorer at 1440 and 390 px wide, taken from the
 * production build in `dist` (the npm script builds it first) served by the
 * plain static server. Look at them after a visual change, and commit them.
 *
 * Usage: tsx scripts/cli/screenshots.ts [--only=name,name] [--port=4390]
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../test/chromium.ts';

const { values } = parseArgs({
  options: { only: { type: 'string' }, port: { type: 'string', default: '4390' } },
});
const OUT = 'docs/screenshots';
const BASE = `http://127.0.0.1:${values.port}`;
const WIDTHS = [
  { width: 1440, height: 1000 },
  { width: 390, height: 844 },
] as const;

/** Scrolls a region to the top of the screen and waits until it has drawn. */
async function showRegion(page: Page, name: string, drawn?: string) {
  const region = page.getByRole('region', { name, exact: true });
  await region.scrollIntoViewIfNeeded();
  // On a phone the timeline is a still picture until the reader scrolls to it.
  if (drawn) await region.locator(`.timeline-preview, ${drawn}`).first().waitFor();
  await region.locator('.timeline-preview').evaluateAll((pictures) => {
    for (const picture of pictures) picture.scrollIntoView();
  });
  if (drawn) await region.locator(drawn).first().waitFor();
  await region.evaluate((element) => element.scrollIntoView({ block: 'start' }));
}

interface State {
  name: string;
  what: string;
  path: string;
  /** The system's theme while the picture is taken (light unless said). */
  scheme?: 'light' | 'dark';
  act?: (page: Page, phone: boolean) => Promise<void>;
}

/**
 * The first screen's timeline: drawn by vis-timeline on a wide screen; on a
 * phone, its still picture (vis-timeline is built once the reader scrolls to it).
 */
const waitForTimeline = (page: Page, phone: boolean) =>
  page
    .locator(
      phone
        ? '.timeline-preview .item.meeting, [data-testid=timeline] .vis-item.meeting'
        : '[data-testid=timeline] .vis-item.meeting',
    )
    .first()
    .waitFor();

const STATES: State[] = [
  {
    name: 'home',
    what: 'the first screen',
    path: '/',
    // The timeline is on the first screen at both widths: the picture waits for it.
    act: waitForTimeline,
  },
  {
    name: 'timeline',
    what: 'the timeline on its main dates',
    path: '/',
    act: (page) => showRegion(page, 'Timeline', '.vis-item.meeting'),
  },
  {
    name: 'timeline-all-dates',
    what: 'the timeline after "All dates"',
    path: '/',
    act: async (page) => {
      await showRegion(page, 'Timeline', '.vis-item.meeting');
      await page.getByRole('button', { name: 'All dates', exact: true }).click();
    },
  },
  {
    name: 'meeting-from-timeline',
    what: 'a meeting opened from the timeline',
    path: '/',
    act: async (page) => {
      await showRegion(page, 'Timeline', '.vis-item.meeting');
      await page.getByTestId('timeline').locator('.vis-item.meeting').nth(3).click();
      await page.getByRole('complementary').waitFor();
    },
  },
  {
    name: 'map-selected',
    what: 'the map with one partner chosen (?country=PL)',
    path: '/?country=PL',
    act: (page) => showRegion(page, 'Partners on the map', 'path.country'),
  },
  {
    name: 'charts',
    what: 'the three charts',
    path: '/',
    act: (page) => showRegion(page, 'Topics and activity', '.recharts-bar-rectangle'),
  },
  {
    name: 'filters-open',
    what: 'the filters, opened',
    path: '/',
    act: async (page, phone) => {
      const button = page.getByRole('button', { name: /^Filters/ });
      if (phone && (await button.count()) > 0) await button.first().click();
      else await page.getByText('Partner countries', { exact: true }).first().click();
    },
  },
  {
    name: 'list-meeting-open',
    what: 'a meeting opened from the list',
    path: '/',
    act: async (page) => {
      await showRegion(page, 'Meetings');
      const link = page.getByRole('region', { name: 'Meetings', exact: true }).getByRole('link');
      await link.nth(6).click();
      await page.getByRole('complementary').waitFor();
    },
  },
  {
    name: 'map-status',
    what: 'the map shaded by convention status (?map=status)',
    path: '/?map=status',
    act: (page) => showRegion(page, 'Partners on the map', 'path.country'),
  },
  {
    name: 'timeline-milestones',
    what: 'the timeline zoomed out to the convention milestones since 2019',
    path: '/',
    act: async (page) => {
      await showRegion(page, 'Timeline', '.vis-item.meeting');
      const canvas = page.getByTestId('timeline');
      const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
      for (let i = 0; i < 20; i++) {
        const start = (await canvas.getAttribute('data-window-start')) ?? '';
        if (start !== '' && start < '2019-11') break;
        await zoomOut.click();
        await page.waitForFunction(
          (previous) =>
            document
              .querySelector('[data-testid="timeline"]')
              ?.getAttribute('data-window-start') !== previous,
          start,
        );
      }
      // The milestones' lane is the last row: bring it to the middle of the screen.
      await canvas
        .locator('.vis-item.milestone')
        .first()
        .evaluate((element) => element.scrollIntoView({ block: 'center' }));
    },
  },
  {
    name: 'convention',
    what: 'the convention page (/convention)',
    path: '/convention',
    act: (page) => page.getByRole('table', { name: /^Participants/ }).waitFor(),
  },
  { name: 'zero-results', what: 'nothing matches (?q=zzzz)', path: '/?q=zzzz' },
  {
    name: 'about',
    what: 'the About section',
    path: '/',
    act: (page) => showRegion(page, 'About this explorer'),
  },
  {
    name: 'about-data',
    what: 'the About section’s data, version, licence and citation',
    path: '/',
    act: async (page) => {
      const about = page.getByRole('region', { name: 'About this explorer' });
      await about.getByRole('button', { name: 'Cite this dataset' }).click();
      await page.waitForFunction(
        () =>
          document
            .querySelector<HTMLTextAreaElement>('textarea.cite-text')
            ?.value.startsWith('Hanoi') === true,
      );
      await about.locator('dt', { hasText: 'Data' }).first().scrollIntoViewIfNeeded();
      await about
        .locator('dt', { hasText: 'Data' })
        .first()
        .evaluate((element) => element.scrollIntoView({ block: 'start' }));
    },
  },
  {
    name: 'download-menu',
    what: 'the map’s Download menu open (?country=PL)',
    path: '/?country=PL',
    act: async (page) => {
      await showRegion(page, 'Partners on the map', 'path.country');
      await page.getByRole('button', { name: 'Save image of the map' }).click();
    },
  },
  {
    name: 'share-menu',
    what: 'Share view open, with the embed code',
    path: '/?country=PL',
    act: async (page, phone) => {
      await waitForTimeline(page, phone);
      await page.getByRole('button', { name: 'Share view' }).click();
      await page.getByRole('textbox', { name: 'Embed this view in a page' }).waitFor();
    },
  },
  {
    name: 'embed',
    what: 'embed mode (?country=PL&embed=1)',
    path: '/?country=PL&embed=1',
    act: waitForTimeline,
  },
  {
    name: 'cite-meeting',
    what: 'a meeting’s Cite panel',
    path: '/meetings/2025-10-27-mps-poland-cybersecurity',
    act: async (page) => {
      const view = page.getByRole('complementary');
      await view.getByRole('button', { name: 'Cite this meeting' }).click();
      const citation = view.getByRole('textbox', { name: 'Citation in APA' });
      await citation.waitFor();
      await page.waitForFunction(
        () =>
          document
            .querySelector<HTMLTextAreaElement>('textarea.cite-text')
            ?.value.startsWith('Hanoi') === true,
      );
      await citation.scrollIntoViewIfNeeded();
    },
  },
  { name: 'vi-home', what: 'the first screen in Vietnamese', path: '/vi/', act: waitForTimeline },
  {
    name: 'vi-meeting',
    what: 'a meeting open, in Vietnamese',
    path: '/vi/meetings/2025-10-27-mps-poland-cybersecurity?country=PL',
    act: (page) => page.getByRole('complementary').waitFor(),
  },
  {
    name: 'vi-convention',
    what: 'the convention page in Vietnamese',
    path: '/vi/convention',
    act: (page) => page.locator('table').first().waitFor(),
  },
  {
    name: 'vi-map-charts',
    what: 'the map (by convention status) and the charts in Vietnamese',
    path: '/vi/?map=status',
    act: (page) => showRegion(page, 'Đối tác trên bản đồ', 'path.country'),
  },
  {
    name: 'dark-home',
    what: 'the first screen in the dark theme',
    path: '/',
    scheme: 'dark',
    act: waitForTimeline,
  },
  {
    name: 'dark-meeting',
    what: 'a meeting open in the dark theme, Vietnamese',
    path: '/vi/meetings/2025-10-27-mps-poland-cybersecurity?country=PL',
    scheme: 'dark',
    act: (page) => page.getByRole('complementary').waitFor(),
  },
  {
    name: 'dark-map-status',
    what: 'the map by convention status in the dark theme',
    path: '/?map=status',
    scheme: 'dark',
    act: (page) => showRegion(page, 'Partners on the map', 'path.country'),
  },
  {
    name: 'dark-charts',
    what: 'the charts in the dark theme',
    path: '/',
    scheme: 'dark',
    act: (page) => showRegion(page, 'Topics and activity', '.recharts-surface'),
  },
  {
    name: 'dark-convention',
    what: 'the convention page in the dark theme',
    path: '/convention',
    scheme: 'dark',
    act: (page) => page.locator('table').first().waitFor(),
  },
];

async function serve(): Promise<() => void> {
  const server = spawn(
    'node_modules/.bin/tsx',
    ['scripts/cli/serve.ts', 'dist', '--port', values.port],
    {
      stdio: 'inherit',
    },
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return () => server.kill();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the static server did not start on port ${values.port}`);
}

const only = values.only?.split(',');
const chosen = STATES.filter((state) => !only || only.includes(state.name));
mkdirSync(OUT, { recursive: true });
const stop = await serve();
const browser = await chromium.launch({
  executablePath: (await resolveChromium()).path,
  args: CHROMIUM_ARGS,
});
let failed = false;
try {
  for (const viewport of WIDTHS) {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    for (const state of chosen) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      await page.emulateMedia({ colorScheme: state.scheme ?? 'light' });
      await page.goto(BASE + state.path);
      await page.getByRole('main').waitFor();
      await page.locator('section.meeting-list, [role=alert], .no-results').first().waitFor();
      try {
        await state.act?.(page, viewport.width < 600);
      } catch (error) {
        failed = true;
        console.error(`${state.name} at ${viewport.width} px: ${(error as Error).message}`);
      }
      // vis-timeline shows itself a moment after it has drawn.
      await page.waitForFunction(() => {
        const timeline = document.querySelector<HTMLElement>('.vis-timeline');
        return timeline?.style.visibility !== 'hidden';
      });
      // Fonts and the last frame, so the picture is what a person sees.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const file = `${OUT}/${state.name}-${viewport.width}.png`;
      await page.screenshot({ path: file });
      console.log(
        `${file}: ${state.what}${errors.length ? ` — errors: ${errors.join('; ')}` : ''}`,
      );
      if (errors.length) failed = true;
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}
if (failed) process.exitCode = 1;
