import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { PORTS } from '../../playwright.config.ts';
import type { Dataset } from '../../src/data/schema.ts';

export const FIXTURE_URL = `http://127.0.0.1:${PORTS.fixture}`;
export const SUB_URL = `http://127.0.0.1:${PORTS.sub}/explorer`;

export function shippedDataset(): Dataset {
  return JSON.parse(readFileSync(process.env.DATASET ?? 'data/meetings.json', 'utf8')) as Dataset;
}

/** Every page fails its test on a console error or an uncaught exception. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function listRows(page: Page) {
  return page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('link') });
}
