// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The build swaps recharts' decimal.js-light for src/features/charts/decimal-lite.ts
 * (decision 017). recharts uses it only to place axis ticks, so this compares the
 * ticks recharts computes with the real library and with the swap, over many
 * domains, tick counts and modes: any difference fails.
 */
const TICKS = fileURLToPath(
  new URL('../../node_modules/recharts/es6/util/scale/getNiceTickValues.js', import.meta.url),
);
const LITE = fileURLToPath(new URL('../../src/features/charts/decimal-lite.ts', import.meta.url));

type TickModule = {
  getNiceTickValues: (
    domain: number[],
    count?: number,
    decimals?: boolean,
    mode?: string,
  ) => number[];
  getTickValuesFixedDomain: (
    domain: number[],
    count: number,
    decimals?: boolean,
    mode?: string,
  ) => number[];
};

async function ticksModule(lite: boolean): Promise<TickModule> {
  const result = await build({
    entryPoints: [TICKS],
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
    plugins: lite
      ? [
          {
            name: 'decimal-lite',
            setup(b) {
              b.onResolve({ filter: /^decimal\.js-light$/ }, () => ({ path: LITE }));
            },
          },
        ]
      : [],
  });
  const file = join(mkdtempSync(join(tmpdir(), 'ticks-')), lite ? 'lite.mjs' : 'real.mjs');
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  return import(pathToFileURL(file).href);
}

const DOMAINS = [
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 5],
  [0, 7],
  [0, 8],
  [0, 9],
  [0, 10],
  [0, 13],
  [0, 27],
  [0, 45],
  [0, 99],
  [0, 100],
  [0, 1234],
  [0, 9999],
  [0, 123456],
  [0, 0.3],
  [0, 0.07],
  [0.1, 0.7],
  [-3, 17],
  [-0.5, 0.5],
  [2, 2],
  [0.3, 0.3],
  [0, 1e-7],
  [1, 1.1],
  [0, 10000],
  [0, 100000],
];

// And 300 more from a seeded generator: counts up to 100,000, and fractions
// of 10 significant digits. (With 17 digits, the most a number holds, the real
// library itself fails on some, "LN10 precision limit exceeded", and the two
// differ in the last digit; the charts' axes count meetings.)
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
for (let i = 0; i < 300; i += 1) {
  const max =
    i % 2 === 0 ? Math.round(random() * 10 ** (1 + (i % 5))) : random() * 10 ** ((i % 7) - 3);
  const min = i % 3 === 0 ? 0 : max * random() * (i % 4 === 0 ? -1 : 1);
  DOMAINS.push([Number(min.toPrecision(10)), Number(max.toPrecision(10))]);
}

describe('decimal-lite in place of decimal.js-light', () => {
  it('gives recharts the same axis ticks', async () => {
    const [real, lite] = await Promise.all([ticksModule(false), ticksModule(true)]);
    let compared = 0;
    const mismatches: string[] = [];
    for (const domain of DOMAINS)
      for (const count of [2, 3, 5, 6, 11])
        for (const decimals of [true, false])
          for (const mode of ['auto', 'snap125']) {
            // Two ticks in snap125 mode make recharts itself fail (DecimalError) or return Infinity.
            if (count === 2 && mode === 'snap125') continue;
            const what = JSON.stringify({ domain, count, decimals, mode });
            const run = (m: TickModule) => {
              try {
                return [
                  m.getNiceTickValues(domain, count, decimals, mode),
                  m.getTickValuesFixedDomain(domain, count, decimals, mode),
                ];
              } catch (error) {
                return String(error);
              }
            };
            const expected = run(real);
            // Where decimal.js-light itself throws ("LN10 precision limit exceeded", for some
            // spans crossing zero), recharts draws no chart; the swap's answer is then better.
            if (typeof expected === 'string') continue;
            const [a, b] = [JSON.stringify(run(lite)), JSON.stringify(expected)];
            if (a !== b) mismatches.push(`${what}: ${a} instead of ${b}`);
            compared += 2;
          }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(1_500);
    // Pure computation, about 13 s here (the real decimal.js-light is slow on the
    // tiny and huge domains): a bound for a busy machine, not a wait.
  }, 180_000);
});
