import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatDay } from '../../src/data/dates.ts';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { applyFilters } from '../../src/data/selectors.ts';
import { expect, listRows, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const prepared = prepareDataset(data);
const total = data.meetings.length;
const topic = data.topics.find((t) => t.id === 'cybercrime') ?? data.topics[0]!;
const topicCount = applyFilters(prepared, { ...EMPTY_FILTERS, topic: [topic.id] }).meetings.length;

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 1000 },
  { name: 'phone', width: 390, height: 844 },
] as const;

function currentFilters(page: Page) {
  return page.getByRole('region', { name: 'Current filters' });
}

async function expectNoAxeViolations(page: Page) {
  // axe walks every node of the whole page: on a busy shared machine that alone can take most
  // of the default 30 s.
  test.slow();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
}

for (const { name, width, height } of WIDTHS) {
  test.describe(`at ${width} px (${name})`, () => {
    test.use({ viewport: { width, height } });

    test('?q=zzzz shows one empty state above the fold, and Clear filters works', async ({
      page,
    }) => {
      await page.goto('/?q=zzzz');
      const empty = page.getByRole('region', { name: 'Nothing matches these filters' });
      await expect(empty).toContainText('Search: “zzzz”');
      await expect(empty).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('banner')).toContainText(`0 of ${total} meetings`);
      await expect(currentFilters(page)).toContainText(`0 of ${total} meetings match`);
      await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(1);
      await empty.getByRole('button', { name: 'Clear filters' }).click();
      await expect(page).toHaveURL('/');
      await expect(empty).toHaveCount(0);
      await expect(currentFilters(page)).toContainText(`All ${total} meetings`);
      await expect(listRows(page)).toHaveCount(total);
    });

    test('the About section gives the dataset’s version, date of update and licence, and cites it', async ({
      page,
    }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'About', exact: true }).click();
      const about = page.getByRole('region', { name: 'About this explorer' });
      await expect(about.getByRole('heading', { name: 'About this explorer' })).toBeInViewport();
      await expect(about.locator('dt:has-text("Version") + dd')).toHaveText(
        `${data.version}, last updated ${formatDay(data.updated, 'en-GB')}`,
      );
      await expect(about.locator('dt:has-text("Licence") + dd')).toContainText(
        `${data.license?.title} (${data.license?.name})`,
      );
      await about.getByRole('button', { name: 'Cite this dataset' }).click();
      const citation = about.getByRole('textbox', { name: 'Citation in APA' });
      await expect(citation).toHaveValue(
        `Hanoi Convention cooperation explorer. (${data.updated.slice(0, 4)}). ${data.title} (Version ${data.version}) [Data set]. ${new URL('/', page.url()).href}`,
      );
      await about.getByRole('radio', { name: 'BibTeX' }).check();
      await expect(about.getByRole('textbox', { name: 'Citation in BibTeX' })).toHaveValue(
        /^@misc\{hanoi-convention-dataset-\d{4},\n {2}author = \{\{Hanoi Convention cooperation explorer\}\}/,
      );
      await expect(about).toContainText('adopted it on 24 December 2024');
    });

    test('axe finds no violations on the home page', async ({ axePage: page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await expect(currentFilters(page)).toContainText(`All ${total} meetings`);
      await expectNoAxeViolations(page);
    });

    test('axe finds no violations when nothing matches', async ({ axePage: page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?q=zzzz');
      await expect(
        page.getByRole('region', { name: 'Nothing matches these filters' }),
      ).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 1000 } });

  test('the live count follows a filter set far down the page, in sight', async ({ page }) => {
    await page.goto('/');
    const count = currentFilters(page).locator('[aria-live="polite"]');
    await expect(count).toHaveText(`All ${total} meetings`);
    await page.getByRole('heading', { name: 'Topics and activity' }).scrollIntoViewIfNeeded();
    await page.getByTestId('topic-chart').locator(`[data-topic="${topic.id}"]`).click();
    await expect(page).toHaveURL(`/?topic=${topic.id}`);
    await expect(count).toHaveText(`${topicCount} of ${total} meetings match`);
    // The bar stays at the top while the views scroll by, so the change is seen there.
    await expect(count).toBeInViewport();
    await expect(
      currentFilters(page).getByRole('button', { name: `Remove filter Topic: ${topic.label}` }),
    ).toBeInViewport();
  });

  test('dates are typed and shown as the rest of the page writes them', async ({ page }) => {
    const day = prepared.meetings[Math.floor(total / 2)]!.date;
    await page.goto('/');
    await page.locator('summary', { hasText: 'Dates' }).click();
    const from = page.getByLabel('From', { exact: true });
    await from.fill(formatDay(day, 'en-GB').replace(/^\w+, /, ''));
    await from.press('Enter');
    await expect(page).toHaveURL(`/?from=${day}`);
    await expect(from).toHaveValue(formatDay(day, 'en-GB'));
    await expect(
      currentFilters(page).getByRole('button', {
        name: `Remove filter From ${formatDay(day, 'en-GB')}`,
      }),
    ).toBeVisible();
  });
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first screen shows meetings, and Filters opens the filters', async ({ page }) => {
    await page.goto('/');
    // Data on the first screen, without scrolling: meetings on the timeline (its
    // still picture until the reader scrolls to it).
    await expect(page.locator('.timeline-preview .item.meeting').first()).toBeInViewport();
    await expect(page.getByRole('region', { name: 'Filters', exact: true })).toHaveCount(0);
    const button = page.getByRole('button', { name: 'Filters', exact: true });
    await expect(button).toBeInViewport();
    await button.click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await expect(sheet).toBeVisible();
    await sheet.locator('summary', { hasText: 'Topics' }).click();
    await sheet.getByRole('checkbox', { name: new RegExp(`^${topic.label},`) }).check();
    await expect(page).toHaveURL(`/?topic=${topic.id}`);
    await expect(sheet.getByRole('button', { name: `Show ${topicCount} meetings` })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    const after = page.getByRole('button', { name: 'Filters (1)' });
    await expect(after).toBeFocused();
    await expect(
      currentFilters(page).getByRole('button', { name: `Remove filter Topic: ${topic.label}` }),
    ).toBeInViewport();
    await expect(currentFilters(page)).toContainText(`${topicCount} of ${total} meetings match`);
  });

  test('axe finds no violations with the filter sheet open', async ({ axePage: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/?topic=${topic.id}`);
    await page.getByRole('button', { name: 'Filters (1)' }).click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    for (const summary of await sheet.locator('summary').all()) await summary.click();
    await expectNoAxeViolations(page);
  });
});
