/**
 * The explorer in two languages (English at /, Vietnamese under /vi/) and two
 * themes, on the production build served by a plain static file server.
 */
import type { Page } from '@playwright/test';
import { sourceCatalogue } from '../../scripts/vite/messages-plugin.ts';
import { localText } from '../../src/data/localize.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { EN, VI } from '../helpers.ts';
import {
  expect,
  FIXTURE_URL,
  listRows,
  meetingIdsWithCountry,
  shippedDataset,
  test,
} from './fixtures.ts';

const data = shippedDataset();
const prepared = prepareDataset(data);
const polandIds = meetingIdsWithCountry(data, 'PL');
const polish = prepared.meetings.find((m) => m.id === polandIds[0]);
if (!polish) throw new Error('the shipped data has a meeting with Poland');
const viTitle = localText(polish, 'title', 'vi').text;
const viDatasetTitle = localText(data, 'title', 'vi').text;

/** Ids of the meetings the list shows, from their links. */
async function listedIds(page: Page): Promise<string[]> {
  const hrefs = await listRows(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => /meetings\/([^/?]+)/.exec(href)?.[1] ?? href).sort();
}

test('/vi/ shows the Vietnamese interface: lang, headings, dates', async ({ page }) => {
  await page.goto('/vi/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(viDatasetTitle);
  for (const key of [
    'timeline.title',
    'map.title',
    'charts.title',
    'meeting-list.title',
  ] as const) {
    await expect(page.getByRole('heading', { name: VI.t(key), exact: true })).toBeAttached();
  }
  // The header's span of days, written the Vietnamese way ("21 thg 10, 2025 – …").
  await expect(page.locator('.summary').first()).toContainText(/\d+ thg \d+, \d{4}/);
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('hreflang', 'en');
  // A meeting's own date, long: "Thứ Hai, 27 tháng 10, 2025".
  await page.goto(`/vi/meetings/${polish.id}`);
  await expect(page.getByRole('complementary')).toContainText(/Thứ \p{L}+, \d+ tháng \d+, \d{4}/u);
});

test('switching language keeps the filters and the open meeting, both ways', async ({ page }) => {
  await page.goto(`/meetings/${polish.id}?country=PL`);
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(polish.title);
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(new RegExp(`/vi/meetings/${polish.id}\\?country=PL$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(viTitle);
  await expect(page.getByRole('button', { name: /Ba Lan/ }).first()).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${polish.id}\\?country=PL$`));
  await expect(page).not.toHaveURL(/\/vi\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(polish.title);
});

test('/vi/meetings/<id> opens cold with the Vietnamese title in <title> and og:title', async ({
  page,
  request,
}) => {
  const html = await (await request.get(`/vi/meetings/${polish.id}/`)).text();
  const escaped = viTitle.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  expect(html).toContain('<html lang="vi"');
  expect(html).toContain(`<title>${escaped} — `);
  expect(html).toContain(`<meta property="og:title" content="${escaped}" />`);
  expect(html).toMatch(
    new RegExp(`<link rel="alternate" hreflang="en" href="[^"]*/meetings/${polish.id}/" />`),
  );
  expect(html).toMatch(
    new RegExp(`<link rel="alternate" hreflang="vi" href="[^"]*/vi/meetings/${polish.id}/" />`),
  );
  // The English page names its Vietnamese twin too.
  const english = await (await request.get(`/meetings/${polish.id}/`)).text();
  expect(english).toContain(`hreflang="vi" href="/vi/meetings/${polish.id}/"`);

  for (const path of [`/vi/meetings/${polish.id}`, `/vi/meetings/${polish.id}/`]) {
    await page.goto(path);
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      viTitle,
    );
    await expect(page).toHaveTitle(
      new RegExp(`^${viTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  }
});

test('search finds Poland’s meetings from "ba lan" or "Poland" in either language', async ({
  page,
}) => {
  for (const prefix of ['', '/vi']) {
    for (const q of ['ba lan', 'Poland', 'BA LAN']) {
      await page.goto(`${prefix}/?q=${encodeURIComponent(q)}`);
      await expect.poll(() => listedIds(page), `${prefix}/?q=${q}`).toEqual(polandIds);
    }
  }
});

/**
 * Every English interface message of two words or more, as written (no
 * placeholders), with a word in lower case (names such as "New York" may
 * rightly show in Vietnamese text): none may show on a Vietnamese page.
 */
const englishMessages = (() => {
  const en = sourceCatalogue(process.cwd(), 'en');
  const vi = sourceCatalogue(process.cwd(), 'vi');
  return Object.entries(en)
    .filter(([key, message]) => !/[{<]/.test(message) && message !== vi[key])
    .map(([, message]) => message.trim())
    .filter((message) => /\p{L}+\s+\p{L}+/u.test(message) && /(^|\s)\p{Ll}/u.test(message));
})();

test('a Vietnamese page shows no interface string in English', async ({ page }) => {
  test.setTimeout(60_000);
  expect(englishMessages.length).toBeGreaterThan(100);
  const pages = [`/vi/meetings/${polish.id}?country=PL`, '/vi/convention', '/vi/?q=zzzz'];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // Draw every view: they mount as they scroll into sight.
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, 900);
      await page.waitForTimeout(50);
    }
    await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
    const shown = await page.evaluate(() => {
      const words = [document.body.innerText, document.title];
      for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
        for (const name of ['aria-label', 'title', 'placeholder'])
          words.push(element.getAttribute(name) ?? '');
      }
      return words.join('\n');
    });
    const left = englishMessages.filter((message) => shown.includes(message));
    expect(left, path).toEqual([]);
  }
});

test('a broken catalogue file gives a clear message in both languages, not a blank page', async ({
  page,
  consoleErrors,
}) => {
  await page.route(/messages-vi-.*\.json$/, (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('/vi/');
  await expect(page.getByRole('alert')).toContainText('Không tải được');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await page.unroute(/messages-vi-.*\.json$/);
  await page.getByRole('button', { name: /Thử lại/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(viDatasetTitle);
  // The failed requests themselves are logged by the browser; nothing else may be.
  consoleErrors.splice(
    0,
    consoleErrors.length,
    ...consoleErrors.filter((e) => !/Failed to load resource/.test(e)),
  );
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  /** The page's own background: the body's, or the root's behind a transparent body. */
  const background = (page: Page) =>
    page.evaluate(() => {
      const body = getComputedStyle(document.body).backgroundColor;
      return body === 'rgba(0, 0, 0, 0)'
        ? getComputedStyle(document.documentElement).backgroundColor
        : body;
    });
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };

  test('follows the system, and the choice is remembered over it', async ({ page }) => {
    await page.goto('/');
    expect(luminance(await background(page))).toBeLessThan(0.25);
    const theme = page.getByRole('combobox', { name: EN.t('theme.label') });
    await theme.selectOption({ label: EN.t('theme.light') });
    expect(luminance(await background(page))).toBeGreaterThan(0.75);
    // Set before the first paint: already there when the HTML has been read.
    await page.goto('/vi/', { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await expect(page.getByRole('combobox', { name: VI.t('theme.label') })).toHaveValue('light');
    await page.getByRole('combobox', { name: VI.t('theme.label') }).selectOption('system');
    expect(luminance(await background(page))).toBeLessThan(0.25);
  });
});

test('a dataset without translations works in Vietnamese: its English marked, the interface translated', async ({
  page,
}) => {
  await page.goto(`${FIXTURE_URL}/vi/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toContainText('Test fixture meetings');
  await expect(title.locator('[lang="en"]')).toHaveText('Test fixture meetings');
  await expect(title.locator('.untranslated')).toHaveText('EN');
  await expect(
    page.getByRole('heading', { name: VI.t('meeting-list.title'), exact: true }),
  ).toBeVisible();
  await expect(listRows(page)).toHaveCount(3);
});
