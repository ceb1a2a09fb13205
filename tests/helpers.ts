import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeLang } from '../scripts/vite/node-lang.ts';
import type { Dataset } from '../src/data/schema.ts';

/** The interface's English and Vietnamese, for pure functions that put words on screen. */
export const EN = nodeLang('en');
export const VI = nodeLang('vi');

/** Reads a JSON file relative to the repository root (where npm runs the tests). */
export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8')) as T;
}

export function smallDataset(): Dataset {
  return readJson<Dataset>('tests/fixtures/small.json');
}

/** A deep copy to break on purpose. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
