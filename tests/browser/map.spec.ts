import AxeBuilder from '@axe-core/playwright';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { applyFilters } from '../../src/data/selectors.ts';
import {
  clickShape,
  expect,
  FIXTURE_URL,
  listRows,
  scrollToView,
  shippedDataset,
  test,
} from './fixtures.ts';

const prepared = prepareDataset(shippedDataset());
const countryCount = (code: string) =>
  applyFilters(prepared, EMPTY_FILTERS).facetCounts.country.get(code) ?? 0;
// The busiest partner country of whatever dataset is shipped.
const busiest = [...applyFilters(prepared, EMPTY_FILTERS).facetCounts.country].sort(
  (a, b) => b[1] - a[1],
)[0]!;
const countryLabel = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!;

test('clicking a country filters by it, clicking again clears it', async ({ page }) => {
  const [code, count] = busiest;
  await page.goto('/');
  await scrollToView(page, 'Partners on the map');
  const map = page.getByTestId('world-map');
  const country = map.getByRole('button', {
    name: `${countryLabel(code)}, ${count} ${count === 1 ? 'meeting' : 'meetings'}`,
  });
  await clickShape(country);
  await expect(page).toHaveURL(`/?country=${code}`);
  await expect(listRows(page)).toHaveCount(count);
  await expect(country).toHaveAttribute('aria-pressed', 'true');
  await clickShape(country);
  await expect(page).toHaveURL('/');
  await expect(listRows(page)).toHaveCount(prepared.meetings.length);
});

test('a country can be chosen with the keyboard alone', async ({ page }) => {
  const [code, count] = busiest;
  await page.goto('/');
  await scrollToView(page, 'Partners on the map');
  const map = page.getByTestId('world-map');
  await expect(map.getByRole('button').first()).toBeVisible();
  // Tab from the element before the map until the country has focus.
  await page.getByRole('heading', { name: 'Partners on the map' }).click();
  let focused = '';
  for (let i = 0; i < 200 && !focused.startsWith(`${countryLabel(code)},`); i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }
  expect(focused).toContain(countryLabel(code));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/?country=${code}`);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/');
  expect(count).toBeGreaterThan(0);
});

test('a tiny partner country (Singapore) is drawn as a marker with its count', async ({ page }) => {
  await page.goto(`${FIXTURE_URL}/`);
  await scrollToView(page, 'Partners on the map');
  const marker = page
    .getByTestId('world-map')
    .getByRole('button', { name: 'Singapore, 1 meeting' });
  await expect(marker).toBeVisible();
  expect(await marker.evaluate((el) => el.tagName)).toBe('circle');
  await marker.hover();
  await expect(page.locator('.map-tooltip')).toHaveText('Singapore, 1 meeting');
  await marker.click();
  await expect(page).toHaveURL(`${FIXTURE_URL}/?country=SG`);
  await expect(listRows(page)).toHaveCount(1);
});

test('organisations and companies beside the map filter by partner', async ({ page }) => {
  await page.goto(`${FIXTURE_URL}/`);
  await scrollToView(page, 'Partners on the map');
  const side = page.getByRole('list', { name: 'Organisations and companies' });
  await side.getByRole('button', { name: /UNODC/ }).click();
  await expect(page).toHaveURL(`${FIXTURE_URL}/?partner=unodc`);
  await expect(listRows(page)).toHaveCount(1);
  // Within one facet the choices are alternatives, so Kaspersky keeps its own count.
  await expect(side.getByRole('button', { name: /Kaspersky/ })).toContainText('1 meeting');
  await expect(side.getByRole('button', { name: /UNODC/ })).toHaveAttribute('aria-pressed', 'true');
});

test('the map shades countries with every filter but the country filter', async ({ page }) => {
  const [code] = busiest;
  const others = [...applyFilters(prepared, EMPTY_FILTERS).facetCounts.country.keys()].filter(
    (c) => c !== code,
  );
  // The shipped dataset has many partner countries; a test that found none would prove nothing.
  expect(others.length).toBeGreaterThan(0);
  const other = others[0]!;
  await page.goto(`/?country=${code}`);
  await scrollToView(page, 'Partners on the map');
  const map = page.getByTestId('world-map');
  const n = countryCount(other);
  // Another country keeps its own count, and its shading, while this one is chosen.
  const otherShape = map.getByRole('button', {
    name: `${countryLabel(other)}, ${n} ${n === 1 ? 'meeting' : 'meetings'}`,
  });
  await expect(otherShape).toBeVisible();
  const fill = (locator: typeof otherShape) => locator.evaluate((el) => getComputedStyle(el).fill);
  // A country with no meeting at all: Greenland is drawn on every world map and never a partner here.
  const empty = map.locator('[data-code="GL"]');
  expect(countryCount('GL')).toBe(0);
  const emptyFill = await fill(empty);
  expect(await fill(otherShape)).not.toBe(emptyFill);
  expect(await fill(map.getByRole('button', { pressed: true }).first())).not.toBe(emptyFill);
  await expect(otherShape).toHaveAttribute('aria-pressed', 'false');
});

test('axe finds no violations on the map', async ({ axePage: page }) => {
  await page.goto(`/?country=${busiest[0]}`);
  await scrollToView(page, 'Partners on the map');
  await expect(page.getByTestId('world-map').getByRole('button').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.map-card').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
