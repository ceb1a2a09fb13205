import type { Page } from '@playwright/test';
import { prepareDataset } from '../../src/data/prepare.ts';
import { expect, listRows, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const prepared = prepareDataset(data);

function timelineItem(page: Page, text?: string) {
  const items = page.getByTestId('timeline').locator('.vis-item.vis-box.meeting:visible');
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
  await expect(page.getByTestId('timeline').locator('.vis-item.vis-box.vis-selected')).toHaveCount(
    1,
  );
  await expect(page.locator('tr.selected')).toContainText(meeting.title);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?kind=country$/);
  await expect(page.getByRole('complementary')).toHaveCount(0);
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

test('zoom buttons change the visible range and Fit all shows every meeting', async ({ page }) => {
  await page.goto('/');
  const canvas = page.getByTestId('timeline');
  await expect(timelineItem(page).first()).toBeVisible();
  const span = async () => {
    const start = Date.parse((await canvas.getAttribute('data-window-start')) ?? '');
    const end = Date.parse((await canvas.getAttribute('data-window-end')) ?? '');
    return { start, end, width: end - start };
  };
  await expect.poll(async () => (await span()).width).toBeGreaterThan(0);
  const before = await span();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await span()).width).toBeLessThan(before.width * 0.8);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await span()).width).toBeGreaterThan(before.width);
  await page.getByRole('button', { name: 'Fit all' }).click();
  const first = Date.parse(`${prepared.meetings[0]!.date}T00:00:00+07:00`);
  const last = Date.parse(`${prepared.meetings.at(-1)!.date}T23:59:00+07:00`);
  await expect.poll(async () => (await span()).start).toBeLessThanOrEqual(first);
  expect((await span()).end).toBeGreaterThanOrEqual(last);
});

test('opening a meeting from the list highlights it on the timeline', async ({ page }) => {
  await page.goto('/');
  const first = listRows(page).first().getByRole('link');
  await first.click();
  await expect(page.getByTestId('timeline').locator('.vis-item.vis-box.vis-selected')).toHaveCount(
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
      const selected = page.getByTestId('timeline').locator('.vis-item.vis-box.vis-selected');
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
