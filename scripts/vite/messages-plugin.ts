import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';

const ID = 'virtual:messages';
const RESOLVED = `\0${ID}`;
const SOURCE_ROOT = 'src';

export type SourceCatalogue = Record<string, string>;

/** Every `src/**\/messages/<locale>.json`: each part of the screen keeps its own words. */
export function catalogueFiles(root: string, locale: Locale): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === `${locale}.json` && dir.endsWith('/messages')) found.push(path);
    }
  };
  walk(join(root, SOURCE_ROOT));
  return found.sort();
}

/**
 * One language's messages from all parts, as written (ICU MessageFormat).
 * A key may live in one file only: two parts must never fight over a word.
 */
export function sourceCatalogue(root: string, locale: Locale): SourceCatalogue {
  const merged: SourceCatalogue = {};
  const owner = new Map<string, string>();
  for (const file of catalogueFiles(root, locale)) {
    const messages = JSON.parse(readFileSync(file, 'utf8')) as SourceCatalogue;
    for (const [key, message] of Object.entries(messages)) {
      const first = owner.get(key);
      if (first) {
        throw new Error(`Message "${key}" is in both ${first} and ${relative(root, file)}`);
      }
      owner.set(key, relative(root, file));
      merged[key] = message;
    }
  }
  return merged;
}

/** Compiled once at build time, so the page carries no message parser. */
export function compiledCatalogue(root: string, locale: Locale): string {
  const compiled: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(sourceCatalogue(root, locale))) {
    compiled[key] = compileMessage(message);
  }
  return JSON.stringify(compiled);
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 10);
}

/** A compiled catalogue's file, below the site's base; its name changes with its content. */
function catalogueFileName(locale: Locale, json: string): string {
  return `assets/messages-${locale}-${hashOf(json)}.json`;
}

/**
 * Serves the message catalogues as JSON files, one per language, fetched by
 * the page only for the language it shows (`virtual:messages` gives their
 * addresses). JSON rather than JS: the words are data, not code to parse.
 */
export function messagesPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  const files = new Map<string, string>();
  const build = () => {
    files.clear();
    const urls: Partial<Record<Locale, string>> = {};
    for (const locale of LOCALES) {
      const json = compiledCatalogue(root, locale);
      const fileName = catalogueFileName(locale, json);
      files.set(fileName, json);
      urls[locale] = fileName;
    }
    return urls;
  };
  let urls: Partial<Record<Locale, string>> = {};
  return {
    name: 'messages',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const locale of LOCALES) {
        for (const file of catalogueFiles(root, locale)) this.addWatchFile(file);
      }
      urls = build();
      const inline = process.env.VITEST ? Object.fromEntries(files) : {};
      return [
        `export const catalogueFiles = ${JSON.stringify(urls)};`,
        `export const inlineCatalogues = ${JSON.stringify(inline)};`,
      ].join('\n');
    },
    generateBundle() {
      if (files.size === 0) urls = build();
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.slice(base.length) ?? '';
        const json = files.get(path);
        if (json === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(json);
      });
    },
    handleHotUpdate({ file, server }) {
      if (!/\/messages\/[a-z]+\.json$/.test(file)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
