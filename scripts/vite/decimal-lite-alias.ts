import { fileURLToPath } from 'node:url';

/** recharts' `decimal.js-light`, resolved to the few number methods its tick code uses (decision 017). */
export const decimalLiteAlias = {
  find: /^decimal\.js-light$/,
  replacement: fileURLToPath(new URL('../../src/features/charts/decimal-lite.ts', import.meta.url)),
};
