import { readFileSync } from 'node:fs';
import { test as base, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { PORTS } from '../../playwright.config.ts';
import type { Dataset } from '../../src/data/schema.ts';

export const FIXTURE_URL = `http://127.0.0.1:${PORTS.fixture}`;
export const SUB_URL = `http://127.0.0.1:${PORTS.sub}/explorer`;

export function shippedDataset(): Dataset {
  return JSON.parse(readFileSync(process.env.DATASET ?? 'data/meetings.json', 'utf8')) as Dataset;
}

/** Ids of the meetings with a partner in `country` (a company counts for its home country), sorted. */
export function meetingIdsWithCountry(data: Dataset, country: string): string[] {
  const countryOf = new Map(data.partners.map((p) => [p.id, p.country]));
  return data.meetings
    .filter((m) => m.partners.some((id) => countryOf.get(id) === country))
    .map((m) => m.id)
    .sort();
}

/** Collects the console errors and uncaught exceptions of `page`. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Every page fails its test on a console error or an uncaught exception,
 * including `axePage`: a page of its own context (what AxeBuilder needs), on
 * the same base URL as `page`.
 */
export const test = base.extend<{ consoleErrors: string[]; axePage: Page }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors = watchErrors(page);
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  axePage: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await use(page);
    expect(errors, 'console errors').toEqual([]);
    await context.close();
  },
});

export { expect };

export function listRows(page: Page | FrameLocator) {
  return page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('link') });
}

/**
 * Clicks a point inside an SVG shape. Playwright aims at the middle of the
 * bounding box, which for a country like Russia (wrapped around the date line)
 * or Chile lies outside the shape itself; a person clicks on the land.
 */
export async function clickShape(shape: Locator) {
  await shape.scrollIntoViewIfNeeded();
  const position = await shape.evaluate((element) => {
    const path = element as SVGGeometryElement;
    const box = path.getBBox();
    const matrix = path.getScreenCTM();
    const rect = path.getBoundingClientRect();
    if (!matrix) return null;
    // The largest piece of land is likely near the box's centre rows; scan them first.
    for (let step = 1; step <= 40; step++) {
      for (let col = 1; col < 40; col++) {
        const y =
          box.y + (box.height * (step % 2 === 0 ? 20 + step / 2 : 20 - (step - 1) / 2)) / 40;
        const x = box.x + (box.width * col) / 40;
        const point = new DOMPoint(x, y);
        if (!path.isPointInFill(point)) continue;
        const screen = point.matrixTransform(matrix);
        const hit = document.elementFromPoint(screen.x, screen.y);
        if (hit === element) return { x: screen.x - rect.left, y: screen.y - rect.top };
      }
    }
    return null;
  });
  if (!position) throw new Error('no clickable point inside the shape');
  await shape.click({ position });
}

/** The heavy views draw once they scroll into sight, as they do for a reader. */
export async function scrollToView(page: Page, name: string | RegExp) {
  await page.getByRole('region', { name }).scrollIntoViewIfNeeded();
}
