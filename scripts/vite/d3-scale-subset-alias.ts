import { fileURLToPath } from 'node:url';

/** recharts' `victory-vendor/d3-scale`, resolved to the scales the charts use. */
export const d3ScaleSubsetAlias = {
  find: /^victory-vendor\/d3-scale$/,
  replacement: fileURLToPath(
    new URL('../../src/features/charts/d3-scale-subset.ts', import.meta.url),
  ),
};
