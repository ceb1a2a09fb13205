/**
 * Writes a gzip and a brotli copy next to every text file of the build, so
 * the static server (scripts/cli/serve.ts, sirv) sends compressed files, as any
 * production static host does; measuring an uncompressed site on a simulated
 * phone network would measure the wrong thing.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.csv']);

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

export function precompressPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      handler() {
        // resolve, not join: --outDir may be absolute.
        const outDir = resolve(config.root, config.build.outDir);
        for (const path of files(outDir)) {
          if (!TEXT.has(extname(path))) continue;
          const content = readFileSync(path);
          if (content.length < 1024) continue;
          writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
          writeFileSync(
            `${path}.br`,
            brotliCompressSync(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: content.length > 5_000_000 ? 5 : 11,
              },
            }),
          );
        }
      },
    },
  };
}
