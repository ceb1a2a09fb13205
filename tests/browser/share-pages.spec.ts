/**
 * Links people share: every meeting's own static page (cold loads, link-preview
 * tags, the page title) and a build served under a sub-path.
 */
import { prepareDataset } from '../../src/data/prepare.ts';
import { expect, listRows, SUB_URL, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const prepared = prepareDataset(data);

test('every meeting link opens its meeting on a cold load', async ({ page }) => {
  test.setTimeout(120_000);
  for (const meeting of prepared.meetings) {
    await page.goto(`/meetings/${meeting.id}/`);
    await expect(
      page.getByRole('heading', { level: 2, name: meeting.title, exact: true }),
    ).toBeVisible();
  }
});

test('each share page carries its meeting in <title>, description, og:title and canonical', async ({
  request,
}) => {
  for (const meeting of prepared.meetings) {
    const html = await (await request.get(`/meetings/${meeting.id}/`)).text();
    const escaped = meeting.title
      .replaceAll('&', '&amp;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&#39;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;');
    expect(html).toContain(`<title>${escaped} — `);
    expect(html).toContain(`<meta property="og:title" content="${escaped}" />`);
    expect(html).toContain(`<meta property="og:type" content="article" />`);
    expect(html).toContain(`<link rel="canonical" href="/meetings/${meeting.id}/" />`);
    expect(html).toMatch(/<meta name="description" content="[^"]+" \/>/);
    expect(html.match(/<title>/g)).toHaveLength(1);
  }
});

/** A PNG's size, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('each share page’s og:image exists and is a PNG of the declared size', async ({ request }) => {
  const pages = [
    '/',
    '/convention/',
    ...prepared.meetings.map((meeting) => `/meetings/${meeting.id}/`),
  ];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const meta = (name: string) =>
      new RegExp(`<meta (?:property|name)="${name}" content="([^"]+)" />`).exec(html)?.[1];
    const image = meta('og:image');
    expect(image, path).toBeTruthy();
    expect(meta('twitter:card'), path).toBe('summary_large_image');
    expect(meta('og:image:alt'), path).toBeTruthy();
    const response = await request.get(image as string);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body()), image).toEqual({
      width: Number(meta('og:image:width')),
      height: Number(meta('og:image:height')),
    });
  }
});

test('the page title follows the open meeting', async ({ page }) => {
  const meeting = prepared.meetings[1]!;
  await page.goto(`/meetings/${meeting.id}`);
  await expect(page).toHaveTitle(`${meeting.title} — ${data.title}`);
  // The share page's static <title> matches before the app has booted; wait
  // for the app to focus the meeting heading before talking to it.
  await expect(
    page.getByRole('heading', { level: 2, name: meeting.title, exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).toHaveTitle(data.title);
});

test('the build works under a sub-path (BASE_PATH=/explorer/)', async ({ page }) => {
  const meeting = prepared.meetings[2]!;
  await page.goto(`${SUB_URL}/meetings/${meeting.id}`);
  await expect(
    page.getByRole('heading', { level: 2, name: meeting.title, exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: /Close/ }).click();
  await expect(page).toHaveURL(`${SUB_URL}/`);
  await expect(listRows(page)).toHaveCount(data.meetings.length);
  const link = listRows(page).first().getByRole('link');
  expect(await link.getAttribute('href')).toMatch(/^\/explorer\/meetings\//);
});
