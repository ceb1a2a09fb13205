/**
 * Takes screenshots of the running app for a human to look at.
 * Usage: tsx scripts/cli/screenshot.ts <url> <out.png> [width] [height] [--full]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../test/chromium.ts';

const [url, out, width = '1280', height = '900'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error('usage: tsx scripts/cli/screenshot.ts <url> <out.png> [width] [height] [--full]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: (await resolveChromium()).path,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (msg) => {
  if (msg.type() === 'error' || msg.type() === 'warning')
    console.log(`[${msg.type()}] ${msg.text()}`);
});
page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
if (process.argv.includes('--full')) {
  // Heavy views draw once they scroll into sight: scroll through the page first.
  for (const card of await page.locator('section.card').all()) {
    await card.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
  }
  await page.evaluate('window.scrollTo(0, 0)');
}
await page.waitForTimeout(Number(process.env.WAIT ?? 300));
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
console.log(`saved ${out}`);
