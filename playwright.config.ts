import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './scripts/test/chromium.ts';

/**
 * Browser tests run in the system's headless Chromium against production
 * builds served by a plain static file server (scripts/cli/serve.ts): the shipped
 * dataset at /, a small fixture dataset, and a build under a sub-path.
 */
// TEST_PORT_BASE and TEST_OUT let two test runs share a machine (say, two
// people working in one checkout): each builds and serves its own copies.
const PORT_BASE = Number(process.env.TEST_PORT_BASE ?? 4321);
const OUT = process.env.TEST_OUT ?? '';
export const PORTS = { main: PORT_BASE, fixture: PORT_BASE + 1, sub: PORT_BASE + 2 } as const;

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
      command: `node_modules/.bin/tsx scripts/cli/serve.ts ${OUT}dist --port ${PORTS.main}`,
      url: `http://127.0.0.1:${PORTS.main}/`,
      reuseExistingServer: false,
    },
    {
      command: `node_modules/.bin/tsx scripts/cli/serve.ts ${OUT}dist-fixture --port ${PORTS.fixture}`,
      url: `http://127.0.0.1:${PORTS.fixture}/`,
      reuseExistingServer: false,
    },
    {
      command: `node_modules/.bin/tsx scripts/cli/serve.ts ${OUT}dist-sub --port ${PORTS.sub} --base /explorer/`,
      url: `http://127.0.0.1:${PORTS.sub}/explorer/`,
      reuseExistingServer: false,
    },
  ],
});
