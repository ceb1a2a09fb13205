import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './scripts/test/chromium.ts';

/**
 * Browser tests run in the system's headless Chromium against production
 * builds served by a plain static file server (scripts/cli/serve.ts): the shipped
 * dataset at /, a small fixture dataset, and a build under a sub-path.
 */
export const PORTS = { main: 4321, fixture: 4322, sub: 4323 } as const;

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${PORTS.main}`,
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 900 },
    trace: 'off',
  },
  webServer: [
    {
      command: `node_modules/.bin/tsx scripts/cli/serve.ts dist --port ${PORTS.main}`,
      url: `http://127.0.0.1:${PORTS.main}/`,
      reuseExistingServer: false,
    },
    {
      command: `node_modules/.bin/tsx scripts/cli/serve.ts dist-fixture --port ${PORTS.fixture}`,
      url: `http://127.0.0.1:${PORTS.fixture}/`,
      reuseExistingServer: false,
    },
    {
      command: `node_modules/.bin/tsx scripts/cli/serve.ts dist-sub --port ${PORTS.sub} --base /explorer/`,
      url: `http://127.0.0.1:${PORTS.sub}/explorer/`,
      reuseExistingServer: false,
    },
  ],
});
