/**
 * Which Chromium the browser tests, screenshots and benchmark drive, and the
 * flags that work on these machines. In order: CHROME_PATH when set; the
 * system's Chromium (faster to start, and what the benchmark figures were
 * taken with); otherwise the headless Chromium that ships inside the npm
 * package @sparticuz/chromium, unpacked on first use into the temp folder, so
 * `npm ci && npm test` needs nothing but Node. CHROMIUM=bundled picks the
 * bundled one even when the system has its own.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  // Needed by the bundled build (no zygote helper in its package); harmless for the others.
  '--no-zygote',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export type ChromiumSource = 'CHROME_PATH' | 'system' | 'bundled';

function fromEnvironment(): string | null {
  const path = process.env.CHROME_PATH;
  if (!path) return null;
  if (!existsSync(path)) throw new Error(`CHROME_PATH=${path} does not exist.`);
  return path;
}

function systemChromium(): string | null {
  if (process.env.CHROMIUM === 'bundled') return null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Finds a Chromium, unpacking the bundled one when there is no other. */
export async function resolveChromium(): Promise<{ path: string; source: ChromiumSource }> {
  const env = fromEnvironment();
  if (env) return { path: env, source: 'CHROME_PATH' };
  const system = systemChromium();
  if (system) return { path: system, source: 'system' };
  const { default: bundled } = await import('@sparticuz/chromium');
  return { path: await bundled.executablePath(), source: 'bundled' };
}

/**
 * The Chromium already on disk, for code that cannot wait (playwright.config.ts).
 * `npm run test:browser` resolves one first and passes it on as CHROME_PATH.
 */
export function requireChromium(): string {
  const path = fromEnvironment() ?? systemChromium();
  if (path) return path;
  throw new Error(
    'No Chromium found. Run the browser tests with "npm run test:browser", which unpacks the ' +
      'Chromium bundled in @sparticuz/chromium, or point CHROME_PATH at a Chrome/Chromium binary.',
  );
}
