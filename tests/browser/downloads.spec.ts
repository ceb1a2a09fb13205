import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, meetingIdsWithCountry, scrollToView, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const polandIds = meetingIdsWithCountry(data, 'PL');

async function save(page: Page, menu: string, item: string | RegExp): Promise<Download> {
  await page.getByRole('button', { name: menu }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return download;
}

const read = async (download: Download) => readFileSync((await download.path()) as string);

test('with ?country=PL the CSV holds exactly the Poland meetings, with diacritics intact', async ({
  page,
}) => {
  await page.goto('/?country=PL');
  await expect(
    page
      .getByRole('region', { name: 'Current filters' })
      .getByText(`${polandIds.length} of ${data.meetings.length} meetings match`),
  ).toBeVisible();
  const download = await save(
    page,
    'Download data: the matching meetings',
    /as a spreadsheet \(CSV\)/,
  );
  expect(download.suggestedFilename()).toBe(
    `meetings_country-pl_${data.updated}_v${data.version}.csv`,
  );
  const bytes = await read(download);
  // UTF-8 with a byte order mark, so spreadsheets read it as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]?.startsWith('id,date,date_certainty,part_of_day,title,')).toBe(true);
  // Every row starts with its meeting id; a cell holding a line break is quoted, so ids are
  // read at the start of a line that starts a row.
  const ids = lines
    .slice(1)
    .flatMap((line) => /^(\d{4}-\d{2}-\d{2}-[a-z0-9-]+),\d{4}-/.exec(line)?.[1] ?? []);
  expect(ids.sort()).toEqual(polandIds);
  expect(text).toContain('Lương Tam Quang');
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved meetings_country-pl' }),
  ).toBeVisible();
});

test('the JSON download is a dataset of the matching meetings', async ({ page }) => {
  await page.goto('/?country=PL');
  const download = await save(page, 'Download data: the matching meetings', /as data \(JSON\)/);
  const json = JSON.parse((await read(download)).toString('utf8')) as typeof data;
  expect(json.schemaVersion).toBe(1);
  expect(json.meetings.map((m) => m.id).sort()).toEqual(polandIds);
});

test('the topic chart downloads as an SVG with the filters, the source line and the link', async ({
  page,
}) => {
  await page.goto('/?country=PL');
  await scrollToView(page, 'Topics and activity');
  await expect(page.getByTestId('topic-chart').locator('svg').first()).toBeVisible();
  const download = await save(
    page,
    'Save image of the chart “Meetings per topic”',
    'Picture (SVG)',
  );
  expect(download.suggestedFilename()).toBe(
    `meetings-per-topic_country-pl_${data.updated}_v${data.version}.svg`,
  );
  const svg = (await read(download)).toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('Filters: Country: Poland');
  expect(svg).toContain('Source: Hanoi Convention cooperation explorer, data version');
  expect(svg).toContain('Licence: Creative Commons Attribution 4.0 International');
  expect(svg).toContain('/?country=PL');
  // The legend's words come along, and the bars keep their colour without the page's styles.
  expect(svg).toContain('Meetings with the topic');
  expect(svg).not.toContain('var(--');
});

test('the map downloads as a PNG twice the size on screen, which decodes', async ({ page }) => {
  await page.goto('/?country=PL');
  await scrollToView(page, 'Partners on the map');
  await expect(page.getByTestId('world-map')).toBeVisible();
  const download = await save(page, 'Save image of the map', 'Picture (PNG, for print)');
  expect(download.suggestedFilename()).toBe(
    `map-of-meetings_country-pl_${data.updated}_v${data.version}.png`,
  );
  const png = await read(download);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const size = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, png.toString('base64'));
  const mapWidth = await page
    .getByTestId('world-map')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(size.width).toBeGreaterThanOrEqual(Math.round(mapWidth) * 2);
  expect(size.height).toBeGreaterThan(200);
});

test('the download menu works from the keyboard and closes with Escape', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Download data: the matching meetings' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /as a spreadsheet \(CSV\)/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
});

test('a meeting is cited with its title, day and its own page', async ({ page }) => {
  const meeting = data.meetings.find((m) => m.title.includes('Poland')) ?? data.meetings[0];
  if (!meeting) throw new Error('no meeting');
  await page.goto(`/meetings/${meeting.id}`);
  const view = page.getByRole('complementary');
  await view.getByRole('button', { name: 'Cite this meeting' }).click();
  const apa = view.getByRole('textbox', { name: 'Citation in APA' });
  await expect(apa).toHaveValue(
    new RegExp(`${meeting.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[Meeting record, `),
  );
  await expect(apa).toHaveValue(new RegExp(`/meetings/${meeting.id}/$`));
  await view.getByRole('radio', { name: 'CSL-JSON' }).check();
  const csl = JSON.parse(
    await view.getByRole('textbox', { name: 'Citation in CSL-JSON' }).inputValue(),
  );
  expect(csl[0]).toMatchObject({ type: 'dataset', title: meeting.title, version: data.version });
});
