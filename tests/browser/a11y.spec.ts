import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Lang } from '../../src/i18n/translate.ts';
import { EN, VI } from '../helpers.ts';
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

async function drawEveryView(page: Page, lang: Lang) {
  for (const [region, drawn] of [
    ['timeline.title', '.vis-item.meeting'],
    ['map.title', 'path.country'],
    ['charts.title', '.recharts-surface'],
  ] as const) {
    const card = page.getByRole('region', { name: lang.t(region), exact: true });
    await card.scrollIntoViewIfNeeded();
    // On a phone the timeline is a still picture until the reader scrolls to it.
    if (region === 'timeline.title') {
      await expect(card.locator(`.timeline-preview, ${drawn}, .view-empty`).first()).toBeAttached();
      await card.locator('.timeline-preview').evaluateAll((pictures) => {
        for (const picture of pictures) picture.scrollIntoView();
      });
    }
    // With nothing matching, a view says so instead of drawing.
    await expect(card.locator(`${drawn}, .view-empty`).first()).toBeAttached();
  }
}

/**
 * Each state in English in the light theme at both widths; in Vietnamese, and
 * in the dark theme in both languages, the states whose words and colours
 * differ most.
 */
const VARIANTS = [
  { lang: EN, prefix: '', scheme: 'light', states: STATES.map((s) => s.name) },
  {
    lang: VI,
    prefix: '/vi',
    scheme: 'light',
    states: ['home', 'meeting open', 'map by convention status', 'convention page'],
  },
  { lang: EN, prefix: '', scheme: 'dark', states: ['home', 'meeting open', 'convention page'] },
  { lang: VI, prefix: '/vi', scheme: 'dark', states: ['filtered', 'map by convention status'] },
] as const;

for (const viewport of [
  { width: 1440, height: 1000 },
  { width: 390, height: 844 },
]) {
  for (const variant of VARIANTS) {
    const label = `${variant.lang.locale}, ${variant.scheme}`;
    test.describe(`at ${viewport.width} px, ${label}`, () => {
      test.use({ viewport, colorScheme: variant.scheme });
      for (const state of STATES.filter((s) =>
        (variant.states as readonly string[]).includes(s.name),
      )) {
        test(`axe finds no violations: ${state.name}`, async ({ page }) => {
          await page.goto(`${variant.prefix}${state.path}`);
          await expect(page.getByRole('main')).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', variant.lang.locale);
          if (state.name === 'meeting open') {
            await expect(page.getByRole('complementary')).toBeVisible();
          }
          if (state.name === 'convention page') {
            await expect(page.locator('table').first()).toBeVisible();
          }
          // On a phone an open meeting covers the page; the views behind it are not read.
          else if (!(state.name === 'meeting open' && viewport.width < 600))
            await drawEveryView(page, variant.lang);
          const results = await new AxeBuilder({ page }).analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
          ).toEqual([]);
        });
      }
    });
  }
}
