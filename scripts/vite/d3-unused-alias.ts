import { fileURLToPath } from 'node:url';

/** d3-color and d3-format, which only the charts' linear scale imports and never calls (decision 022). */
export const d3UnusedAlias = {
  find: /^d3-(color|format)$/,
  replacement: fileURLToPath(new URL('../../src/features/charts/d3-unused.ts', import.meta.url)),
};
