import { fileURLToPath } from 'node:url';

/**
 * vis-timeline's `xss` import, resolved to an escape-everything stand-in
 * (src/features/timeline/vis-text-only.ts explains why).
 */
export const visTextOnlyAlias = {
  find: /^xss$/,
  replacement: fileURLToPath(
    new URL('../../src/features/timeline/vis-text-only.ts', import.meta.url),
  ),
};
