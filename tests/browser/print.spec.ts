import { expect, listRows, meetingIdsWithCountry, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const meeting = data.meetings.reduce((a, b) => (b.sources.length > a.sources.length ? b : a));
const polandCount = meetingIdsWithCountry(data, 'PL').length;

for (const [width, height] of [
  [1440, 1000],
  [390, 844],
] as const) {
  test.describe(`on paper, printed from ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('a meeting prints alone, without controls, its sources written out as addresses', async ({
      page,
    }) => {
      await page.goto(`/meetings/${meeting.id}`);
      const view = page.getByRole('complementary');
      await expect(view.getByRole('heading', { level: 2, name: meeting.title })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(view.getByRole('heading', { level: 2, name: meeting.title })).toBeVisible();
      await expect(view.getByRole('button', { name: /Close/ })).toBeHidden();
      await expect(view.getByRole('button', { name: 'Cite this meeting' })).toBeHidden();
      await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
      await expect(page.getByRole('region', { name: 'Meetings' })).toBeHidden();
      for (const source of meeting.sources)
        await expect(view.getByText(source.url, { exact: true })).toBeVisible();
      // Nothing on the page that a click would need.
      const visibleButtons = await page
        .getByRole('button')
        .evaluateAll((buttons) => buttons.filter((b) => b.getClientRects().length > 0).length);
      expect(visibleButtons).toBe(0);

      await page.emulateMedia({ media: 'screen' });
      await expect(view.getByText(meeting.sources[0]?.url ?? '', { exact: true })).toBeHidden();
    });

    test('the filtered list prints as a table with every column, the filters in words', async ({
      page,
    }) => {
      await page.goto('/?country=PL');
      await expect(listRows(page)).toHaveCount(polandCount);
      await page.emulateMedia({ media: 'print' });
      await expect(listRows(page)).toHaveCount(polandCount);
      const table = page.getByRole('table', { name: /Meetings in date order/ });
      await expect(table.getByRole('columnheader', { name: 'Partners' })).toBeVisible();
      await expect(table.getByRole('columnheader', { name: 'Format' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Current filters' })).toContainText(
        'Country: Poland',
      );
      for (const name of ['Timeline', 'Partners on the map', 'Topics and activity'])
        await expect(page.getByRole('region', { name, exact: true })).toBeHidden();
      const visibleButtons = await page
        .getByRole('button')
        .evaluateAll(
          (buttons) =>
            buttons.filter((b) => b.getClientRects().length > 0 && !b.classList.contains('chip'))
              .length,
        );
      expect(visibleButtons).toBe(0);
    });
  });
}
