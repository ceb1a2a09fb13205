import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './scripts/vite/messages-plugin.ts';
import { palettePlugin } from './scripts/vite/palette-plugin.ts';
import { visTextOnlyAlias } from './scripts/vite/vis-text-only-alias.ts';

export default defineConfig({
  plugins: [react(), palettePlugin(), messagesPlugin()],
  resolve: { alias: [visTextOnlyAlias] },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // jsdom is slow on shared 2-core CI machines; a test that hangs still fails.
    testTimeout: 15_000,
  },
});
