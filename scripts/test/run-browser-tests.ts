/**
 * `npm run test:browser`: builds the production app three ways (shipped data,
 * a fixture dataset, a sub-path deployment) and runs the Playwright tests in
 * the system Chromium. Fails loudly when no Chromium is installed.
 */
import { spawnSync } from 'node:child_process';
import { requireChromium } from './chromium.ts';

try {
  requireChromium();
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const vite = 'node_modules/.bin/vite';
run(vite, ['build', '--logLevel', 'warn']);
// The size budget is deterministic, so it is checked on every test run.
run('node_modules/.bin/tsx', ['scripts/test/check-bundle.ts', 'dist']);
run(vite, ['build', '--logLevel', 'warn', '--outDir', 'dist-fixture'], {
  DATASET: 'tests/fixtures/small.json',
});
run(vite, ['build', '--logLevel', 'warn', '--outDir', 'dist-sub'], { BASE_PATH: '/explorer/' });
run('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)]);
