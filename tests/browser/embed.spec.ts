import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, listRows, meetingIdsWithCountry, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const polandCount = meetingIdsWithCountry(data, 'PL').length;

/** Another origin (another port) whose page holds the explorer in an iframe. */
let host: Server;
let hostUrl = '';
test.beforeAll(async ({ baseURL }) => {
  host = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><title>A newsroom page</title>
      <h1>Our story</h1>
      <iframe src="${baseURL}/?country=PL&embed=1" title="Meetings with Poland" width="1000" height="900" style="border:0"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Opens the host page and returns the explorer's frame in it. */
async function openEmbed(page: Page) {
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.goto(hostUrl);
  return page.frameLocator('iframe[title="Meetings with Poland"]');
}

test('the embed renders inside a page of another origin, its filters applied, with minimal chrome', async ({
  page,
  baseURL,
}) => {
  const frame = await openEmbed(page);
  await expect(frame.getByRole('heading', { level: 1, name: data.title })).toBeVisible();
  await expect(
    frame
      .getByRole('region', { name: 'Current filters' })
      .getByText(`${polandCount} of ${data.meetings.length} meetings match`),
  ).toBeVisible();
  await expect(listRows(frame)).toHaveCount(polandCount);
  // No search box, share or download menus, filter controls or About section.
  await expect(frame.getByRole('searchbox')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: /Share view/ })).toHaveCount(0);
  await expect(frame.getByRole('region', { name: 'Filters', exact: true })).toHaveCount(0);
  await expect(frame.getByRole('region', { name: 'About this explorer' })).toHaveCount(0);

  const out = frame.getByRole('link', { name: /Open in the explorer/ });
  await expect(out).toHaveAttribute('href', `${baseURL}/?country=PL`);
  await expect(out).toHaveAttribute('target', '_blank');
});

test('deep links inside the embed still work: a meeting opens in the frame, and leads out with it', async ({
  page,
  baseURL,
}) => {
  const frame = await openEmbed(page);
  const row = listRows(frame).first().getByRole('link');
  const title = (await row.textContent())?.trim() ?? '';
  await row.click();
  await expect(frame.getByRole('heading', { level: 2, name: title })).toBeVisible();
  const inner = page.frames().find((f) => f.url().startsWith(baseURL ?? ''));
  expect(inner?.url()).toMatch(/\/meetings\/[a-z0-9-]+\?country=PL&embed=1$/);
  await expect(frame.getByRole('link', { name: /Open in the explorer/ })).toHaveAttribute(
    'href',
    new RegExp(`^${baseURL}/meetings/[a-z0-9-]+\\?country=PL$`),
  );
  // The page around it did not move.
  expect(page.url()).toBe(hostUrl);
});

test('the share menu gives the link and a ready <iframe> for the view', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?country=PL&topic=cybercrime');
  await page.getByRole('button', { name: 'Share view' }).click();
  const snippet = page.getByRole('textbox', { name: 'Embed this view in a page' });
  await expect(snippet).toHaveValue(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?country=PL&amp;topic=cybercrime&amp;embed=1" title="[^"]+" width="100%" height="720"/,
  );
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByText('Code copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await snippet.inputValue(),
  );
  await page.keyboard.press('Escape');
  await expect(snippet).toBeHidden();
});

test('"Open in the explorer" stays on this site whatever the path', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  // A path that would read as another host if it were joined onto the origin as text.
  await page.goto(`${baseURL}//evil.example/?embed=1`);
  const out = page.getByRole('link', { name: /Open in the explorer/ });
  await expect(out).toBeVisible();
  expect(new URL((await out.getAttribute('href')) ?? '').origin).toBe(
    new URL(baseURL ?? '').origin,
  );
  // The static server answers the unknown path with 404.html, which Chromium logs.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/404/.test(e)));
});
