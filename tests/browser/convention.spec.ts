import { conventionCounts, standingLookup } from '../../src/data/convention.ts';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { countryName } from '../../src/data/localize.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { applyFilters } from '../../src/data/selectors.ts';
import { expect, listRows, scrollToView, shippedDataset, test } from './fixtures.ts';

const data = shippedDataset();
const prepared = prepareDataset(data);
const convention = data.convention!;
const standing = standingLookup(convention);
const counts = conventionCounts(convention);
const matching = (status: string[]) =>
  applyFilters(prepared, { ...EMPTY_FILTERS, status }).meetings.length;
const matchingCountry = (code: string) =>
  applyFilters(prepared, { ...EMPTY_FILTERS, country: [code] }).meetings.length;

test('the map switches to the convention status layer and back, through the URL', async ({
  page,
}) => {
  await page.goto('/');
  await scrollToView(page, 'Partners on the map');
  const map = page.getByTestId('world-map');
  await expect(map.getByRole('button').first()).toBeVisible();
  const layers = page.getByRole('group', { name: 'Shade the map by' });
  await layers.getByRole('button', { name: 'Convention status' }).click();
  await expect(page).toHaveURL(/\?map=status$/);
  await expect(layers.getByRole('button', { name: 'Convention status' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Poland signed in Hanoi: its button says so, and it is drawn in that status's colour.
  expect(standing('PL').status).toBe('signed-hanoi');
  const poland = map.getByRole('button', { name: new RegExp(`^${countryName('PL', 'en')}, `) });
  await expect(poland).toHaveAccessibleName(/Signed in Hanoi/);
  await expect(poland).toHaveClass(/status-signed-hanoi/);

  // Viet Nam's ratification is only reported: hatched, and its title says so.
  expect(standing('VN').status).toBe('ratification-reported');
  const vietNam = map.locator('path[data-code="VN"]');
  await expect(vietNam).toHaveClass(/status-ratification-reported/);
  await expect(vietNam).toHaveClass(/\breported\b/);
  await expect(vietNam.locator('title')).toHaveText(/Ratification reported.*not in the UN record/);

  const legend = page.getByRole('list', { name: 'Map legend' });
  await expect(legend).toContainText('Ratification deposited');
  await expect(legend).toContainText('No signature known');
  await expect(
    page.getByText(
      `${counts.identifiedSignatories} of the ${counts.statedSignatories} signatories`,
    ),
  ).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(poland).not.toHaveAccessibleName(/Signed in Hanoi/);
  await expect(poland).toHaveClass(/meetings-\d/);
});

test('?status= filters meetings by their partners’ standing and round-trips through the URL', async ({
  page,
}) => {
  const ratified = matching(['ratified']);
  const both = matching(['ratified', 'signed']);
  expect(ratified).toBeGreaterThan(0);
  await page.goto('/?status=ratified');
  await expect(listRows(page)).toHaveCount(ratified);
  await expect(page.getByRole('button', { name: /Convention: Ratified/ })).toBeVisible();

  await page.locator('summary', { hasText: 'Partners and the convention' }).click();
  await page.getByRole('checkbox', { name: /Signed, not ratified/ }).check();
  await expect(page).toHaveURL(/\?status=ratified,signed$/);
  await expect(listRows(page)).toHaveCount(both);
  await page.reload();
  await expect(listRows(page)).toHaveCount(both);
});

test('a meeting names each partner state’s standing; the header counts toward entry into force', async ({
  page,
}) => {
  const meeting = prepared.meetings.find((m) => m.partners.includes('poland'))!;
  await page.goto(`/meetings/${meeting.id}`);
  const panel = page.getByRole('complementary', { name: /./ });
  await expect(panel.getByText(/Signed in Hanoi/).first()).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(
    `${counts.ratificationsDeposited} of the ${counts.ratificationsNeeded} ratifications it needs to enter into force`,
  );
  await expect(page.getByRole('region', { name: 'About this explorer' })).toContainText(
    `deposited of the ${counts.ratificationsNeeded} needed`,
  );
});

test('a dataset without a convention part offers neither the layer nor the filter', async ({
  page,
  consoleErrors,
}) => {
  await page.route('**/data/meetings.json', (route) =>
    route.fulfill({ json: { ...data, convention: undefined } }),
  );
  await page.goto('/?map=status&status=ratified');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('Who signed, who ratified');
  // Nothing has a standing, so the link's status filter matches nothing; it says so and can be cleared.
  await expect(page.getByText('No meetings match').first()).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(listRows(page)).toHaveCount(prepared.meetings.length);
  await scrollToView(page, 'Partners on the map');
  await expect(page.getByTestId('world-map').getByRole('button').first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Shade the map by' })).toHaveCount(0);
  await expect(page.locator('summary', { hasText: 'Partners and the convention' })).toHaveCount(0);
  // ?map=status asked for a layer this dataset cannot draw: the map shows meetings.
  await expect(page.getByRole('list', { name: 'Map legend' })).toContainText('meeting');
  expect(consoleErrors).toEqual([]);
});

test('the timeline has a milestones lane; zooming out reaches the road back to 2019', async ({
  page,
}) => {
  const dated = convention.milestones.filter((m) => m.date);
  const first = dated.map((m) => m.date!).sort()[0]!;
  await page.goto('/');
  const timeline = page.getByTestId('timeline');
  await timeline.scrollIntoViewIfNeeded();
  await expect(timeline.locator('.vis-item.meeting').first()).toBeVisible();
  await expect(timeline.getByText(`Convention milestones (${dated.length})`)).toBeVisible();
  // The default view stays on the meetings.
  const start = () => timeline.getAttribute('data-window-start');
  expect((await start())?.slice(0, 4)).toBe(prepared.meetings[0]!.date.slice(0, 4));

  const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
  await expect(async () => {
    await zoomOut.click();
    expect((await start()) ?? '').toMatch(/^\d{4}/);
    expect((await start())! < first).toBe(true);
  }).toPass();
  // Every dated milestone, 2019 included, is drawn in the window.
  await expect(timeline.locator('.vis-item.milestone')).toHaveCount(dated.length);
  // Zoomed out this far a day is a sliver: each row is one strip of marks,
  // not a tower of a day's meetings stacked.
  await expect(async () => {
    for (const label of await timeline.locator('.vis-labelset .vis-label').all()) {
      expect((await label.boundingBox())!.height).toBeLessThan(60);
    }
  }).toPass();
});

test('/convention opens cold on a plain static server with its own title, and sorts its tables', async ({
  page,
  request,
  consoleErrors,
}) => {
  const title = 'The convention: signatures, ratifications and milestones';
  const html = await (await request.get('/convention/')).text();
  expect(html).toContain(`<meta property="og:title" content="${title}" />`);
  expect(html).toContain(`<title>${title} — ${data.title}</title>`);

  await page.goto('/convention?country=PL');
  await expect(page).toHaveTitle(`${title} — ${data.title}`);
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(
    page.getByText(`this dataset identifies ${counts.identifiedSignatories} of them`),
  ).toBeVisible();

  const participants = page.getByRole('table', { name: /^Participants/ });
  const rows = participants.locator('tbody tr');
  await expect(rows).toHaveCount(convention.participants.length);
  const names = [...convention.participants.map((p) => p.name)].sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
  await expect(rows.first().getByRole('rowheader')).toContainText(names[0]!);
  const byName = participants.getByRole('columnheader', { name: /Participant/ });
  await expect(byName).toHaveAttribute('aria-sort', 'ascending');
  await byName.getByRole('button').click();
  await expect(byName).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first().getByRole('rowheader')).toContainText(names.at(-1)!);
  // Each row's facts carry their sources, and a reported fact says it is only reported.
  await expect(rows.first().getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  await expect(participants.getByText(/reported .*not in the UN record/).first()).toBeVisible();

  const milestones = page.getByRole('table', { name: /^Milestones/ });
  await expect(milestones.locator('tbody tr')).toHaveCount(convention.milestones.length);
  await expect(milestones.locator('tbody tr').first()).toContainText('2019');

  // Back to the meetings, with the filters the link carried.
  await page.getByRole('link', { name: '← All meetings' }).click();
  await expect(page).toHaveURL(/\/\?country=PL$/);
  await expect(listRows(page)).toHaveCount(matchingCountry('PL'));
  expect(consoleErrors).toEqual([]);
});

test('the header links to the convention page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Who signed, who ratified' }).click();
  await expect(page).toHaveURL(/\/convention$/);
  await expect(page.getByRole('table', { name: /^Participants/ })).toBeVisible();
});
