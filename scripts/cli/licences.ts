/**
 * `npm run licences` — the licence of every package the shipped site is built
 * from (dependencies, not devDependencies), read offline from package-lock.json.
 * Fails when one is missing or outside the permissive list below, so a new
 * dependency cannot quietly bring copyleft or unknown terms into the bundle.
 * Known advisories cannot be checked here: the registry these machines reach
 * refuses `npm audit` (see README, "Security").
 */
import { readFileSync } from 'node:fs';

const PERMISSIVE = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'Unlicense',
  'CC0-1.0',
  'BlueOak-1.0.0',
]);

interface LockEntry {
  license?: string;
  dev?: boolean;
  version?: string;
}

/** "(Apache-2.0 OR MIT)" passes if one side does; "MIT AND ISC" only if both do. */
function allowed(expression: string): boolean {
  const bare = expression.replace(/[()]/g, '').trim();
  if (bare.includes(' OR ')) return bare.split(' OR ').some(allowed);
  if (bare.includes(' AND ')) return bare.split(' AND ').every(allowed);
  return PERMISSIVE.has(bare);
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const runtime = Object.entries(lock.packages).filter(([path, entry]) => path && !entry.dev);
const counts = new Map<string, number>();
const refused: string[] = [];
for (const [path, entry] of runtime) {
  const licence = entry.license ?? '(none stated)';
  counts.set(licence, (counts.get(licence) ?? 0) + 1);
  if (!allowed(licence))
    refused.push(`${path.replace(/^node_modules\//, '')}@${entry.version}: ${licence}`);
}
console.log(
  `licences of ${runtime.length} runtime packages: ${[...counts].map(([l, n]) => `${l} ${n}`).join(', ')}`,
);
if (refused.length > 0) {
  console.error(`not on the permissive list:\n${refused.join('\n')}`);
  process.exit(1);
}
