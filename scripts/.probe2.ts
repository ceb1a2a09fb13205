import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts';

const b = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
p.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 500)));
await p.goto(process.argv[2]!);
await p.waitForTimeout(Number(process.argv[3] ?? 8000));
console.log(
  await p.evaluate(() => ({
    items: document.querySelectorAll('[data-testid=timeline] .vis-item').length,
    clusters: document.querySelectorAll('[data-testid=timeline] .vis-cluster').length,
    win: (document.querySelector('[data-testid=timeline]') as HTMLElement)?.dataset.windowStart,
  })),
);
await b.close();
