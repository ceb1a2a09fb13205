import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { partnerLabel } from '../../src/data/localize.ts';
import { prepareDataset } from '../../src/data/prepare.ts';
import type { Meeting } from '../../src/data/schema.ts';
import { expect, listRows, shippedDataset, test } from './fixtures.ts';

const prepared = prepareDataset(shippedDataset());

function partnerMeetings(partnerId: string): Meeting[] {
  return prepared.meetings.filter((m) => m.partners.includes(partnerId));
}

/** A meeting with a country partner that has other meetings too, and that partner. */
const withCountry = (() => {
  for (const meeting of prepared.meetings) {
    for (const id of meeting.partners) {
      const partner = prepared.partnerById.get(id);
      if (partner?.kind === 'country' && partner.country && partnerMeetings(id).length > 1) {
        return { meeting, partner, country: partner.country };
      }
    }
  }
  throw new Error('the dataset has no country partner with two meetings');
})();

/** The meeting with the most text, so its panel has to scroll. */
const longest = prepared.meetings.reduce((a, b) =>
  JSON.stringify(b).length > JSON.stringify(a).length ? b : a,
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 1000 },
  { name: 'phone', width: 390, height: 844 },
] as const;

function panel(page: Page) {
  return page.getByRole('complementary', { name: /./ });
}

function controls(page: Page): Locator[] {
  const view = panel(page);
  return [
    view.getByRole('button', { name: 'Close' }),
    view.getByRole('button', { name: 'Previous' }),
    view.getByRole('button', { name: 'Next' }),
    view.getByRole('button', { name: 'Copy link' }),
  ];
}

/** The link of list row `index`, scrolled to two thirds of the way down the screen. */
async function placeListLink(page: Page, index: number) {
  await expect(listRows(page)).toHaveCount(prepared.meetings.length);
  const link = listRows(page).nth(index).getByRole('link');
  const place = () =>
    link.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.66);
    });
  await place();
  // Views passed on the way draw as their code and data arrive and may move the
  // list; on a busy machine that is after the scroll. Wait for them, as a reader
  // would see the page settle, then place the row again.
  await page.waitForLoadState('networkidle');
  await expect
    .poll(async () => {
      const first = await top(link);
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      return Math.abs((await top(link)) - first);
    })
    .toBe(0);
  await place();
  return link;
}

async function top(locator: Locator): Promise<number> {
  return locator.evaluate((el) => el.getBoundingClientRect().top);
}

for (const { name, width, height } of WIDTHS) {
  test.describe(`at ${width} px (${name})`, () => {
    test.use({ viewport: { width, height } });

    test('opening a meeting from the list keeps its row in place; Next and closing too', async ({
      page,
    }) => {
      await page.goto('/');
      const link = await placeListLink(page, Math.floor(prepared.meetings.length / 2));
      const before = await top(link);
      await link.click();
      await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
      await expect(link).toBeInViewport();
      await expect.poll(async () => Math.abs((await top(link)) - before)).toBeLessThan(4);

      await panel(page).getByRole('button', { name: 'Next' }).click();
      await expect(panel(page).getByRole('button', { name: 'Next' })).toBeFocused();
      await expect.poll(async () => Math.abs((await top(link)) - before)).toBeLessThan(4);

      await panel(page).getByRole('button', { name: 'Close' }).click();
      await expect(panel(page)).toHaveCount(0);
      await expect(link).toBeFocused();
      await expect(link).toBeInViewport();
      await expect.poll(async () => Math.abs((await top(link)) - before)).toBeLessThan(4);
    });

    test('Escape closes the meeting and gives focus back to the list link', async ({ page }) => {
      await page.goto('/');
      const link = await placeListLink(page, 3);
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(panel(page)).toHaveCount(0);
      await expect(link).toBeFocused();
      await expect(link).toBeInViewport();
    });

    test('the controls stay in sight, on one row, while the meeting scrolls', async ({ page }) => {
      await page.goto(`/meetings/${longest.id}`);
      const view = panel(page);
      await expect(view.getByRole('heading', { level: 2 })).toHaveText(longest.title);
      await view.hover();
      await page.mouse.wheel(0, 5000);
      await expect(view.getByRole('heading', { level: 2 })).not.toBeInViewport();
      const tops: number[] = [];
      for (const control of controls(page)) {
        await expect(control).toBeInViewport({ ratio: 1 });
        tops.push(await top(control));
      }
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(4);
    });

    test('Tab goes from the title into the content; the controls come before it', async ({
      page,
    }) => {
      await page.goto(`/meetings/${withCountry.meeting.id}`);
      const view = panel(page);
      await expect(view.getByRole('heading', { level: 2 })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(view.getByRole('button', { name: 'Copy link' })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(view.getByRole('button', { name: 'Next' })).toBeFocused();
      await view.getByRole('heading', { level: 2 }).focus();
      await page.keyboard.press('Tab');
      await expect(
        view.getByRole('link', { name: /\(filter by this partner\)$/ }).first(),
      ).toBeFocused();
    });

    test('a partner name filters by that partner; the other meetings with it are listed', async ({
      page,
    }) => {
      const { meeting, partner, country } = withCountry;
      await page.goto(`/meetings/${meeting.id}?format=${meeting.format}`);
      const view = panel(page);
      const others = view.getByRole('list', {
        name: new RegExp(`^${escapeRegExp(partnerLabel(partner, 'en'))}`),
      });
      const expected = partnerMeetings(partner.id).filter((m) => m.id !== meeting.id);
      await expect(others.getByRole('link')).toHaveCount(Math.min(5, expected.length));
      const other = others.getByRole('link').first();
      const title = (await other.textContent()) ?? '';
      expect(expected.map((m) => m.title)).toContain(title);
      await other.click();
      await expect(page).toHaveURL(new RegExp(`/meetings/[a-z0-9-]+\\?format=${meeting.format}$`));
      await expect(view.getByRole('heading', { level: 2 })).toHaveText(title);
      await expect(view.getByRole('heading', { level: 2 })).toBeFocused();

      await page.goBack();
      await expect(view.getByRole('heading', { level: 2 })).toHaveText(meeting.title);
      await view
        .getByRole('link', { name: `${partnerLabel(partner, 'en')} (filter by this partner)` })
        .click();
      await expect(page).toHaveURL(
        new RegExp(`/meetings/${meeting.id}\\?country=${country}&format=${meeting.format}$`),
      );
      await expect(
        view.getByRole('link', { name: `${partnerLabel(partner, 'en')} (filter on)` }),
      ).toBeVisible();
    });

    test('axe finds no violations with a meeting open', async ({ axePage: page }) => {
      // The whole page, every view drawn beside the panel: axe needs longer than a click.
      test.slow();
      await page.setViewportSize({ width, height });
      await page.goto(`/meetings/${withCountry.meeting.id}`);
      await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the open meeting is a sheet over the whole screen, the page behind it inert', async ({
    page,
  }) => {
    await page.goto('/');
    await placeListLink(page, 10);
    const row = listRows(page).nth(10);
    const before = (await row.boundingBox())!.y;
    await row.getByRole('link').click();
    const box = await panel(page).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    // The page behind stays where it was: the row has not moved on screen
    // (views above it that draw late may change scrollY, not what is seen).
    expect(Math.abs((await row.boundingBox())!.y - before)).toBeLessThanOrEqual(2);
    // Tab never reaches the hidden page: it cycles through the sheet (and the browser's own UI).
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const inSheet = await panel(page).evaluate(
        (el) => el.contains(document.activeElement) || document.activeElement === document.body,
      );
      expect(inSheet).toBe(true);
    }
  });
});
