import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * axe on the four states a reader is most often in, at a desktop and a phone
 * width, with every view drawn: the timeline, map and charts draw once they
 * scroll into sight, so the page is scrolled through them first.
 */
const STATES = [
  { name: 'home', path: '/' },
  { name: 'filtered', path: '/?country=PL&topic=cybercrime' },
  { name: 'meeting open', path: '/meetings/2025-10-27-mps-poland-cybersecurity' },
  { name: 'zero results', path: '/?q=zzzz' },
  { name: 'map by convention status', path: '/?map=status' },
  { name: 'convention page', path: '/convention' },
] as const;

async function drawEveryView(page: Page) {
  for (const [region, drawn] of [
    ['Timeline', '.vis-item.meeting'],
    ['Partners on the map', 'path.country'],
    ['Topics and activity', '.recharts-surface'],
  ] as const) {
    const card = page.getByRole('region', { name: region, exact: true });
    await card.scrollIntoViewIfNeeded();
    // With nothing matching, a view says so instead of drawing.
    await expect(card.locator(`${drawn}, .view-empty`).first()).toBeAttached();
  }
}

for (const viewport of [
  { width: 1440, height: 1000 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const state of STATES) {
      test(`axe finds no violations: ${state.name}`, async ({ page }) => {
        await page.goto(state.path);
        await expect(page.getByRole('main')).toBeVisible();
        if (state.name === 'meeting open') {
          await expect(page.getByRole('complementary')).toBeVisible();
        }
        if (state.name === 'convention page') {
          await expect(page.getByRole('table', { name: /^Participants/ })).toBeVisible();
        }
        // On a phone an open meeting covers the page; the views behind it are not read.
        else if (!(state.name === 'meeting open' && viewport.width < 600))
          await drawEveryView(page);
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
        ).toEqual([]);
      });
    }
  });
}
