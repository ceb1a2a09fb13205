import type { Page } from '@playwright/test';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { focusRange } from '../../src/data/focus-range.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { applyFilters } from '../../src/data/selectors.ts';
import { expect, listRows, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const prepared = prepareDataset(data);

function timelineItem(page: Page, text?: string) {
  const items = page.getByTestId('timeline').locator('.vis-item.meeting:visible');
  return text ? items.filter({ hasText: text }) : items;
}

test('clicking a timeline item opens the meeting; reload keeps it open and highlighted; Back returns', async ({
  page,
}) => {
  await page.goto('/?kind=country');
  const item = timelineItem(page).first();
  await expect(item).toBeVisible();
  await item.click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9-]+\?kind=country$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  const meeting = prepared.byId.get(id)!;
  const heading = page.getByRole('heading', { level: 2, name: meeting.title, exact: true });
  await expect(heading).toBeVisible();
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(page.getByTestId('timeline').locator('.vis-item.meeting.vis-selected')).toHaveCount(
    1,
  );
  await expect(page.locator('tr.selected')).toContainText(meeting.title);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?kind=country$/);
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('Escape after opening a meeting from the timeline closes it and gives focus back to the timeline', async ({
  page,
}) => {
  await page.goto('/');
  const item = timelineItem(page).first();
  await expect(item).toBeVisible();
  await item.click();
  const panel = page.getByRole('complementary');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('timeline')).toBeFocused();
});

test('filters change the timeline items without rebuilding it', async ({ page }) => {
  await page.goto('/');
  await expect(timelineItem(page).first()).toBeVisible();
  const before = await timelineItem(page).count();
  await page.getByTestId('timeline').evaluate((el) => {
    (el.firstElementChild as HTMLElement).dataset.marker = 'same';
  });
  await page.getByRole('searchbox', { name: 'Search meetings' }).fill('poland');
  await expect.poll(() => timelineItem(page).count()).toBeLessThan(before);
  expect(
    await page
      .getByTestId('timeline')
      .evaluate((el) => (el.firstElementChild as HTMLElement).dataset.marker),
  ).toBe('same');
});

function zoomButton(page: Page, name: 'Zoom in' | 'Zoom out') {
  return page
    .getByRole('toolbar', { name: 'Timeline dates and zoom' })
    .getByRole('button', { name });
}

/** The timeline's visible window, as the app records it on its container. */
async function windowOf(page: Page) {
  const canvas = page.getByTestId('timeline');
  const start = Date.parse((await canvas.getAttribute('data-window-start')) ?? '');
  const end = Date.parse((await canvas.getAttribute('data-window-end')) ?? '');
  return { start, end, width: end - start };
}

const hanoi = (day: string, time = '00:00') => Date.parse(`${day}T${time}:00+07:00`);

test('opens on the main dates, "All dates" reaches the far-off meetings, filters re-fit it', async ({
  page,
}) => {
  const days = prepared.meetings.map((m) => m.date);
  const range = focusRange(days)!;
  expect(range.outside).toBeGreaterThan(0);
  await page.goto('/');
  await expect(timelineItem(page).first()).toBeVisible();
  await expect
    .poll(async () => (await windowOf(page)).start)
    .toBeLessThanOrEqual(hanoi(range.from));
  let shown = await windowOf(page);
  expect(shown.end).toBeGreaterThanOrEqual(hanoi(range.to, '23:59'));
  expect(shown.end).toBeLessThan(hanoi(range.allTo));
  await expect(
    page
      .getByRole('region', { name: 'Timeline', exact: true })
      .getByText(`${range.outside} are on other dates`),
  ).toBeVisible();

  await page.getByRole('button', { name: 'All dates', exact: true }).click();
  await expect(page.getByRole('button', { name: 'All dates', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect
    .poll(async () => (await windowOf(page)).end)
    .toBeGreaterThan(hanoi(range.allTo, '23:59'));
  expect((await windowOf(page)).start).toBeLessThanOrEqual(hanoi(range.allFrom));

  // Back on the main dates, a filter moves the window to the new matches...
  await page.getByRole('button', { name: 'Main dates', exact: true }).click();
  const matches = applyFilters(prepared, { ...EMPTY_FILTERS, q: 'Gawkowski' }).meetings;
  expect(matches.length).toBeGreaterThan(0);
  await page.getByRole('searchbox', { name: 'Search meetings' }).fill('Gawkowski');
  const polandRange = focusRange(matches.map((m) => m.date))!;
  await expect
    .poll(async () => (await windowOf(page)).start)
    .toBeGreaterThan(hanoi(polandRange.from) - 2 * 86_400_000);
  // ...but not once the person has zoomed.
  await page.getByRole('searchbox', { name: 'Search meetings' }).fill('');
  await expect
    .poll(async () => (await windowOf(page)).start)
    .toBeLessThanOrEqual(hanoi(range.from));
  await zoomButton(page, 'Zoom in').click();
  await expect.poll(async () => (await windowOf(page)).width).toBeLessThan(shown.width * 0.8);
  shown = await windowOf(page);
  await page.getByRole('searchbox', { name: 'Search meetings' }).fill('Gawkowski');
  await expect(timelineItem(page)).toHaveCount(matches.length);
  expect(await windowOf(page)).toEqual(shown);
});

test('zooming in stays on the meetings, zooming out widens the window', async ({ page }) => {
  await page.goto('/');
  await expect(timelineItem(page).first()).toBeVisible();
  await expect.poll(async () => (await windowOf(page)).width).toBeGreaterThan(0);
  const before = await windowOf(page);
  for (let i = 0; i < 3; i++) await zoomButton(page, 'Zoom in').click();
  await expect.poll(async () => (await windowOf(page)).width).toBeLessThan(before.width / 4);
  // The middle of the window is still on a day with meetings.
  const after = await windowOf(page);
  const middle = new Date((after.start + after.end) / 2 + 7 * 3_600_000).toISOString().slice(0, 10);
  expect(prepared.meetings.some((m) => m.date === middle)).toBe(true);
  await expect(timelineItem(page).first()).toBeInViewport();
  await zoomButton(page, 'Zoom out').click();
  await zoomButton(page, 'Zoom out').click();
  await zoomButton(page, 'Zoom out').click();
  await expect.poll(async () => (await windowOf(page)).width).toBeGreaterThan(before.width * 0.9);
});

for (const [width, height] of [
  [1440, 1000],
  [390, 844],
] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('every group is in sight, labelled with its count, with no inner scroller', async ({
      page,
    }) => {
      await page.goto('/');
      // On a phone the timeline is drawn once it scrolls into sight.
      await page.getByRole('region', { name: 'Timeline', exact: true }).scrollIntoViewIfNeeded();
      await expect(timelineItem(page).first()).toBeVisible();
      const labels = page.getByTestId('timeline').locator('.vis-labelset .vis-label');
      const groups = new Map<string, number>();
      for (const meeting of prepared.meetings) {
        const first = meeting.partners[0];
        const kind = (first && prepared.partnerById.get(first)?.kind) || 'none';
        groups.set(kind, (groups.get(kind) ?? 0) + 1);
      }
      // Plus the lane of the convention's milestones, when the dataset has them.
      const milestones = prepared.data.convention?.milestones.some((m) => m.date) ? 1 : 0;
      await expect(labels).toHaveCount(groups.size + milestones);
      await expect(labels.first()).toContainText(`Countries (${groups.get('country')})`);
      const scroller = page.getByTestId('timeline').locator('.vis-panel.vis-left');
      const overflow = await scroller.evaluate((el) => el.scrollHeight - el.clientHeight);
      expect(overflow).toBeLessThanOrEqual(1);
      for (const label of await labels.all()) {
        await label.scrollIntoViewIfNeeded();
        await expect(label).toBeInViewport();
      }
    });

    // On a phone an open meeting covers the page, so there the axis is read without one.
    const open = width > 800;
    test(`the axis labels every day${open ? ', with a meeting open' : ''}`, async ({ page }) => {
      const meeting =
        prepared.meetings.find((m) => m.date === '2025-10-27') ?? prepared.meetings[0]!;
      await page.goto(open ? `/meetings/${meeting.id}` : '/');
      await page.getByRole('region', { name: 'Timeline', exact: true }).scrollIntoViewIfNeeded();
      const canvas = page.getByTestId('timeline');
      const item = canvas.locator(open ? '.vis-item.meeting.vis-selected' : '.vis-item.meeting');
      await expect(item.first()).toBeVisible();
      const range = focusRange(prepared.meetings.map((m) => m.date))!;
      const minor = canvas.locator('.vis-time-axis .vis-text.vis-minor');
      for (let day = Number(range.from.slice(8)); day <= Number(range.to.slice(8)); day++) {
        await expect(
          minor.filter({ hasText: new RegExp(`^(\\w{3} )?${day}$`) }).first(),
        ).toBeVisible();
      }
    });
  });
}

test('opening a meeting from the list highlights it on the timeline', async ({ page }) => {
  await page.goto('/');
  const first = listRows(page).first().getByRole('link');
  await first.click();
  await expect(page.getByTestId('timeline').locator('.vis-item.meeting.vis-selected')).toHaveCount(
    1,
  );
});

for (const timezoneId of ['America/New_York', 'Pacific/Honolulu', 'Pacific/Kiritimati']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test('meetings stay on their Hanoi calendar day', async ({ page }) => {
      const meeting =
        prepared.meetings.find((m) => m.partOfDay === 'evening') ?? prepared.meetings[0]!;
      await page.goto(`/meetings/${meeting.id}`);
      const [y, m, d] = meeting.date.split('-').map(Number) as [number, number, number];
      const day = new Date(Date.UTC(y, m - 1, d));
      const weekday = day.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
      const expected = `${weekday}, ${d} ${day.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' })} ${y}`;
      await expect(
        page.getByRole('complementary').getByText(expected, { exact: false }).first(),
      ).toBeVisible();
      // On the timeline, the selected item starts inside its day's column.
      const selected = page.getByTestId('timeline').locator('.vis-item.meeting.vis-selected');
      await expect(selected).toBeVisible();
      const dayLabel = page
        .getByTestId('timeline')
        .locator('.vis-time-axis .vis-text.vis-minor')
        .filter({ hasText: new RegExp(`^(${weekday} )?${d}$`) })
        .first();
      await expect(dayLabel).toBeVisible();
      const itemBox = (await selected.boundingBox())!;
      const labelBox = (await dayLabel.boundingBox())!;
      const dayWidth = await dayLabel.evaluate((el) => (el as HTMLElement).offsetWidth);
      expect(itemBox.x).toBeGreaterThanOrEqual(labelBox.x - 1);
      expect(itemBox.x).toBeLessThan(labelBox.x + dayWidth);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  const preview = (page: Page) => page.locator('.timeline-preview');
  const built = (page: Page) => page.getByTestId('timeline').locator('.vis-timeline');

  test('the timeline is a still picture until the reader scrolls to it, then the timeline itself', async ({
    page,
  }) => {
    await page.goto('/');
    // The first screen shows the top of the picture: the axis and the first meetings.
    await expect(preview(page).locator('.item.meeting').first()).toBeInViewport();
    await expect(preview(page)).toContainText('October 2025');
    // Not built yet: that waits until the reader has come to it.
    await expect(built(page)).toHaveCount(0);
    await page.getByTestId('timeline').evaluate((canvas) => canvas.scrollIntoView());
    await expect(timelineItem(page).first()).toBeVisible();
    await expect(preview(page)).toHaveCount(0);
    // The real thing: a tap on a meeting opens it.
    await timelineItem(page).first().tap();
    await expect(page).toHaveURL(/\/meetings\/[a-z0-9-]+$/);
  });

  test('a tap on the picture builds the timeline; scrolling a little does not', async ({
    page,
  }) => {
    await page.goto('/');
    const item = preview(page).locator('.item.meeting').first();
    await expect(item).toBeInViewport();
    await page.mouse.wheel(0, 40);
    await expect(built(page)).toHaveCount(0);
    await item.tap();
    await expect(timelineItem(page).first()).toBeAttached();
    await expect(preview(page)).toHaveCount(0);
  });

  test('a zoom pressed before the timeline is built is done once it is', async ({ page }) => {
    const range = focusRange(prepared.meetings.map((m) => m.date))!;
    await page.goto('/');
    await expect(preview(page)).toBeVisible();
    await zoomButton(page, 'Zoom in').click();
    await expect(timelineItem(page).first()).toBeVisible();
    const focusWidth = hanoi(range.to, '23:59') - hanoi(range.from);
    await expect.poll(async () => (await windowOf(page)).width).toBeGreaterThan(0);
    await expect.poll(async () => (await windowOf(page)).width).toBeLessThan(focusWidth * 0.8);
  });

  test('nothing jumps when the timeline replaces its picture', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await expect(preview(page)).toBeVisible();
    await page.getByTestId('timeline').evaluate((canvas) => canvas.scrollIntoView());
    await expect(timelineItem(page).first()).toBeVisible();
    // vis-timeline shows itself once its first window is set; wait for the drawn window.
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-window-start', /\d/);
    await expect(preview(page)).toHaveCount(0);
    const total = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((sum, v) => sum + v, 0),
    );
    expect(total).toBeLessThanOrEqual(0.02);
  });
});
