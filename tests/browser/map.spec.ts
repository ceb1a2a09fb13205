import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { countryName } from '../../src/data/localize.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import { applyFilters, hostCountry } from '../../src/data/selectors.ts';
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
const countryLabel = (code: string) => countryName(code, 'en');
const meetings = (n: number) => `${n} ${n === 1 ? 'meeting' : 'meetings'}`;
const WIDTHS = [
  { name: 'desktop', width: 1440, height: 1000 },
  { name: 'phone', width: 390, height: 844 },
] as const;
// The selected country of these tests, and another partner with as many meetings, if any:
// both drawn in the same shade, so only the selection can tell them apart.
const chosen = 'PL';
const partnerCountries = [...applyFilters(prepared, EMPTY_FILTERS).facetCounts.country].filter(
  ([code]) => code !== hostCountry(prepared),
);
const others = partnerCountries.filter(([c]) => c !== chosen).sort((a, b) => b[1] - a[1]);
const twin = (others.find(([, n]) => n === countryCount(chosen)) ?? others[0])!;

async function showMap(page: Page, url: string) {
  await page.goto(url);
  await scrollToView(page, 'Partners on the map');
  const map = page.getByTestId('world-map');
  await expect(map.getByRole('button').first()).toBeVisible();
  await map.scrollIntoViewIfNeeded();
  return map;
}

const countryButton = (map: Locator, code: string) =>
  map.getByRole('button', { name: new RegExp(`^${countryLabel(code)}, `) });

/** A point on the land of `shape` (not its bounding box, which for Russia is mostly sea), in page coordinates. */
async function pointOn(shape: Locator) {
  const point = await shape.evaluate((element) => {
    const path = element as SVGGeometryElement;
    const box = path.getBBox();
    const matrix = path.getScreenCTM();
    for (let row = 1; row < 20 && matrix; row++) {
      for (let col = 1; col < 40; col++) {
        const p = new DOMPoint(box.x + (box.width * col) / 40, box.y + (box.height * row) / 20);
        if (!path.isPointInFill(p)) continue;
        const screen = p.matrixTransform(matrix);
        if (document.elementFromPoint(screen.x, screen.y) === element)
          return { x: screen.x, y: screen.y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no visible point on the shape');
  return point;
}

const style = (locator: Locator) =>
  locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { fill: s.fill, opacity: Number(s.opacity), background: s.backgroundColor };
  });

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

test('the selected country is filled and outlined, and the other partners recede', async ({
  page,
}) => {
  const [other] = twin;
  let map = await showMap(page, '/');
  // Unselected, the two are drawn alike when they have as many meetings.
  const alike = countryCount(other) === countryCount(chosen);
  if (alike) {
    expect((await style(countryButton(map, chosen))).fill).toBe(
      (await style(countryButton(map, other))).fill,
    );
  }
  map = await showMap(page, `/?country=${chosen}`);
  const selected = await style(countryButton(map, chosen));
  const unselected = await style(countryButton(map, other));
  await expect(countryButton(map, chosen)).toHaveAttribute('aria-pressed', 'true');
  expect(selected.fill).not.toBe(unselected.fill);
  expect(selected.opacity).toBe(1);
  expect(unselected.opacity).toBeLessThan(1);
  const legend = page.getByRole('list', { name: 'Map legend' });
  await expect(legend).toContainText('Selected');
  await expect(legend).toContainText('Others dimmed');
  await expect(legend).toContainText('Host: Viet Nam');
  await expect(page.getByRole('region', { name: 'Partners on the map' })).not.toContainText(
    'Vietnam',
  );
});

test('hovering or focusing a receded partner still says its count', async ({ page }) => {
  const [other, count] = twin;
  const map = await showMap(page, `/?country=${chosen}`);
  const shape = countryButton(map, other);
  const { x, y } = await pointOn(shape);
  await page.mouse.move(x, y);
  const tooltip = page.locator('.map-tooltip');
  await expect(tooltip).toHaveText(`${countryLabel(other)}, ${meetings(count)}`);
  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);
  await shape.focus();
  await expect(tooltip).toHaveText(`${countryLabel(other)}, ${meetings(count)}`);
  await expect(shape).toHaveAccessibleName(`${countryLabel(other)}, ${meetings(count)}`);
});

test('a chosen organisation beside the map is marked like a chosen country', async ({ page }) => {
  const map = await showMap(page, `${FIXTURE_URL}/?country=PL&partner=unodc`);
  const side = page.getByRole('list', { name: 'Organisations and companies' });
  const unodc = side.getByRole('button', { name: /UNODC/ });
  await expect(unodc).toHaveAttribute('aria-pressed', 'true');
  const chosenRow = await style(unodc);
  expect(chosenRow.background).toBe((await style(countryButton(map, 'PL'))).fill);
  expect((await style(side.getByRole('button', { name: /Kaspersky/ }))).background).not.toBe(
    chosenRow.background,
  );
});

test('zoom buttons and Ctrl + wheel enlarge the map, Reset restores it; a plain wheel scrolls the page', async ({
  page,
}) => {
  const map = await showMap(page, `/?country=${chosen}`);
  const poland = countryButton(map, chosen);
  const width = async () => (await poland.boundingBox())!.width;
  const before = await width();
  await page.getByRole('button', { name: 'Zoom in on the map' }).click();
  await expect.poll(width).toBeGreaterThan(before * 1.4);
  await page.getByRole('button', { name: 'Zoom out on the map' }).click();
  await expect.poll(width).toBeCloseTo(before, 0);
  // From the keyboard: + zooms in, 0 resets.
  await page.getByRole('button', { name: 'Zoom in on the map' }).focus();
  await page.keyboard.press('+');
  await expect.poll(width).toBeGreaterThan(before * 1.4);
  await page.getByRole('button', { name: 'Reset map zoom' }).click();
  await expect.poll(width).toBeCloseTo(before, 0);

  const { x, y } = await pointOn(poland);
  await page.mouse.move(x, y);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
  expect(await width()).toBeCloseTo(before, 0);

  await map.scrollIntoViewIfNeeded();
  const at = await pointOn(poland);
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(width).toBeGreaterThan(before * 1.4);
});

test('dragging a zoomed map pans it without toggling the country under the pointer', async ({
  page,
}) => {
  const map = await showMap(page, `/?country=${chosen}`);
  const poland = countryButton(map, chosen);
  await page.getByRole('button', { name: 'Zoom in on the map' }).click();
  await page.getByRole('button', { name: 'Zoom in on the map' }).click();
  const start = await pointOn(poland);
  const box = (await poland.boundingBox())!;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await poland.boundingBox())!.x).toBeCloseTo(box.x + 60, 0);
  expect((await poland.boundingBox())!.y).toBeCloseTo(box.y + 40, 0);
  await expect(page).toHaveURL(`/?country=${chosen}`);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('two fingers pinch the map to zoom', async ({ page }) => {
    const map = await showMap(page, `/?country=${chosen}`);
    const poland = countryButton(map, chosen);
    const before = (await poland.boundingBox())!.width;
    const box = (await map.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: x - spread, y, id: 0 },
                { x: x + spread, y, id: 1 },
              ],
      });
    await touch('touchStart', 20);
    for (const spread of [30, 45, 60, 80]) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await expect.poll(async () => (await poland.boundingBox())!.width).toBeGreaterThan(before * 2);
  });
});

test('partner countries are labelled where their names fit, more as the map zooms in', async ({
  page,
}) => {
  const map = await showMap(page, `/?country=${chosen}`);
  const labels = map.locator('.map-labels text');
  await expect(labels.first()).toBeVisible();
  const names = new Set(
    [...applyFilters(prepared, EMPTY_FILTERS).facetCounts.country.keys()].map(countryLabel),
  );
  for (const text of await labels.allTextContents()) expect(names).toContain(text);
  await expect(labels.filter({ hasText: countryLabel(chosen) })).toHaveCount(0);
  for (let i = 0; i < 3; i++)
    await page.getByRole('button', { name: 'Zoom in on the map' }).click();
  await expect(labels.filter({ hasText: countryLabel(chosen) })).toHaveCount(1);
  const boxes = await labels.evaluateAll((texts) =>
    texts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]),
  );
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
      expect(overlap, `labels ${a} and ${b} overlap`).toBe(false);
    }
  }
});

test('with nothing matching, the map says so instead of a legend of counts', async ({ page }) => {
  await page.goto('/?q=zzzz');
  await scrollToView(page, 'Partners on the map');
  const card = page.getByRole('region', { name: 'Partners on the map' });
  await expect(card).toContainText('No meetings match');
  await expect(page.getByRole('list', { name: 'Map legend' })).not.toContainText('meeting');
});

for (const { name, width, height } of WIDTHS) {
  test.describe(`at ${width} px (${name})`, () => {
    test.use({ viewport: { width, height } });

    test('every partner is a pointer target of at least 24 × 24 px', async ({ page }) => {
      const map = await showMap(page, '/');
      // A partner's target is its invisible hit circle where it has one, else its own shape.
      const targets = await map.evaluate((svg) =>
        [...svg.querySelectorAll('[role=button][data-code]')].map((button) => {
          const code = button.getAttribute('data-code')!;
          const target = svg.querySelector(`[data-hit="${code}"]`) ?? button;
          const { left, top, width, height } = target.getBoundingClientRect();
          // The middle of a hit circle reaches this partner, not a neighbour.
          const middle = document.elementFromPoint(left + width / 2, top + height / 2);
          const reaches =
            target === button ||
            [middle?.getAttribute('data-code'), middle?.getAttribute('data-hit')].includes(code);
          return { code, width, height, reaches };
        }),
      );
      expect(targets.length).toBeGreaterThan(0);
      for (const t of targets) {
        expect(t.width, t.code).toBeGreaterThanOrEqual(24);
        expect(t.height, t.code).toBeGreaterThanOrEqual(24);
        expect(t.reaches, t.code).toBe(true);
      }
    });

    test('the smallest partner answers the pointer beside its own shape', async ({ page }) => {
      const map = await showMap(page, '/');
      const found = await map.evaluate((svg) => {
        const buttons = [...svg.querySelectorAll('[role=button][data-code]')];
        const area = (e: Element) => {
          const r = e.getBoundingClientRect();
          return r.width * r.height;
        };
        const smallest = buttons.sort((a, b) => area(a) - area(b))[0]!;
        const code = smallest.getAttribute('data-code')!;
        const hit = svg.querySelector(`[data-hit="${code}"]`)!.getBoundingClientRect();
        const [cx, cy, r] = [hit.left + hit.width / 2, hit.top + hit.height / 2, hit.width / 2];
        for (let angle = 0; angle < 2 * Math.PI; angle += Math.PI / 8) {
          const [x, y] = [cx + 0.8 * r * Math.cos(angle), cy + 0.8 * r * Math.sin(angle)];
          if (document.elementFromPoint(x, y)?.getAttribute('data-hit') === code) {
            return { code, x, y };
          }
        }
        return { code, x: null, y: null };
      });
      expect(found.x, `no free point around ${found.code}`).not.toBeNull();
      await page.mouse.move(found.x!, found.y!);
      await expect(page.locator('.map-tooltip')).toHaveText(
        `${countryLabel(found.code)}, ${meetings(countryCount(found.code))}`,
      );
      await page.mouse.click(found.x!, found.y!);
      await expect(page).toHaveURL(`/?country=${found.code}`);
    });

    test('axe finds no violations on the map with a country chosen', async ({ axePage: page }) => {
      // axe walks the whole map, slowly on a shared machine.
      test.slow();
      await page.setViewportSize({ width, height });
      await showMap(page, `/?country=${chosen}`);
      const results = await new AxeBuilder({ page }).include('.map-card').analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    });
  });
}
