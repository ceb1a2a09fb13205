import AxeBuilder from '@axe-core/playwright';
import { EMPTY_FILTERS, type Filters } from '../../src/data/filters.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { applyFilters } from '../../src/data/selectors.ts';
import { expect, listRows, scrollToView, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const prepared = prepareDataset(data);
const count = (filters: Partial<Filters>) =>
  applyFilters(prepared, { ...EMPTY_FILTERS, ...filters }).meetings.length;
const topic = data.topics.find((t) => t.id === 'cybercrime') ?? data.topics[0]!;
const country = [
  ...applyFilters(prepared, { ...EMPTY_FILTERS, topic: [topic.id] }).facetCounts.country,
].sort((a, b) => b[1] - a[1])[0]![0];

test(`clicking the "${topic.label}" bar filters every view`, async ({ page }) => {
  await page.goto('/');
  await scrollToView(page, 'Topics and activity');
  const bar = page.getByTestId('topic-chart').locator(`[data-topic="${topic.id}"]`);
  await bar.click();
  await expect(page).toHaveURL(`/?topic=${topic.id}`);
  const expected = count({ topic: [topic.id] });
  await expect(listRows(page)).toHaveCount(expected);
  await expect(
    page
      .getByRole('region', { name: 'Current filters' })
      .getByText(`${expected} of ${data.meetings.length} meetings match`),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Remove filter Topic: ${topic.label}` }),
  ).toBeVisible();
  await expect(page.getByTestId('timeline')).toHaveAttribute(
    'aria-label',
    `Timeline of ${expected} meetings. The meeting list has the same meetings.`,
  );
});

test('a topic and a country combine, and Back restores each previous state', async ({ page }) => {
  await page.goto('/');
  await page.locator('summary', { hasText: /^Topics/ }).click();
  await page.getByRole('checkbox', { name: new RegExp(`^${topic.label},`) }).check();
  await expect(page).toHaveURL(`/?topic=${topic.id}`);
  await page.locator('summary', { hasText: /^Partner countries/ }).click();
  const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(country)!;
  // A long list shows its first ten options: find the country as a reader would.
  const find = page.getByRole('searchbox', { name: /^Find in/ }).filter({ visible: true });
  if ((await find.count()) > 0) await find.first().fill(name);
  await page.getByRole('checkbox', { name: new RegExp(`^${name},`) }).check();
  await expect(page).toHaveURL(`/?country=${country}&topic=${topic.id}`);
  await expect(listRows(page)).toHaveCount(count({ topic: [topic.id], country: [country] }));
  await page.goBack();
  await expect(page).toHaveURL(`/?topic=${topic.id}`);
  await expect(listRows(page)).toHaveCount(count({ topic: [topic.id] }));
  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(listRows(page)).toHaveCount(data.meetings.length);
});

test('search ignores case and diacritics and replaces history while typing', async ({ page }) => {
  const expected = count({ q: 'luong tam quang' });
  expect(expected).toBeGreaterThan(0);
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search meetings' }).fill('luong tam quang');
  await expect(page).toHaveURL('/?q=luong%20tam%20quang');
  await expect(listRows(page)).toHaveCount(expected);
  for (const row of await listRows(page).all()) {
    const link = row.getByRole('link');
    await expect(link).toBeVisible();
  }
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
});

test('a filter that matches nothing shows the empty state and Clear filters', async ({ page }) => {
  await page.goto('/?country=AQ');
  await expect(page.getByRole('region', { name: 'Nothing matches these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(listRows(page)).toHaveCount(data.meetings.length);
});

test('a copied link opened in a new page shows the same counts', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/?topic=${topic.id}`);
  await page.getByRole('searchbox', { name: 'Search meetings' }).fill('minister');
  await page.getByRole('button', { name: 'Share view' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  const status = await page.locator('.result-count').innerText();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('.result-count')).toHaveText(status);
  await expect(listRows(other)).toHaveCount(count({ topic: [topic.id], q: 'minister' }));
});

test('axe finds no violations with filters open and applied', async ({ axePage: page }) => {
  await page.goto(`/?topic=${topic.id}&country=${country}`);
  for (const summary of await page.locator('.facet summary').all()) await summary.click();
  await scrollToView(page, 'Topics and activity');
  await expect(page.getByTestId('topic-chart')).toBeVisible();
  await scrollToView(page, 'Partners on the map');
  await expect(page.getByTestId('world-map')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
});
