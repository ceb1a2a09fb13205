import type { Page } from '@playwright/test';
import { activityOverTime, outcomesByPartner, topicBars } from '../../src/data/chart-data.ts';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { applyFilters } from '../../src/data/selectors.ts';
import { UI_COLORS } from '../../src/ui/palette.ts';
import { EN } from '../helpers.ts';
import { expect, scrollToView, shippedDataset, test } from './fixtures.ts';

const prepared = prepareDataset(shippedDataset());
const all = applyFilters(prepared, EMPTY_FILTERS);
const topics = topicBars(prepared, all.facetCounts, [], EN);
const activity = activityOverTime(prepared, all.meetings, EN);
const everyDate = activityOverTime(prepared, all.meetings, EN, { allDates: true });
const range = activity.range!;
const peak = activity.rows.reduce((best, row) => (row.total > best.total ? row : best));
const outcomeMax = Math.max(
  ...outcomesByPartner(prepared, all.meetings, EN).map((row) => row.total),
);

async function openCharts(page: Page, url = '/') {
  await page.goto(url);
  await scrollToView(page, 'Topics and activity');
  const card = page.getByRole('region', { name: 'Topics and activity' });
  return {
    card,
    topic: page.getByTestId('topic-chart'),
    activity: page.getByTestId('activity-chart'),
    outcome: page.getByTestId('outcome-chart'),
  };
}

for (const [width, height] of [
  [1440, 1000],
  [390, 844],
] as const) {
  test.describe(`charts at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('topic bars show their counts; "Show all" shows every topic', async ({ page }) => {
      const { card, topic } = await openCharts(page);
      // A label too long for a phone wraps onto two lines (tspans).
      const labels = () =>
        topic
          .locator('.recharts-cartesian-axis-tick-value')
          .evaluateAll((els) =>
            els.map((el) => [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')),
          );
      const values = topic.locator('.recharts-label-list text');
      const top = topics.slice(0, 10);
      await expect.poll(labels).toEqual(top.map((t) => t.label));
      await expect(values).toHaveText(top.map((t) => String(t.count)));
      await card.getByRole('button', { name: `Show all ${topics.length} topics` }).click();
      await expect.poll(labels).toEqual(topics.map((t) => t.label));
      await expect(values).toHaveText(topics.map((t) => String(t.count)));
      await card.getByRole('button', { name: 'Show fewer topics' }).click();
      await expect(values).toHaveCount(10);
    });

    test('the per-day chart spans the focused days and labels the peak day', async ({ page }) => {
      const { card, activity: chart } = await openCharts(page);
      const ticks = chart.locator('[data-day]');
      await expect(ticks.first()).toBeVisible();
      const days = await ticks.evaluateAll((els) => els.map((el) => el.getAttribute('data-day')!));
      expect(days[0]! >= range.from && days.at(-1)! <= range.to).toBe(true);
      // A short range: every day labelled, the peak (25 Oct for the shipped data) among them.
      expect(days).toEqual(activity.rows.map((row) => row.start));
      expect(peak.start).toBe('2025-10-25');
      await expect(chart.locator(`[data-day="${peak.start}"]`)).toHaveText('Sat25 Oct');
      await expect(card.getByText(`${range.outside} are on other dates`)).toBeVisible();
      await card.getByRole('button', { name: 'Show all dates' }).click();
      // Every date: the axis now reaches past the focused days, still labelling the peak's
      // bucket (a day, or the week or month holding it when the dates span longer).
      const lastDay = () => ticks.evaluateAll((els) => els.at(-1)?.getAttribute('data-day') ?? '');
      await expect.poll(async () => (await lastDay()) > range.to).toBe(true);
      const peakBucket = everyDate.rows.filter((row) => row.start <= peak.start).at(-1)!;
      await expect(chart.locator(`[data-day="${peakBucket.start}"]`)).toBeVisible();
      await expect(card.getByRole('button', { name: 'Show main dates' })).toBeVisible();
    });

    test('the outcome axis ends close to the data', async ({ page }) => {
      const { outcome } = await openCharts(page);
      // On a phone the charts stack: this one is drawn once a reader scrolls to it.
      await page
        .getByRole('figure', { name: 'Agreements and commitments by partner' })
        .scrollIntoViewIfNeeded();
      // The number axis: the tick labels that are numbers (the others name partners).
      const ticks = outcome.locator('.recharts-cartesian-axis-tick-value', { hasText: /^\d+$/ });
      await expect(ticks.first()).toBeVisible();
      const axisMax = Math.max(...(await ticks.allTextContents()).map(Number));
      expect(axisMax).toBeGreaterThanOrEqual(outcomeMax);
      expect(axisMax).toBeLessThanOrEqual(Math.max(outcomeMax + 1, Math.ceil(outcomeMax * 1.25)));
    });

    test('with nothing matching, every chart says so instead of drawing empty axes', async ({
      page,
    }) => {
      const { card } = await openCharts(page, '/?q=zzzz');
      await expect(card.getByText('No meetings match.')).toHaveCount(3);
      await expect(card.locator('svg')).toHaveCount(0);
    });
  });
}

test.describe('charts at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('nothing overflows sideways, with every topic and every date shown', async ({ page }) => {
    const { card, topic, activity: chart, outcome } = await openCharts(page);
    await card.getByRole('button', { name: /^Show all \d+ topics$/ }).click();
    await card.getByRole('button', { name: 'Show all dates' }).click();
    for (const view of [topic, chart, outcome]) {
      await view.scrollIntoViewIfNeeded();
      await expect(view.locator('.recharts-surface').first()).toBeVisible();
    }
    // Neither the page nor any chart label sticks out (a chart clips what leaves its box).
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const cut = [...document.querySelectorAll('.topics-card svg.recharts-surface')].flatMap(
        (svg) => {
          const frame = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')]
            .filter((text) => {
              const box = text.getBoundingClientRect();
              return box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1);
            })
            .map((text) => text.textContent);
        },
      );
      return { page: root.scrollWidth - root.clientWidth, cut };
    });
    expect(overflow).toEqual({ page: 0, cut: [] });
  });
});

test.describe('chart tooltips', () => {
  test.use({ viewport: { width: 1440, height: 1000 } });

  test('say how many meetings, in the app’s own style', async ({ page }) => {
    const { activity: chart } = await openCharts(page);
    const tick = chart.locator(`[data-day="${peak.start}"]`);
    const box = (await tick.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y - 40);
    const tooltip = page.locator('.chart-tooltip');
    await expect(tooltip).toContainText('Sat, 25 Oct 2025');
    await expect(tooltip).toContainText(`${peak.total} meetings`);
    // The app's tooltip colour, not recharts' white box.
    const [r, g, b] = [1, 3, 5].map((i) =>
      Number.parseInt(UI_COLORS.tooltipBg.slice(i, i + 2), 16),
    );
    await expect(tooltip).toHaveCSS('background-color', `rgb(${r}, ${g}, ${b})`);
  });
});
