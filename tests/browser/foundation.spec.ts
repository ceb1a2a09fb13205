import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { applyFilters } from '../../src/data/selectors.ts';
import { expect, FIXTURE_URL, listRows, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const prepared = prepareDataset(data);

test('the list shows every meeting of the shipped dataset', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
  await expect(page.getByText(`${data.meetings.length} meetings ·`)).toBeVisible();
  await expect(listRows(page)).toHaveCount(data.meetings.length);
});

test('?country=PL lists only meetings with a Polish partner', async ({ page }) => {
  const expected = applyFilters(prepared, { ...EMPTY_FILTERS, country: ['PL'] }).meetings;
  expect(expected.length).toBeGreaterThan(0);
  await page.goto('/?country=PL');
  await expect(listRows(page)).toHaveCount(expected.length);
  for (const meeting of expected) {
    await expect(page.getByRole('link', { name: meeting.title, exact: true })).toBeVisible();
  }
});

test('a meeting link opens on a cold load and after reload; Back returns to the list', async ({
  page,
}) => {
  const meeting = prepared.meetings.find((m) => m.outcomes.length > 0) ?? prepared.meetings[0]!;
  await page.goto(`/meetings/${meeting.id}`);
  const heading = page.getByRole('heading', { level: 2, name: meeting.title, exact: true });
  await expect(heading).toBeVisible();
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(page).toHaveTitle(
    new RegExp(`^${meeting.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );

  await page.goto('/?country=PL');
  const first = listRows(page).first().getByRole('link');
  const title = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9-]+\?country=PL$/);
  await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/\?country=PL$/);
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('a trailing slash means the same meeting', async ({ page }) => {
  const meeting = prepared.meetings[0]!;
  await page.goto(`/meetings/${meeting.id}/`);
  await expect(
    page.getByRole('heading', { level: 2, name: meeting.title, exact: true }),
  ).toBeVisible();
});

test('an unknown meeting id shows "Meeting not found" with a way back', async ({
  page,
  consoleErrors,
}) => {
  const response = await page.goto('/meetings/no-such-meeting');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Meeting not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to all meetings' }).click();
  await expect(listRows(page)).toHaveCount(data.meetings.length);
  // The static server answers the unknown page with 404.html, which Chromium logs.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/404/.test(e)));
});

test('junk parameters show a dismissible notice and change nothing else', async ({ page }) => {
  await page.goto('/?country=ZZ&from=not-a-date&topic=%3Cscript%3E');
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
  await expect(notice).toContainText('country=ZZ');
  await expect(notice).toContainText('from=not-a-date');
  await expect(notice).toContainText('topic=<script>');
  await expect(listRows(page)).toHaveCount(data.meetings.length);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a damaged dataset names the bad fields instead of a blank page', async ({
  page,
  consoleErrors,
}) => {
  await page.route('**/data/meetings.json', (route) =>
    route.fulfill({ json: { ...data, meetings: [{ ...data.meetings[0], date: 'soon' }] } }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The meeting data is damaged' })).toBeVisible();
  await expect(page.getByText('meetings[0].date')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a failed download offers Retry, which works', async ({ page, consoleErrors }) => {
  let fail = true;
  await page.route('**/data/meetings.json', (route) => (fail ? route.abort() : route.fallback()));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The meetings could not be loaded' })).toBeVisible(
    {
      timeout: 10_000,
    },
  );
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(listRows(page)).toHaveCount(data.meetings.length);
  consoleErrors.splice(
    0,
    consoleErrors.length,
    ...consoleErrors.filter((e) => !/ERR_FAILED|Failed to load/.test(e)),
  );
});

test('the same code serves another dataset (DATASET=tests/fixtures/small.json)', async ({
  page,
}) => {
  await page.goto(`${FIXTURE_URL}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test fixture meetings');
  await expect(listRows(page)).toHaveCount(3);
  await expect(page.locator('script:not([src]):not([type])')).toHaveCount(0);
});
