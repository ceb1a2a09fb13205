import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts';

const b = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto(process.argv[2]!);
await p.waitForSelector('[data-testid=topic-chart] .recharts-bar-rectangle', { timeout: 60000 });
await p.waitForTimeout(2000);
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (let i = 0; i < 3; i++) {
  await p.locator('[data-testid=topic-chart] [data-topic]').nth(i).click();
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
(profile.samples ?? []).forEach((id, i) => {
  const n = byId.get(id)!;
  const url = n.callFrame.url.split('/').pop() ?? '';
  const key = `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
});
// Also aggregate by file
const byFile = new Map<string, number>();
(profile.samples ?? []).forEach((id, i) => {
  const n = byId.get(id)!;
  const url = n.callFrame.url.split('/').pop() || n.callFrame.functionName;
  byFile.set(url, (byFile.get(url) ?? 0) + (dt[i] ?? 0));
});
console.log(
  [...byFile]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${k}: ${Math.round(v / 1000)}ms`)
    .join('\n'),
);
console.log('---');
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${Math.round(v / 1000)}ms ${k}`)
    .join('\n'),
);
await b.close();
