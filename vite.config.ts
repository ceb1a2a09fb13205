import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { palettePlugin } from './scripts/vite/palette-plugin.ts';
import { visTextOnlyAlias } from './scripts/vite/vis-text-only-alias.ts';
import { datasetPlugin } from './scripts/vite-dataset-plugin.ts';
import { precompressPlugin } from './scripts/vite-precompress-plugin.ts';

function normaliseBase(value: string | undefined): string {
  if (!value) return '/';
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export default defineConfig({
  base: normaliseBase(process.env.BASE_PATH),
  resolve: { alias: [visTextOnlyAlias] },
  plugins: [
    react(),
    palettePlugin(),
    datasetPlugin({
      file: process.env.DATASET ?? 'data/meetings.json',
      sharePages: process.env.SHARE_PAGES !== '0',
    }),
    precompressPlugin(),
  ],
  // The dataset worker loads the validator lazily, which needs ES module output.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
  },
});
