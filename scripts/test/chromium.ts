/** Where the system Chromium lives and the flags that work on these machines. */
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
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function requireChromium(): string {
  const path = chromiumPath();
  if (path) return path;
  const wanted = process.env.CHROME_PATH
    ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.`
    : 'No Chromium found at /usr/bin/chromium.';
  throw new Error(
    `${wanted} Browser tests need a real Chromium: install it with ` +
      '"sudo apt-get install -y chromium" (Debian/Ubuntu) or point CHROME_PATH at a Chrome/Chromium binary.',
  );
}
