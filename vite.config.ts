import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { normaliseBase } from './scripts/vite/base-path.ts';
import { d3ScaleSubsetAlias } from './scripts/vite/d3-scale-subset-alias.ts';
import { d3UnusedAlias } from './scripts/vite/d3-unused-alias.ts';
import { datasetPlugin } from './scripts/vite/dataset-plugin.ts';
import { decimalLiteAlias } from './scripts/vite/decimal-lite-alias.ts';
import { messagesPlugin } from './scripts/vite/messages-plugin.ts';
import { palettePlugin } from './scripts/vite/palette-plugin.ts';
import { precompressPlugin } from './scripts/vite/precompress-plugin.ts';
import { securityPlugin } from './scripts/vite/security-plugin.ts';
import { visTextOnlyAlias } from './scripts/vite/vis-text-only-alias.ts';
import { visTimelineTrimPlugin } from './scripts/vite/vis-timeline-trim-plugin.ts';

const SHARED_MODULES =
  /rolldown[\\/]runtime|node_modules[\\/](react|@lingui)[\\/]|[\\/]src[\\/](i18n[\\/]|data[\\/](dates|labels|localize|convention|codes|iso-codes|iso-countries)\.ts)/;

export default defineConfig({
  base: normaliseBase(process.env.BASE_PATH),
  resolve: { alias: [visTextOnlyAlias, d3ScaleSubsetAlias, decimalLiteAlias, d3UnusedAlias] },
  plugins: [
    react(),
    visTimelineTrimPlugin(),
    palettePlugin(),
    messagesPlugin(),
    datasetPlugin({
      file: process.env.DATASET ?? 'data/meetings.json',
      sharePages: process.env.SHARE_PAGES !== '0',
    }),
    securityPlugin(),
    precompressPlugin(),
  ],
  // The dataset worker is an ES module (it imports the shared data code).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Modules the first screen and the lazy views share (React, the words, dates, labels,
        // the convention's codes) in one chunk: split by the bundler into four, they were four
        // more requests competing with the entry, the styles and the data on a slow network.
        codeSplitting: {
          groups: [{ name: 'shared', test: SHARED_MODULES }],
        },
      },
    },
  },
});
