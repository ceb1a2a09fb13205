/**
 * What a visitor can rely on whatever link they follow: security headers and a
 * Content-Security-Policy the app keeps to, every URL landing somewhere
 * sensible, and progress shown while a large dataset loads.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { prepareDataset } from '../../src/data/prepare.ts';
import { expect, listRows, scrollToView, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const prepared = prepareDataset(data);

/** Records every CSP violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('every view works under the Content-Security-Policy, with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await scrollToView(page, /^Timeline$/);
  await expect(
    page.getByTestId('timeline').locator('.vis-item.meeting:visible').first(),
  ).toBeVisible();
  await scrollToView(page, 'Partners on the map');
  await expect(page.getByTestId('world-map')).toBeVisible();
  await scrollToView(page, 'Topics and activity');
  await expect(page.getByTestId('topic-chart')).toBeVisible();
  await page.getByTestId('topic-chart').locator('.recharts-bar-rectangle').first().hover();
  await listRows(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(await violations()).toEqual([]);

  // A share page and the not-found page carry the same policy.
  await page.goto(`/meetings/${prepared.meetings[0]!.id}/`);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await expect(
    page.getByRole('heading', { level: 2, name: prepared.meetings[0]!.title, exact: true }),
  ).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('/index.html and /meetings/ are the home page; /assets/ is not a file listing', async ({
  page,
  consoleErrors,
}) => {
  for (const path of ['/index.html', '/meetings/']) {
    await page.goto(path);
    await expect(listRows(page)).toHaveCount(data.meetings.length);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
  }
  await page.goto('/assets/');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('index.html', { exact: false })).toHaveCount(0);
  await page.goto('/404.html');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/404/.test(e)));
});

test('a very long search link opens, cut to what the search uses, with a notice', async ({
  page,
}) => {
  // About 20 KB once percent-encoded: more than the 16 KB Node allows by default.
  const query = 'Bộ trưởng Bộ Công an Lương Tam Quang tiếp Phó Thủ tướng Ba Lan '.repeat(120);
  const url = `/?q=${encodeURIComponent(query)}`;
  expect(url.length).toBeGreaterThan(16_384);
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Part of this link was ignored' })).toBeVisible();
  await expect(page.getByText(/is longer than 200 characters; it was cut/)).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search meetings' })).toHaveValue(
    query.slice(0, 200),
  );
});

test('a large dataset on a slow connection shows how far the download and preparation are', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { generateDataset } = await import('../../scripts/cli/generate-dataset.ts');
  const body = Buffer.from(JSON.stringify(generateDataset(100_000, 7)));
  // A server that sends the file slowly (about 16 MB/s), as a real connection would.
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
    let offset = 0;
    const send = () => {
      if (offset >= body.length) return res.end();
      res.write(body.subarray(offset, offset + 256 * 1024));
      offset += 256 * 1024;
      setTimeout(send, 15);
    };
    send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await page.route('**/data/meetings.json', (route) =>
      route.continue({ url: `http://127.0.0.1:${port}/meetings.json` }),
    );
    await page.goto('/');
    const download = page.getByRole('progressbar', { name: 'Downloading the meetings' });
    await expect(download).toBeVisible();
    await expect(download).toHaveAttribute('max', String(body.length));
    await expect
      .poll(async () => Number(await download.getAttribute('value')), { timeout: 20_000 })
      .toBeGreaterThan(body.length / 4);
    await expect(
      page.getByRole('status').filter({ hasText: 'Downloading the meetings…' }),
    ).toHaveCount(1);
    // After a few seconds a line says what is taking the time.
    await expect(page.getByText(/The data file is large or the connection is slow/)).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Preparing the meetings' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByText('100,000 meetings', { exact: true })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByRole('progressbar')).toHaveCount(0);
  } finally {
    server.close();
  }
});
