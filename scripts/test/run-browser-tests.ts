/**
 * `npm run test:browser`: builds the production app three ways (shipped data,
 * a fixture dataset, a sub-path deployment) and runs the Playwright tests in
 * headless Chromium: the system's when there is one, else the one bundled in
 * an npm package (scripts/test/chromium.ts). Says which it uses.
 */
import { spawnSync } from 'node:child_process';
import { resolveChromium } from './chromium.ts';

try {
  const { path, source } = await resolveChromium();
  // Playwright's config reads it from here; the bundled one also needs the
  // font settings its package put into this process's environment.
  process.env.CHROME_PATH = path;
  console.log(`browser tests: ${source} Chromium at ${path}`);
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const vite = 'node_modules/.bin/vite';
// Where the builds go (see playwright.config.ts): dist, dist-fixture, dist-sub.
const out = process.env.TEST_OUT ?? '';
run(vite, ['build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', `${out}dist`]);
// The size budget is deterministic, so it is checked on every test run.
run('node_modules/.bin/tsx', ['scripts/test/check-bundle.ts', `${out}dist`]);
run(vite, ['build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', `${out}dist-fixture`], {
  DATASET: 'tests/fixtures/small.json',
});
run(vite, ['build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', `${out}dist-sub`], {
  BASE_PATH: '/explorer/',
});
run('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)]);
